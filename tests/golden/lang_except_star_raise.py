# Exceptions raised in except* clauses are raised together with the unhandled rest.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise RuntimeError("from value handler")
    except* TypeError as e:
        raise KeyError("from type handler") from None


try:
    f()
except ExceptionGroup as e:
    print(repr(e))
    print(type(e).__name__, repr(e.message))
    first = e.exceptions[0]
    print(repr(first), repr(first.__context__))
    print(repr(e.exceptions[1].__context__), e.exceptions[1].__suppress_context__)


def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("only one")


try:
    g()
except TypeError as e:
    print("single raise stays naked:", repr(e), repr(e.__context__))

f()
