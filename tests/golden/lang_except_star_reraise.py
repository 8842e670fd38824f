# Bare raise and raise e in except* clauses.
def bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("re-raising values")
        raise
    except* TypeError:
        print("swallowing types")


try:
    bare()
except ExceptionGroup as e:
    print(repr(e))


def named():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


try:
    named()
except ExceptionGroup as e:
    print(repr(e))


def both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


try:
    both()
except ExceptionGroup as e:
    print(repr(e))
