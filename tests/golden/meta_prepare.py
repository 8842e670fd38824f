# __prepare__ gives the namespace a class body runs in: any mapping.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        return Recorder()

    def __new__(mcs, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        cls = type.__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls


class C(metaclass=OrderedMeta):
    """The doc."""
    z = 1
    a = 2

    def m(self):
        pass
    z = 3
    del a


print(C.order, C.z, hasattr(C, 'a'), C.__doc__)


class Seeded(type):
    def __prepare__(name, bases):
        return {'preset': 'yes'}


class S(metaclass=Seeded):
    seen = preset


print(S.seen, S.preset)


class Lookup(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:]
        raise KeyError(key)


class LM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Lookup()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))


class L(metaclass=LM):
    x = auto_hello
    y = len('abc')


print(L.x, L.y)


class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class KW(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw


class Y(metaclass=KW, a=1, b=2):
    pass


print(Y.kw)
print(type.__prepare__('a', (), x=1), type.__prepare__())
