class Meta(type):
    def __init__(cls, name, bases, ns):
        print("meta init", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 2
    def __repr__(cls):
        return "<meta class %s>" % cls.__name__
    def __call__(cls, *args):
        print("meta call", args)
        return 42
    @property
    def members(cls):
        return "members of " + cls.__name__
    def helper(cls):
        return "helper " + cls.__name__

class A(metaclass=Meta):
    x = 1
    def f(self): pass

class B(A):
    y = 2

print(list(A), len(B), A[5], 2 in A, 3 in A, repr(A), A, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
print(A(1, 2), B.members, B.helper(), B.x)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        print("init_subclass", cls.__name__, tag)
        Base.registry.append(cls.__name__)

class C(Base, tag="c"): pass
class D(C): pass
print(Base.registry)
try:
    class E(tag=1): pass
except TypeError as e:
    print(e)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        Registry.classes.append(name)

    def create(cls, *args):
        return cls(*args)


class Plugin(metaclass=Registry):
    def __init__(self, n):
        self.n = n


class AudioPlugin(Plugin):
    pass


p = AudioPlugin.create(7)
print(Registry.classes, type(p).__name__, p.n, type(AudioPlugin) is Registry)
try:
    class Bad(metaclass=5):
        pass
except TypeError as e:
    print(e)


class Counted:
    def __init_subclass__(cls, /, start=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.count = start


class Ten(Counted, start=10):
    pass


print(Ten.count)
