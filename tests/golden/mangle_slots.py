# __slots__ entries are mangled with the class name.
class Point:
    __slots__ = ("__x", "y", "__z__")

    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3

    def get(self):
        return self.__x, self.y, self.__z__


p = Point()
print(p.get())
print(Point.__slots__)
print(p._Point__x)
try:
    p.__x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.other = 5
except AttributeError as e:
    print(type(e).__name__, e)


class _Under:
    __slots__ = ["__a"]

    def __init__(self):
        self.__a = "under"


print(_Under()._Under__a)


class Sub(Point):
    __slots__ = ("__x",)

    def __init__(self):
        super().__init__()
        self.__x = "sub"


s = Sub()
print(s.get(), s._Sub__x, s._Point__x)


# A dataclass-like helper that stores private state.
class Record:
    __fields = ("name", "age")

    def __init__(self, **kw):
        for f in self.__fields:
            setattr(self, f, kw.get(f))
        self.__extra = {k: v for k, v in kw.items() if k not in self.__fields}

    def __repr__(self):
        parts = [f"{f}={getattr(self, f)!r}" for f in self.__fields]
        return f"Record({', '.join(parts)}, extra={self.__extra})"

    def __eq__(self, other):
        if not isinstance(other, Record):
            return NotImplemented
        return (self.name, self.age, self.__extra) == (other.name, other.age, other.__extra)


r = Record(name="ann", age=3, color="red")
print(r, r == Record(name="ann", age=3, color="red"), r == Record(name="ann"))
print(sorted(vars(r)))
try:
    Record.__fields
except AttributeError as e:
    print(type(e).__name__, e)
print(Record._Record__fields)


# The conflict check sees the mangled slot name.
try:

    class Clash:
        __slots__ = ("__a",)
        __a = 1

except ValueError as e:
    print(type(e).__name__, e)


class NoClash:
    __slots__ = ("__a",)
    _other__a = 1


print(NoClash.__slots__)
