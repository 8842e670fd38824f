# split() and subgroup(): by type, by tuple, by predicate, nested groups.
eg = ExceptionGroup(
    "top",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
    ],
)

match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(repr(eg.split((KeyError, TypeError))))
print(repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(Exception) is eg, eg.split(ExceptionGroup)[0] is eg)
print(eg.split(lambda e: True)[0] is eg, eg.split(OSError)[1] is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low")))

# The parts keep the original's cause and context.
try:
    try:
        raise OSError("while")
    except OSError as ctx:
        raise ExceptionGroup("c", [ValueError(6), TypeError(7)]) from KeyError("why")
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
    print(repr(r.__cause__), repr(r.__context__))
    print(m.exceptions[0] is e.exceptions[0])

seen = []


def pred(e):
    seen.append(repr(e))
    return False


eg.split(pred)
print(seen)
