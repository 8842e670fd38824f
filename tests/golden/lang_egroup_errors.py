# Errors from constructing exception groups.
attempts = [
    ("no exceptions", lambda: ExceptionGroup("a")),
    ("no arguments", lambda: ExceptionGroup()),
    ("three arguments", lambda: ExceptionGroup("a", [ValueError()], 3)),
    ("message not str", lambda: ExceptionGroup(1, [ValueError()])),
    ("not a sequence", lambda: ExceptionGroup("a", ValueError())),
    ("a set", lambda: ExceptionGroup("a", {1})),
    ("empty list", lambda: ExceptionGroup("a", [])),
    ("empty tuple", lambda: BaseExceptionGroup("a", ())),
    ("item 0", lambda: ExceptionGroup("a", [1])),
    ("item 2", lambda: ExceptionGroup("a", [ValueError(), TypeError(), "x"])),
    ("a class", lambda: ExceptionGroup("a", [ValueError])),
    ("a string", lambda: ExceptionGroup("a", "xy")),
    ("base in group", lambda: ExceptionGroup("a", [ValueError(), KeyboardInterrupt()])),
    ("split nothing", lambda: ExceptionGroup("a", [ValueError()]).split()),
    ("split int", lambda: ExceptionGroup("a", [ValueError()]).split(1)),
    ("split bad tuple", lambda: ExceptionGroup("a", [ValueError()]).split((ValueError, int))),
    ("subgroup str", lambda: ExceptionGroup("a", [ValueError()]).subgroup("x")),
    ("derive empty", lambda: ExceptionGroup("a", [ValueError()]).derive([])),
]
for label, f in attempts:
    try:
        r = f()
        print(label, "-> ok", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Mine(ExceptionGroup):
    pass


try:
    Mine("m", [SystemExit()])
except TypeError as e:
    print("Mine ->", e)
