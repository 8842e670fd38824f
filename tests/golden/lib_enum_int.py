# IntEnum, StrEnum and enums mixed with a data type: members are real ints
# and strs, with CPython 3.11's repr, str and format.
import enum
import json
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


p = Priority.HIGH
print(repr(p), str(p), p, f"{p}", f"{p:>4}|", format(p, "03d"), "%d %s %r" % (p, p, p))
print(isinstance(p, int), isinstance(p, Priority), type(p).__name__, p.value, p.name, type(p.value).__name__)
print(p + 1, p * 2, p == 3, 3 == p, p < Priority.LOW, Priority.LOW < 2, p > 2.5, -p, p // 2, sorted(Priority))
print(hash(p) == hash(3), {3: "three"}[p], {p: "key"}[3], int(p), float(p), ["a", "b", "c", "d"][p], list(range(p)))
print(Priority(2), Priority(2) is Priority.MEDIUM, Priority["LOW"], len(Priority), list(Priority), json.dumps({"p": p}))
print(max(Priority), min(Priority.HIGH, Priority.LOW), sum(Priority), p.bit_length(), p.real, bool(Priority.LOW))
print(Priority.__mro__)


class Color(StrEnum):
    RED = auto()
    GREEN = "green"


c = Color.RED
print(repr(c), str(c), c, f"{c}|{c:>6}|", c == "red", c.upper(), type(c.upper()).__name__, c + "!", len(c))
print(isinstance(c, str), "-".join(Color), {"red": 1}[c], c.value, Color("green"), sorted(Color), c.startswith("r"))


class Shape(str, Enum):
    SQUARE = "sq"
    CIRCLE = "ci"


s = Shape.SQUARE
print(repr(s), str(s), f"{s}", format(s), s == "sq", s.value, s.upper(), isinstance(s, str), json.dumps(s))


class Level(int, Enum):
    DEBUG = 10
    INFO = 20


lv = Level.INFO
print(repr(lv), str(lv), f"{lv}", lv + 1, lv > Level.DEBUG, lv == 20, hash(lv) == hash(20), Level(10))


class Planet(float, Enum):
    EARTH = 1.0
    MARS = 0.107


print(repr(Planet.MARS), Planet.MARS * 2, Planet.EARTH.value, Planet(1.0))


class Coded(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    OK = (200, "fine")
    MISSING = (404, "not found")


print(Coded.OK, repr(Coded.MISSING), Coded.MISSING.label, Coded(404), Coded.OK + 0)


class Pure(Enum):
    A = 1


print(repr(Pure.A), str(Pure.A), f"{Pure.A}", Pure.A == 1, isinstance(Pure.A, int))


def attempt(label, f):
    try:
        print(label, "ok", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("Priority(9)", lambda: Priority(9))
attempt("Color('blue')", lambda: Color("blue"))
attempt("bad IntEnum", lambda: IntEnum("X", "A") if False else exec("class X(IntEnum):\n    A = 'x'\n", {"IntEnum": IntEnum}))
attempt("bad StrEnum", lambda: exec("class Y(StrEnum):\n    A = 1\n", {"StrEnum": StrEnum}))
attempt("ReprEnum alone", lambda: exec("class Z(enum.ReprEnum):\n    A = 1\n", {"enum": enum}))
attempt("extend", lambda: exec("class W(Priority):\n    pass\n", {"Priority": Priority}))
attempt("set member", lambda: setattr(Priority, "LOW", 5))
attempt("len member", lambda: len(Priority.LOW))
