from enum import Enum, IntEnum, auto, StrEnum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(Color.RED in Color, Color.__members__)
print(f'{Color.RED}', format(Color.RED), str(Color.RED), Color.RED.__class__, Color.ALIAS is Color.RED, list(Color))
try:
    class More(Color): X = 3
except TypeError as e: print(e)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: 
  @unique
  class U(Enum):
    A = 1
    B = 1
    C = 2
    D = 2
except ValueError as e: print(e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO * 2, N.ONE == 1, f'{N.ONE}', str(N.ONE), repr(N.ONE), [0,1,2][N.TWO], N.ONE < N.TWO, hash(N.ONE) == hash(1), int(N.TWO))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.A == 'a', S.B.upper() if hasattr(S.B, 'upper') else '-')
class Au(Enum):
    X = auto()
    Y = 10
    Z = auto()
print(list(Au), Au.Z.value, Color(2), Color['GREEN'], Color.RED.name, Color.RED.value, len(Color), repr(Color), Color)
print(dir(Color.RED))
try: Color(9)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
print(type(Color), isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print({Color.RED: 'r'}[Color.RED], sorted(Color, key=lambda c: c.value, reverse=True))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return "%s has mass %s" % (self.name, self.mass)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.describe())
print([p.name for p in reversed(Planet)], Planet((5.976e+24, 6.37814e6)) is Planet.EARTH)


class Status(Enum):
    PENDING = "pending"
    DONE = "done"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

    def is_final(self):
        return self is Status.DONE


print(Status("DONE"), Status("pending").is_final(), Status.DONE.is_final())


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    ALPHA = auto()
    BETA = auto()


print(list(Named), Named.BETA.value)
for c in Color:
    print("member", c.name, c.value, c)
counts = {Color.RED: 0}
counts[Color.RED] += 1
print(counts, Color.GREEN in counts, Color.RED is Color(1), len(N), list(N), N(2), N["ONE"])
print("%s and %r" % (Color.RED, Color.GREEN), "{} {!r} {:>12}|".format(Color.RED, N.ONE, S.A))


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"


print(paint(Color.RED), paint(Color.GREEN), Color.__members__.keys() if False else list(Color.__members__))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
import json
print(json.dumps({"n": N.TWO, "s": S.B, "list": [N.ONE]}))
try:
    json.dumps(Color.RED)
except TypeError as e:
    print(e)
