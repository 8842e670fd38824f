# Fraction construction: ints, pairs, strings, floats, and the errors.
from fractions import Fraction as F


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: F())
t(lambda: F(7, -21))
t(lambda: F(-6, 4))
t(lambda: F(F(1, 2), F(1, 3)))
t(lambda: F(True, 2))
t(lambda: F('3/4'))
t(lambda: F('  -1.5e2 '))
t(lambda: F('+7'))
t(lambda: F('.5'))
t(lambda: F('5.'))
t(lambda: F('1_000.5_0e-1_0'))
t(lambda: F('2E3'))
t(lambda: F('١٢'))
t(lambda: F(0.1))
t(lambda: F(-2.5))
t(lambda: F.from_float(0.1))
t(lambda: F.from_float(3))
t(lambda: F.from_decimal(4))
# errors
t(lambda: F(1, 0))
t(lambda: F('1/0'))
t(lambda: F(' 1 / 2 '))
t(lambda: F('-'))
t(lambda: F('1e'))
t(lambda: F('1/-2'))
t(lambda: F('1__0'))
t(lambda: F('x'))
t(lambda: F(''))
t(lambda: F(1.5, 2))
t(lambda: F(1, 2.0))
t(lambda: F([]))
t(lambda: F(None))
t(lambda: F(float('inf')))
t(lambda: F(float('nan')))
t(lambda: F.from_float('1'))
t(lambda: F.from_decimal(1.5))
# accessors
f = F(-3, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag)
print(f.conjugate(), str(f), str(F(3, 1)), repr(F(3, 1)))


class G(F):
    pass


print(repr(G(1, 2)), repr(G(1, 2) + 1), type(G(1, 2) + 1).__name__)
print(F(1, 2) == F(2, 4), F(1, 2) is not F(1, 2))
