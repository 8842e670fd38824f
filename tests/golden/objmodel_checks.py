# A metaclass's __instancecheck__/__subclasscheck__ answer isinstance and
# issubclass; iter() of an object whose __iter__ returns self is the object.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return obj == 5

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is int


class M(metaclass=Meta):
    pass


t("instance", lambda: (isinstance(5, M), isinstance(4, M)))
t("exact type skips hook", lambda: isinstance(M(), M))
t("in tuple", lambda: isinstance(5, (str, M)))
t("subclass", lambda: (issubclass(int, M), issubclass(str, M)))


class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]

    def __subclasscheck__(cls, sub):
        raise ValueError("no")


class N(metaclass=Truthy):
    pass


t("truthy answer", lambda: isinstance(1, N))
t("hook raises", lambda: issubclass(int, N))


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


i = It()
t("iter self", lambda: iter(i) is i)
t("list", lambda: list(i))


class Wraps:
    def __iter__(self):
        return iter([1, 2])


t("iter other", lambda: type(iter(Wraps())).__name__)


class Bad:
    def __iter__(self):
        return 5


t("non-iterator", lambda: iter(Bad()))
t("no iter", lambda: iter(object()))
