# abc: abstract methods, instantiation errors, register() and virtual
# subclasses, __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self):
        pass

    @abstractmethod
    def stop(self):
        pass

    def helper(self):
        return 'helper'


class Half(Base):
    def run(self):
        return 'run'


class Whole(Half):
    def stop(self):
        return 'stop'


for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
w = Whole()
print(w.run(), w.stop(), w.helper(), sorted(Base.__abstractmethods__),
      sorted(Half.__abstractmethods__), Whole.__abstractmethods__)
print(type(Base), isinstance(w, Base), issubclass(Whole, Base))


class Plain:
    pass


print(Base.register(Plain) is Plain, issubclass(Plain, Base), isinstance(Plain(), Base),
      issubclass(Plain, Half))
print(Half.register(int), isinstance(3, Base), isinstance(3, Half), isinstance('s', Base))
try:
    Base.register(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Whole.register(Base)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, Base)
except TypeError as e:
    print(type(e).__name__, e)


class Quacks(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Quacks:
            return hasattr(other, 'quack')
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(isinstance(Duck(), Quacks), isinstance(Plain(), Quacks), issubclass(Duck, Quacks))
token = abc.get_cache_token()
Quacks.register(Plain)
print(abc.get_cache_token() != token, isinstance(Plain(), Quacks))


class Kw(ABC):
    def __init__(self, a, b=2):
        self.total = a + b


print(Kw(1).total, Kw(1, b=5).total)


class Later(ABC):
    pass


Later.go = abstractmethod(lambda self: None)
print(Later.__abstractmethods__, abc.update_abstractmethods(Later).__abstractmethods__)
try:
    Later()
except TypeError as e:
    print(e)
