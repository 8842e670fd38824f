# except* with else and finally, in functions and loops.
def attempt(n):
    try:
        print("attempt", n)
        if n == 1:
            raise ExceptionGroup("g", [ValueError(n)])
        if n == 2:
            raise ExceptionGroup("g", [ValueError(n), TypeError(n)])
        if n == 3:
            raise KeyError(n)
    except* ValueError as e:
        print("  values", repr(e))
    else:
        print("  else")
    finally:
        print("  finally")


for n in range(4):
    try:
        attempt(n)
    except* TypeError as e:
        print("  outer types", repr(e))
    except* KeyError as e:
        print("  outer keys", repr(e))


def in_finally():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise OSError("in handler")
    finally:
        print("finally sees the error pending")


try:
    in_finally()
except OSError as e:
    print("got", repr(e), repr(e.__context__))
