# fractions: exact rational numbers.
#
# Every Fraction is kept in lowest terms with a positive denominator, so
# equal values have equal (numerator, denominator) pairs; hashing follows
# the numeric hash shared by int and float (modular inverse of the
# denominator modulo sys.hash_info.modulus).

import math as _math
import sys as _sys

__all__ = ['Fraction']

_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf


def _is_digits(text, start):
    # Length of a run of decimal digits in which single underscores may
    # separate groups (as in int literals), starting at `start`.
    i = start
    n = len(text)
    if i >= n or not text[i].isdecimal():
        return 0
    while i < n:
        if text[i].isdecimal():
            i += 1
        elif text[i] == '_' and i + 1 < n and text[i + 1].isdecimal():
            i += 1
        else:
            break
    return i - start


def _parse(text):
    # (numerator, denominator) of a Fraction literal, or None.
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ('+', '-'):
        negative = s[0] == '-'
        i = 1
    rest = s[i:]
    if not rest or not (rest[0].isdecimal() or
                        (rest[0] == '.' and rest[1:2].isdecimal())):
        return None
    k = _is_digits(s, i)
    num = s[i:i + k].replace('_', '')
    i += k
    den = 1
    if i < len(s) and s[i] == '/':
        k = _is_digits(s, i + 1)
        if k == 0 or i + 1 + k != len(s):
            return None
        den = int(s[i + 1:].replace('_', ''))
        n = int(num)
    else:
        n = int(num or '0')
        if i < len(s) and s[i] == '.':
            k = _is_digits(s, i + 1)
            frac = s[i + 1:i + 1 + k].replace('_', '')
            i += 1 + k
            if frac:
                scale = 10 ** len(frac)
                n = n * scale + int(frac)
                den *= scale
        if i < len(s) and s[i] in 'eE':
            j = i + 1
            if s[j:j + 1] in ('+', '-'):
                j += 1
            k = _is_digits(s, j)
            if k == 0:
                return None
            exp = int(s[i + 1:j + k].replace('_', ''))
            i = j + k
            if exp >= 0:
                n *= 10 ** exp
            else:
                den *= 10 ** -exp
        if i != len(s):
            return None
    if negative:
        n = -n
    return n, den


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    # An exact rational number numerator/denominator.

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                n, d = numerator, 1
            elif _is_rational(numerator):
                n, d = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                n, d = parsed
            else:
                raise TypeError('argument should be a string '
                                'or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be '
                            'Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if _normalize:
            g = _math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = int(n)
        self._denominator = int(d)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q until the next one
        # would exceed the bound, then pick the closer of the last
        # convergent and the best semiconvergent.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: a Fraction or int operand gives an exact Fraction; a
    # float or complex operand turns the Fraction into that type first.

    def _coerce(b):
        if isinstance(b, Fraction):
            return b
        if isinstance(b, int):
            return Fraction(b)
        return None

    def __add__(a, b):
        f = Fraction._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator +
                            f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return Fraction(a) + b
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        f = Fraction._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator -
                            f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return Fraction(a) - b
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        f = Fraction._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._numerator,
                            a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return Fraction(a) * b
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def _div(a, b):
        # Cancel common factors crosswise before multiplying out, so a
        # zero divisor is reported as CPython reports it (Fraction(1, 0)).
        g_num = _math.gcd(a._numerator, b._numerator) or 1
        g_den = _math.gcd(a._denominator, b._denominator) or 1
        top = (a._numerator // g_num) * (b._denominator // g_den)
        bottom = (b._numerator // g_num) * (a._denominator // g_den)
        if bottom < 0:
            top, bottom = -top, -bottom
        return Fraction(top, bottom, _normalize=False)

    def __truediv__(a, b):
        f = Fraction._coerce(b)
        if f is not None:
            return Fraction._div(a, f)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return Fraction._div(Fraction(a), b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        f = Fraction._coerce(b)
        if f is not None:
            return ((a._numerator * f._denominator) //
                    (a._denominator * f._numerator))
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return Fraction(a) // b
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(b)
        return NotImplemented

    def __mod__(a, b):
        f = Fraction._coerce(b)
        if f is not None:
            d = a._denominator * f._denominator
            return Fraction((a._numerator * f._denominator) %
                            (f._numerator * a._denominator), d)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return Fraction(a) % b
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        f = Fraction._coerce(b)
        if f is not None:
            d = a._denominator * f._denominator
            q, r = divmod(a._numerator * f._denominator,
                          f._numerator * a._denominator)
            return q, Fraction(r, d)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            return divmod(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b) and b.denominator == 1:
            # An integral power stays exact: raise both terms, inverting
            # first for a negative exponent and keeping the sign on top.
            exponent = int(b.numerator)
            top, bottom = a._numerator, a._denominator
            if exponent < 0:
                top, bottom, exponent = bottom, top, -exponent
                if bottom < 0:
                    top, bottom = -top, -bottom
            return Fraction(top ** exponent, bottom ** exponent,
                            _normalize=False)
        if _is_rational(b):
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, rem = divmod(self._numerator, d)
            if rem * 2 < d:
                return floor
            if rem * 2 > d:
                return floor + 1
            # A tie rounds to the even neighbour.
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == Fraction.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return type(self), self.as_integer_ratio()

    def __copy__(self):
        # Fractions are immutable: only a subclass instance is rebuilt.
        if type(self) is Fraction:
            return self
        return type(self)(*self.as_integer_ratio())

    def __deepcopy__(self, memo):
        return self.__copy__()
