# Subclasses of int and float: arithmetic, hashing, formatting, indexing.
import json
import math


class Priority(int):
    def describe(self):
        return "priority %d" % self


p = Priority(3)
print(p, repr(p), type(p).__name__, p.describe(), isinstance(p, int), Priority.__mro__)
print(p + 1, type(p + 1).__name__, 1 + p, p * p, p - 5, p / 2, p // 2, p % 2, p ** 2, 2 ** p)
print(-p, +p, ~p, abs(Priority(-4)), p << 2, p >> 1, p & 1, p | 4, p ^ 1, divmod(p, 2))
print(p == 3, p < 4, p >= 3, 3 == p, p == 3.0, sorted([Priority(2), 1, Priority(0)]), max(p, 2))
print(hash(p) == hash(3), {3: "found"}[p], {p: "key"}[3], p in {3}, {1: 0, p: 1})
print(f"{p}|{p:>4}|{p:03d}|{p:x}", "%d %s %r %5.1f" % (p, p, p, p), format(p, "b"), "{:+}".format(p))
print(int(p), type(int(p)).__name__, float(p), str(p), bool(Priority(0)), bool(p))
print(list(range(p)), "abcdef"[p], "abcdef"[Priority(1):p], [10, 20, 30, 40][p], chr(Priority(65)))
print(p.bit_length(), p.real, p.numerator, p.to_bytes(2, "big"), json.dumps([p]), sum([p, p]))
print(int.__add__(p, 1), int.__add__(p, "x"), int.__repr__(p), Priority("12"), Priority("ff", 16))
print(round(p), round(Priority(1234), -2), math.sqrt(Priority(16)), math.floor(p))


class Shout(int):
    def __str__(self):
        return "SHOUT " + int.__repr__(self)

    def __add__(self, other):
        return "added"

    def __radd__(self, other):
        return "radded"


s = Shout(5)
print(s, repr(s), str(s), f"{s}", s + 1, 1 + s, s + s, s - 1)


class Celsius(float):
    def __new__(cls, value, unit="C"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self

    def __repr__(self):
        return "%s°%s" % (float.__repr__(self), self.unit)


c = Celsius(21.5)
print(c, repr(c), str(c), c + 1, c * 2, c > 20, c.unit, round(c), int(c), float(c), c.is_integer())
print(f"{c:.3f}", "%.2f" % c, math.floor(c), math.ceil(c), round(c, 0), -c, Celsius(2, "K"))
print(hash(Celsius(2.0)) == hash(2), {2: "two"}[Celsius(2.0)], sorted([c, 3.5, Celsius(-1)]))


class Half(float):
    pass


h = Half("0.5")
print(h, type(h).__name__, h.as_integer_ratio(), h + h, type(h + h).__name__, Half(), Priority())
