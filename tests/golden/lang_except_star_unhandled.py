# Parts no clause matches are re-raised, keeping the group's structure.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [KeyError(3), ValueError(4)])])
    except* ValueError as e:
        print("handled", repr(e))


try:
    f()
except ExceptionGroup as e:
    print("left over:", repr(e))

f()
