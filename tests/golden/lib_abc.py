from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), isinstance(sq, ABC))
print(type(Shape) is ABCMeta, sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Half.__abstractmethods__)


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Echo(Plugin):
    def run(self):
        return "ran"


print(Echo().run(), Shape.area.__isabstractmethod__)
