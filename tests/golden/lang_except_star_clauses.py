# Every except* clause's type is evaluated, in order, even once all is handled.
def t(name, cls):
    print("evaluating", name)
    return cls


try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* t("first", ValueError) as e:
    print("first handles", repr(e))
except* t("second", KeyError):
    print("second never runs")
except* t("third", TypeError) as e:
    print("third handles", repr(e))
except* t("fourth", Exception):
    print("fourth never runs")
else:
    print("no else")
finally:
    print("finally")

try:
    pass
except* ValueError:
    print("nothing raised")
else:
    print("else runs")


def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("handled in f")
    return "returned"


print(f())

# A general clause catches what earlier clauses left.
try:
    raise ExceptionGroup("g", [ValueError(1), OSError(2), ZeroDivisionError(3)])
except* ArithmeticError as e:
    print("arith", repr(e))
except* Exception as e:
    print("rest", repr(e))
