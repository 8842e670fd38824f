# Misuse of enums and the messages CPython gives.
from enum import Enum, IntEnum, StrEnum, ReprEnum, unique, auto


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2


class Code(IntEnum):
    OK = 200


attempt("value", lambda: Color(3))
attempt("value str", lambda: Color("RED"))
attempt("value none", lambda: Color(None))
attempt("name", lambda: Color["BLUE"])
attempt("name int", lambda: Color[1])
attempt("attr", lambda: Color.BLUE)
attempt("member attr", lambda: Color.RED.shade)
attempt("int value", lambda: Code(404))
attempt("int by str", lambda: Code("200"))
attempt("in int", lambda: 1 in Color)
attempt("in str", lambda: "RED" in Color)
attempt("lt", lambda: Color.RED < Color.GREEN)
attempt("add", lambda: Color.RED + 1)
attempt("len", lambda: len(Color.RED))
attempt("no args", lambda: Color())


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def set_value():
    Color.RED.value = 5


attempt("reassign", reassign)
attempt("delete", delete)
attempt("set value", set_value)
Color.extra = "fine"
print(Color.extra, list(Color))


def define(src):
    ns = {"Enum": Enum, "IntEnum": IntEnum, "StrEnum": StrEnum,
          "ReprEnum": ReprEnum, "unique": unique, "auto": auto,
          "Color": Color, "Code": Code}
    exec(src, ns)
    return [(m.name, m.value) for m in ns["X"]]


attempt("extend", lambda: define("class X(Color):\n    BLUE = 3\n"))
attempt("extend int", lambda: define("class X(Code):\n    pass\n"))
attempt("enum first", lambda: define("class X(Enum, int):\n    A = 1\n"))
attempt("int from str", lambda: define("class X(IntEnum):\n    A = 'a'\n"))
attempt("str from int", lambda: define("class X(StrEnum):\n    A = 1\n"))
attempt("str bad encoding", lambda: define("class X(StrEnum):\n    A = ('a', 1)\n"))
attempt("str bad errors", lambda: define("class X(StrEnum):\n    A = ('a', 'utf-8', 2)\n"))
attempt("str too many", lambda: define("class X(StrEnum):\n    A = ('a', 'b', 'c', 'd')\n"))
attempt("str ok", lambda: define("class X(StrEnum):\n    A = (b'hi', 'ascii')\n"))
attempt("repr alone", lambda: define("class X(ReprEnum):\n    A = 1\n"))
attempt("reserved", lambda: define("class X(Enum):\n    _weird_ = 1\n    A = 2\n"))
attempt("unique", lambda: define(
    "@unique\nclass X(Enum):\n    A = 1\n    B = 2\n    C = 1\n    D = 2\n    E = 1\n"))
attempt("no value", lambda: define(
    "class X(int, Enum):\n    def __new__(cls, v):\n        return int.__new__(cls, v)\n    A = 'q'\n"))
attempt("value not set", lambda: define(
    "class X(int, Enum):\n    def __new__(cls, a, b):\n        return int.__new__(cls, a)\n    A = (1, 2)\n"))
attempt("value set", lambda: define(
    "class X(int, Enum):\n    def __new__(cls, a, b):\n        m = int.__new__(cls, a)\n        m._value_ = b\n        return m\n    A = (1, 'b')\n"))


class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 0:
            return 42
        if value == 1.5:
            raise KeyError("from missing")
        if value == 3:
            raise ValueError("own message")
        return None


for v in [0, 1.5, 3, 9]:
    try:
        Picky(v)
    except Exception as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))
