# repr(), str() and format() of members, per kind of enum, and overrides.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Plain(Enum):
    A = 1
    B = "two"
    C = 2.5
    D = (1, "x")


class Num(IntEnum):
    X = 7


class Text(StrEnum):
    LOW = auto()
    Mixed = auto()
    GIVEN = "Given"


class S(str, Enum):
    A = "aa"


class I(int, Enum):
    A = 5


class F(float, Enum):
    PI = 3.25


class Own(Enum):
    A = 1

    def __str__(self):
        return "own-str " + self.name

    def __repr__(self):
        return "own-repr"


class OwnFmt(Enum):
    A = 1

    def __format__(self, spec):
        return "fmt[" + spec + "]"


for m in [*Plain, Num.X, *Text, S.A, I.A, F.PI, Own.A, OwnFmt.A]:
    print(repr(m), "|", str(m), "|", format(m), "|", f"{m!s:>14}|{m!r:.6}|")

print(f"{Num.X:03d} {Num.X:x} {Num.X:>5}| {Text.LOW:>6}| {Text.LOW:.2}")
print(f"{I.A:>8}|{S.A:>12}|{F.PI:>10}|{Plain.A:>12}|")
print("%s %r %d" % (Num.X, Num.X, Num.X), "%s" % Text.GIVEN, "{} {!r}".format(Plain.B, Text.GIVEN))
print(str([Plain.A, Num.X]), [str(t) for t in Text], [t.value for t in Text])
print(repr(Plain), str(Num), repr(Text), Text.__name__, Num.X.__class__.__name__)
print(Text.LOW.upper(), Text.LOW + "!", len(Text.GIVEN), Text.GIVEN == "Given", "iv" in Text.GIVEN)
print(Num.X + 1, Num.X * 2, Num.X // 2, -Num.X, Num.X == 7, Num(7), Num.X.real, type(Num.X + 1).__name__)
print(I.A < 6, S.A < "b", sorted([Num.X, 3, 9]), max(Text), F.PI * 2)
