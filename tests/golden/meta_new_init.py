# A metaclass's __new__ and __init__ run when a class statement ends,
# with the class keywords; super().__new__ makes the class.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def hello(cls):
        return "hello from " + cls.__name__

    attr = 42


class A(metaclass=Meta, tag='x'):
    def f(self):
        return 1


print(type(A).__name__, A.tag, A.hello(), A.attr)
a = A()
print(a.f(), hasattr(a, 'hello'), hasattr(a, 'attr'))


class B(A):
    def f(self):
        return super().f() + 1


print(type(B).__name__, B.tag, B().f())
print(isinstance(A, Meta), isinstance(A, type), Meta.__mro__)


class Reg(type):
    registry = []

    def __new__(mcs, name, bases, ns):
        ns['created_by'] = mcs.__name__
        cls = type.__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls


class Base(metaclass=Reg):
    def hello(self):
        return 'base hello'


class Child(Base):
    def hello(self):
        return 'child+' + super().hello()


print(Reg.registry, Child.created_by, Child().hello())
print(Child.__qualname__, Child.__module__, Child.__name__)


class Outer:
    class Inner(metaclass=Reg):
        pass


print(Outer.Inner.__qualname__)


class NotAClass(type):
    def __new__(mcs, name, bases, ns):
        return name.upper()


class W(metaclass=NotAClass):
    pass


print(W)


class Ini(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = True


class I(metaclass=Ini):
    pass


print(I.inited)


class Auto(type):
    def __new__(mcs, name, bases, ns, **kw):
        for k, v in list(ns.items()):
            if k.startswith('get_'):
                ns[k[4:]] = property(v)
        return super().__new__(mcs, name, bases, ns, **kw)


class P(metaclass=Auto):
    def get_x(self):
        return 10


print(P().x)


def fmeta(name, bases, ns, **kw):
    print("fmeta", name, sorted(ns), kw)
    return 7


class F(metaclass=fmeta, k=1):
    "doc"


print(F)


class Plain:
    def __init__(self, *args):
        self.args = args


class Weird(metaclass=Plain):
    pass


print(type(Weird).__name__, Weird.args[0], Weird.args[1])
