# Subclasses of builtin types in match statements, dir(), str.format,
# class attributes, __init_subclass__ and __delattr__.
class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass


def classify(x):
    match x:
        case [a, b]:
            return ("seq", a, b)
        case {"k": v, **rest}:
            return ("map", v, rest)
        case int(n):
            return ("int", n)
        case str() as s:
            return ("str", s)
    return None


for subject in [L([1, 2]), D(k=3, j=4), I(4), S("z"), T((5, 6)), S("ab"), L([1])]:
    print(classify(subject))

print("append" in dir(L()), "upper" in dir(S()), "bit_length" in dir(I()))
print("{0} {0!r} {1[0]} {2[k]}".format(S("x"), L([9]), D(k="v")))
print(I.__init__, L.__init__, I.__add__, S.__new__ is str.__new__, list.append, int.__repr__ is int.__repr__)
print(repr(L([1]).append).split(" at ")[0], hasattr(I(1), "bit_length"), hasattr(I(1), "nope"))


class Base(list):
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)


class Child(Base, tag=1):
    pass


print(Child([1, 2]), isinstance(Child(), list), Child.__mro__)


class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("a is guarded")
        super().__delattr__(name)


g = Guarded()
del g.b
try:
    del g.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del g.b
except AttributeError as e:
    print("AttributeError", e)
print(vars(g))
