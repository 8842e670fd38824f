# __instancecheck__ / __subclasscheck__ on a metaclass, __init_subclass__.
class IC(type):
    def __instancecheck__(cls, obj):
        return obj == 5

    def __subclasscheck__(cls, sub):
        return sub is int


class Five(metaclass=IC):
    pass


print(isinstance(5, Five), isinstance(4, Five), issubclass(int, Five), issubclass(str, Five))
print(isinstance(5, (str, Five)), isinstance(Five(), Five))


class Delegating(type):
    def __instancecheck__(cls, obj):
        print('check', type(obj).__name__)
        return super().__instancecheck__(obj)


class D(metaclass=Delegating):
    pass


print(isinstance(D(), D), isinstance(3, D))


class Base:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor


class Sub(Base, flavor='mint'):
    pass


print(Sub.flavor)
try:
    class Sub2(Base, colour=1):
        pass
except TypeError as e:
    print(e)


class InitSub:
    subs = []

    def __init_subclass__(cls, **kw):
        InitSub.subs.append((cls.__name__, kw))


class K1(InitSub, x=1):
    pass


D2 = type('D2', (InitSub,), {}, y=2)
print(InitSub.subs)

import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Sq(Shape):
    def area(self):
        return 4


try:
    Shape()
except TypeError as e:
    print(e)
print(Sq().area(), isinstance(Sq(), Shape), type(Shape).__name__)


class Virtual(metaclass=abc.ABCMeta):
    pass


Virtual.register(int)
print(isinstance(3, Virtual), issubclass(int, Virtual), issubclass(str, Virtual))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance('ab', Sized))


class Seq(abc.ABC):
    pass


class MySeq(Seq):
    pass


MySeq.register(tuple)
print(issubclass(tuple, MySeq), issubclass(tuple, Seq), issubclass(list, Seq))
print(Seq.register(MySeq) is MySeq)
for bad in [(Seq, 5), (MySeq, Seq)]:
    try:
        bad[0].register(bad[1])
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    issubclass(5, Seq)
except TypeError as e:
    print(type(e).__name__, e)


class WithKw(abc.ABC):
    def __init_subclass__(cls, **kw):
        cls.kw = kw


class Kw(WithKw, colour='red'):
    pass


print(Kw.kw, Kw().kw)
