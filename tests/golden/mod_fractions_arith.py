# Fraction arithmetic with int, float, complex and Fraction operands.
import math
from fractions import Fraction as F


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b = F(3, 4), F(-5, 6)
for x in [a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b),
          a ** 2, a ** -2, b ** -3, a + 1, 1 - a, 3 * a, 2 / a,
          a * 2.0, 2.0 / a, a + 1j, -a, +a, abs(b)]:
    print(repr(x))
print(3 % F(2, 3), divmod(7, F(2, 3)), 7 // F(2, 3), 2.5 % F(1, 3))
print(F(2) ** F(2), 4 ** F(1, 2), F(-8) ** -1, F(2) ** F(1, 2), F(1, 2) ** 2.0)
print(2 ** F(3), 2.0 ** F(3), F(9, 4) ** 0.5, sum([F(1, 3)] * 3))
# rounding and conversions
for v in [b, F(5, 2), F(7, 2), F(-5, 2), F(1, 3)]:
    print(math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
print(round(a, 1), round(F(12345, 1), -2), round(F(1, 3), 3), float(a), complex(a))
# comparisons and hashing
for v in [F(1, 3), F(1, 2), F(-1, 2), F(10 ** 20, 3), F(5), F(-1), F(0)]:
    print(hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2))
print(F(1, 2) == 0.5, F(1, 3) < 0.34, F(1, 2) < float('inf'), F(1, 2) == float('nan'))
print(1 == F(1), F(1) == 1.0, F(1) != 2, F(1) == 1 + 0j, {F(1, 2): 'a'}[0.5])
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 2), F(2, 3)), bool(F(0)), bool(a))
# limit_denominator
pi = F(3.141592653589793)
print(pi.limit_denominator(1000), pi.limit_denominator(10), F(1, 3).limit_denominator())
print(F(10, 7).limit_denominator(2), F(-10, 7).limit_denominator(1))
# errors
t(lambda: F(3, 4) / F(0))
t(lambda: F(3, 4) / 0)
t(lambda: F(3, 4) // 0)
t(lambda: F(3, 4) % 0)
t(lambda: divmod(F(3, 4), 0))
t(lambda: F(0) ** -1)
t(lambda: F(1, 2) // 1j)
t(lambda: F(1, 3).limit_denominator(0))
t(lambda: F(1, 2) < 1j)
t(lambda: F(1, 2) < 'a')
t(lambda: F(1, 2) + 'a')
t(lambda: 'a' * F(1, 2))
