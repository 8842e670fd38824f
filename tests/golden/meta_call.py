# __call__ on a metaclass intercepts instantiation.
class Singleton(type):
    _inst = {}

    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]


class S(metaclass=Singleton):
    def __init__(self, v):
        self.v = v


s1 = S(1)
s2 = S(2)
print(s1 is s2, s1.v)


class T(S):
    pass


print(T(5) is T(6), T(7).v, T(0) is s1)


class Counting(type):
    def __call__(cls, *args, **kwargs):
        obj = type.__call__(cls, *args, **kwargs)
        obj.made_by = 'Counting'
        return obj


class C(metaclass=Counting):
    def __init__(self, a, b=2):
        self.a, self.b = a, b


c = C(1, b=3)
print(c.a, c.b, c.made_by)
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(int, '5'), int.__call__('7'), type.__call__(C, 9).a)
try:
    type.__call__(5)
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"

    def __or__(cls, other):
        return (cls.__name__, other.__name__)

    def __contains__(cls, x):
        return x in cls.members

    @property
    def size(cls):
        return len(cls.members)

    def describe(cls):
        return "describe " + cls.__name__
    counter = 0


class Color(metaclass=Meta):
    members = ['red', 'green']


print(repr(Color), str(Color), list(Color), len(Color), Color['k'], Color | Color, 'red' in Color)
print(Color.size, Color.describe(), Color.counter)
c = Color()
for name in ['size', 'describe', 'counter', 'members']:
    try:
        print(name, getattr(c, name))
    except AttributeError as e:
        print('AttributeError', e)
print(type(Color), Color.__class__, type(c).__name__)
print(sorted(n for n in dir(Color) if not n.startswith('__')))
print(Meta.__call__, type(Meta))
