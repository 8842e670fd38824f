# Class keywords nobody takes, and metaclasses that are not callable.
try:
    class Bad(metaclass=5):
        pass
except TypeError as e:
    print(e)


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


try:
    class Child(Base, colour="red"):
        pass
except TypeError as e:
    print(e)
class NoHook(object, unexpected=1):
    pass
