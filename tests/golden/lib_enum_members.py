# Which class attributes become members, aliases, auto() values, lookups
# and _missing_.
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    BLUE = 3
    SCARLET = 1

    def describe(self):
        return self.name.lower()

    @property
    def upper(self):
        return self.name

    @classmethod
    def default(cls):
        return cls.GREEN

    @staticmethod
    def helper(x):
        return x * 2

    shade = lambda self: "shade of " + self.name
    __private = 7
    __dunder__ = 8
    _order_ = "RED GREEN BLUE"


print(list(Color), len(Color))
print(list(Color.__members__))
print(Color.CRIMSON is Color.RED, Color.SCARLET.name, Color(1).name)
print([m.name for m in reversed(Color)])
print(Color.RED.describe(), Color.RED.upper, Color.default(), Color.helper(4), Color.BLUE.shade())
print(Color._member_names_, sorted(Color._value2member_map_))
print(Color["CRIMSON"], Color(Color.BLUE), Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is not Color.GREEN)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], hash(Color.RED) == hash("RED"))
print(bool(Color), bool(Color.RED), type(Color).__name__, type(Color.RED).__name__)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(Color.RED in Color, Color.BLUE in Color)


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TEN = 10
    ELEVEN = auto()
    HALF = 0.5
    NEXT = auto()


print(list(Step))


class Counted(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d-%r" % (name, start, count, last_values)

    A = auto()
    B = 7
    C = 7
    D = auto()


print(list(Counted), Counted.__members__["C"])


class Pt(Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)

    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Pt.UNIT.value, Pt.UNIT.x, Pt((0, 0)), Pt.ORIGIN.y)


class Listy(Enum):
    A = [1, 2]
    B = {"k": 1}


print(Listy([1, 2]), Listy({"k": 1}), Listy.A.value)


class Lenient(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        print("  _missing_", repr(value))
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


print(Lenient("2"), Lenient(1))


class Empty(Enum):
    pass


class Filled(Empty):
    Q = 1


print(list(Empty), len(Empty), bool(Empty), Filled.Q, isinstance(Filled.Q, Empty))


@unique
class Fine(IntEnum):
    A = 1
    B = 2


print(list(Fine), Fine.A + Fine.B)
for m in Color:
    print(m, m.value, m.describe())
