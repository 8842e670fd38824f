# type(name, bases, dict) and its errors; derived metaclasses.
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
print(X.__name__, X().f(), X.__qualname__, X.__module__, X.__bases__)
Y = type('Y', (X,), {'__doc__': 'why'})
print(Y().f(), Y.__mro__ == (Y, X, object), Y.__doc__, X.__doc__)
Z = type('Z', (), {'__qualname__': 'a.Z', '__module__': 'mod'})
print(Z.__qualname__, Z.__module__, '__qualname__' in Z.__dict__)
for args in [(1, (), {}), ('X',), ('X', ()), ('X', 1, {}), ('X', (), 1), ('X', (1,), {}),
             ('X', (int, str), {}), ('X', (), {'__qualname__': 5})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type(5, k=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), {}, k=1)
except TypeError as e:
    print(type(e).__name__, e)

tests = [
    "type.__new__(type, 'X', ())",
    "type.__new__(type, 5)",
    "type.__new__(int, 'X', (), {})",
    "type.__new__()",
    "type.__new__(1, 'X', (), {})",
    "type.__init__(int, 1, 2)",
    "type.__init__(int, 1, 2, 3)",
    "type.__init__(int, 1, k=2)",
    "type.__instancecheck__(int, 5)",
    "type.__subclasscheck__(int, bool)",
    "type.__subclasscheck__(int, 5)",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except TypeError as e:
        print(t, '!!', type(e).__name__, e)


class M1(type):
    pass


class M2(type):
    pass


class P(metaclass=M1):
    pass


class Q(metaclass=M2):
    pass


try:
    class R(P, Q):
        pass
except TypeError as e:
    print(e)


class M3(M1):
    pass


class T(P, metaclass=M3):
    pass


class U(T):
    pass


print(type(T).__name__, type(U).__name__)
try:
    class V(T, metaclass=M1):
        pass
    print(type(V).__name__)
except TypeError as e:
    print(e)
E = M1('E', (), {'v': 3})
print(type(E).__name__, E.v, E.__module__)
F = M1('F', (E, P), {})
print(type(F).__name__, [c.__name__ for c in F.__mro__])
try:
    M1('G', (Q,), {})
except TypeError as e:
    print(e)
try:
    class B(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.mro(int), int.mro(), T.mro())
