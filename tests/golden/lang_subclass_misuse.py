# Misusing subclasses of builtin types: CPython's errors.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def define(src):
    exec(src, {})


for src in [
    "class B(bool): pass",
    "class R(range): pass",
    "class N(type(None)): pass",
    "class X(int, str): pass",
    "class X(list, dict): pass",
    "class X(int, Exception): pass",
    "class X(dict, tuple): pass",
    "class X(float, int): pass",
]:
    attempt(src, lambda: define(src))


class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
class St(set): pass


attempt("L(1)", lambda: L(1))
attempt("L(1, 2)", lambda: L(1, 2))
attempt("L(x=1)", lambda: L(x=1))
attempt("D(1)", lambda: D(1))
attempt("D([1])", lambda: D([1]))
attempt("D(1, 2)", lambda: D(1, 2))
attempt("I('x')", lambda: I("x"))
attempt("I(1, 2, 3)", lambda: I(1, 2, 3))
attempt("I([])", lambda: I([]))
attempt("F('abc')", lambda: F("abc"))
attempt("T(1)", lambda: T(1))
attempt("T([1], [2])", lambda: T([1], [2]))
attempt("St(5)", lambda: St(5))
attempt("list.append(5, 1)", lambda: list.append(5, 1))
attempt("list.append()", lambda: list.append())
attempt("int.__add__()", lambda: int.__add__())
attempt("int.__add__('a', 1)", lambda: int.__add__("a", 1))
attempt("int.__new__(S, 1)", lambda: int.__new__(S, 1))
attempt("int.__new__(5)", lambda: int.__new__(5))
attempt("object.__new__(L)", lambda: object.__new__(L))
attempt("I(1) + 'a'", lambda: I(1) + "a")
attempt("'a' + I(1)", lambda: "a" + I(1))
attempt("L() + 1", lambda: L() + 1)
attempt("L() < D()", lambda: L() < D())
attempt("D() < D()", lambda: D() < D())
attempt("hash(L())", lambda: hash(L()))
attempt("hash(D())", lambda: hash(D()))
attempt("hash(St())", lambda: hash(St()))
attempt("S('b') in 'abc'", lambda: S("b") in "abc")
attempt("I(1)()", lambda: I(1)())
attempt("L().nope", lambda: L().nope)
attempt("I(5).nope", lambda: I(5).nope)
attempt("len(I(5))", lambda: len(I(5)))
attempt("iter(F(1))", lambda: iter(F(1)))
attempt("T((1,))[5]", lambda: T((1,))[5])
attempt("D()['k']", lambda: D()["k"])
attempt("L().pop()", lambda: L().pop())
attempt("S('a').index('z')", lambda: S("a").index("z"))
attempt("I(1) / 0", lambda: I(1) / 0)


class P(tuple):
    def __init__(self, a, b):
        pass


attempt("P(1, 2)", lambda: P(1, 2))


class Frozen(int):
    def __init__(self, value, extra):
        self.extra = extra


attempt("Frozen(1, 2)", lambda: Frozen(1, 2))


class Single:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        self.value = value


a, b = Single(1), Single(2)
print(a is b, a.value)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(Other())


class Strict:
    def __new__(cls, x):
        return object.__new__(cls, x)


attempt("Strict(1)", lambda: Strict(1))
attempt("object.__new__(Single, 1)", lambda: object.__new__(Single, 1))
