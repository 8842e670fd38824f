# Misuse of except*: an ExceptionGroup type, or a non-exception class.
for label, typ in [
    ("ExceptionGroup", ExceptionGroup),
    ("BaseExceptionGroup", BaseExceptionGroup),
    ("tuple with group", (ValueError, ExceptionGroup)),
    ("int", int),
    ("tuple with str", (ValueError, str)),
]:
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* typ:
            print("not here")
    except TypeError as e:
        print(label, "->", e)
        print("  context:", repr(e.__context__))

try:
    raise ValueError(2)
except* ExceptionGroup:
    pass
