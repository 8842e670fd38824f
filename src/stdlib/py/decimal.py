# decimal: decimal floating point arithmetic (the General Decimal
# Arithmetic specification, as CPython 3.11's C module `_decimal` exposes it).
#
# A finite Decimal is (sign, coefficient, exponent) with an int coefficient;
# specials carry a kind tag: Infinity, a quiet NaN or a signalling NaN (whose
# coefficient is the diagnostic payload).  Every operation computes its exact
# result (or enough digits of it plus a sticky digit) and then `_finish`
# rounds it to the context, collecting the conditions it raised; the context
# then sets its flags and raises the first trapped signal with the list of
# trapped conditions, as `_decimal.c` (dec_addstatus) does.

import math as _math
import sys as _sys
import contextvars as _contextvars
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

# The rounding modes are their own names.
_ROUNDINGS = ('ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_DOWN',
              'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN',
              'ROUND_05UP')
(ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
 ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP) = _ROUNDINGS

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
DecimalTuple.__module__ = 'decimal'


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order of the flags mapping and of trap messages (_decimal.c's
# signal_map); InvalidOperation's finer conditions are listed first.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext) + _SIGNALS[1:]
# Context.__repr__ lists the signals in the order of libmpdec's status
# bits (mpdecimal.h); InvalidOperation stands at the bit of the condition
# that raised it, and at the lowest one when set from Python.
_STATUS_BITS = ((Clamped, 1), (DivisionByZero, 4), (Inexact, 64),
                (FloatOperation, 1024), (Overflow, 2048), (Rounded, 4096),
                (Subnormal, 8192), (Underflow, 16384))
_INVALID_BITS = {ConversionSyntax: 2, DivisionImpossible: 8,
                 DivisionUndefined: 16, InvalidContext: 128,
                 InvalidOperation: 256}
_SUBCONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined,
                  InvalidContext)

_SIGNALS_MSG = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')
_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')

# Kinds of Decimal.
_FINITE = 0
_INF = 1
_QNAN = 2
_SNAN = 3

_MODULUS = _sys.hash_info.modulus
_INV10 = pow(10, _MODULUS - 2, _MODULUS)


def _ndigits(n):
    # Decimal digits of a non-negative int (1 for zero).
    if n < 10:
        return 1
    k = (n.bit_length() * 30103) // 100000
    if n >= 10 ** (k + 1):
        return k + 2
    if n >= 10 ** k:
        return k + 1
    return k


def _round_int(sign, coeff, drop, rounding):
    # `coeff` without its last `drop` digits, rounded by `rounding`;
    # returns (kept, inexact).
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    if coeff == 0:
        return 0, False
    if drop > _ndigits(coeff) + 1:
        # Every digit goes, and what goes is below half a unit: only the
        # modes that round any remainder up keep a unit.
        up = (rounding in (ROUND_UP, ROUND_05UP) or
              (rounding == ROUND_CEILING and sign == 0) or
              (rounding == ROUND_FLOOR and sign == 1))
        return (1 if up else 0), True
    unit = 10 ** drop
    q, r = divmod(coeff, unit)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        twice = 2 * r
        up = twice > unit or (twice == unit and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = 2 * r >= unit
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * r > unit
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow_is_infinite(sign, rounding):
    if rounding in (ROUND_DOWN, ROUND_05UP):
        return False
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return True


def _make(sign, coeff, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._kind = kind
    return d


def _finish(sign, coeff, exp, ctx, conds):
    # Round the exact value (-1)**sign * coeff * 10**exp to `ctx`.
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if coeff == 0:
        top = etop if ctx.clamp else emax
        if exp < etiny:
            exp = etiny
            conds.append(Clamped)
        elif exp > top:
            exp = top
            conds.append(Clamped)
        return _make(sign, 0, exp)
    digits = _ndigits(coeff)
    adjusted = exp + digits - 1
    if adjusted < emin:
        # Subnormal: the exponent may not go below Etiny.
        inexact = False
        if exp < etiny:
            coeff, inexact = _round_int(sign, coeff, etiny - exp,
                                        ctx.rounding)
            exp = etiny
            conds.append(Rounded)
        conds.append(Subnormal)
        if inexact:
            conds.append(Underflow)
            conds.append(Inexact)
            if coeff == 0:
                conds.append(Clamped)
        return _make(sign, coeff, exp)
    if digits > prec:
        coeff, inexact = _round_int(sign, coeff, digits - prec, ctx.rounding)
        exp += digits - prec
        if coeff == 10 ** prec:
            coeff //= 10
            exp += 1
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
        digits = prec
    if exp + digits - 1 > emax:
        conds.extend((Overflow, Inexact, Rounded))
        if _overflow_is_infinite(sign, ctx.rounding):
            return _make(sign, 0, 0, _INF)
        return _make(sign, 10 ** prec - 1, etop)
    if ctx.clamp and exp > etop:
        coeff *= 10 ** (exp - etop)
        exp = etop
        conds.append(Clamped)
    return _make(sign, coeff, exp)


def _quiet_nan(d, ctx):
    # A NaN result for a NaN operand: quiet, payload cut to fit the context.
    payload = d._int
    limit = ctx.prec - ctx.clamp
    if payload and _ndigits(payload) > limit:
        payload %= 10 ** limit
    return _make(d._sign, payload, 0, _QNAN)


def _invalid(conds, cond=InvalidOperation):
    conds.append(cond)
    return _make(0, 0, 0, _QNAN)


def _check_nans(a, b, ctx, conds):
    # The NaN result of an operation with a NaN operand, or None.
    if a._kind == _SNAN:
        conds.append(InvalidOperation)
        return _quiet_nan(a, ctx)
    if b is not None and b._kind == _SNAN:
        conds.append(InvalidOperation)
        return _quiet_nan(b, ctx)
    if a._kind == _QNAN:
        return _quiet_nan(a, ctx)
    if b is not None and b._kind == _QNAN:
        return _quiet_nan(b, ctx)
    return None


def _convert(value, ctx, strict=True):
    # An int or Decimal operand as a Decimal; TypeError otherwise (the
    # message of _decimal.c's convert_op_raise).
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)
    return NotImplemented


def _from_int(value):
    value = int(value)
    if value < 0:
        return _make(1, -value, 0)
    return _make(0, value, 0)


def _from_float(value):
    if value != value:
        return _make(0, 0, 0, _QNAN)
    sign = 1 if _math.copysign(1.0, value) < 0 else 0
    if value in (float('inf'), float('-inf')):
        return _make(sign, 0, 0, _INF)
    num, den = abs(value).as_integer_ratio()
    k = den.bit_length() - 1
    return _make(sign, num * 5 ** k, -k)


def _is_digit_run(text, i):
    # End of the run of digits starting at i.
    n = len(text)
    while i < n and text[i].isdigit():
        i += 1
    return i


def _digits_value(text):
    if not text:
        return 0
    return int(''.join(str(int(ch)) for ch in text))


def _parse(text):
    # A Decimal from its string form, or None when it is not one.  As
    # _decimal.c does, every underscore is dropped before parsing.
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    i = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        i = 1
    rest = s[i:].lower()
    if rest in ('inf', 'infinity'):
        return _make(sign, 0, 0, _INF)
    kind = None
    if rest.startswith('nan'):
        kind = _QNAN
        j = i + 3
    elif rest.startswith('snan'):
        kind = _SNAN
        j = i + 4
    if kind is not None:
        payload = s[j:]
        if payload and not all(ch.isdigit() for ch in payload):
            return None
        return _make(sign, _digits_value(payload), 0, kind)
    n = len(s)
    j = _is_digit_run(s, i)
    intpart = s[i:j]
    frac = ''
    if j < n and s[j] == '.':
        k = _is_digit_run(s, j + 1)
        frac = s[j + 1:k]
        j = k
    if not intpart and not frac:
        return None
    exp = 0
    if j < n and s[j] in 'eE':
        k = j + 1
        if k < n and s[k] in '+-':
            k += 1
        m = _is_digit_run(s, k)
        if m == k:
            return None
        exp = _digits_value(s[k:m])
        if s[j + 1] == '-':
            exp = -exp
        j = m
    if j != n:
        return None
    frac_digits = len(frac)
    return _make(sign, _digits_value(intpart + frac), exp - frac_digits)


def _nan_payload_ok(d, ctx):
    return d._int == 0 or _ndigits(d._int) <= ctx.prec - ctx.clamp


def _rescale(d, exp, rounding):
    # d (finite) at exponent `exp`: (coeff, inexact).
    if exp <= d._exp:
        return d._int * 10 ** (d._exp - exp), False
    return _round_int(d._sign, d._int, exp - d._exp, rounding)


def _cmp_finite(a, b):
    # -1, 0, 1 for two non-NaN Decimals.
    if a._kind == _INF or b._kind == _INF:
        av = 0 if a._kind != _INF else (-2 if a._sign else 2)
        bv = 0 if b._kind != _INF else (-2 if b._sign else 2)
        if a._kind != _INF:
            av = 0
        if b._kind != _INF:
            bv = 0
        if av == bv:
            return 0
        return -1 if av < bv else 1
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa = a._exp + _ndigits(a._int)
    ba = b._exp + _ndigits(b._int)
    if aa != ba:
        result = 1 if aa > ba else -1
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        result = (x > y) - (x < y)
    return -result if a._sign else result


def _add(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == _INF:
        if b._kind == _INF and a._sign != b._sign:
            return _invalid(conds)
        return _make(a._sign, 0, 0, _INF)
    if b._kind == _INF:
        return _make(b._sign, 0, 0, _INF)
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        if a._sign == b._sign:
            sign = a._sign
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, exp, ctx, conds)
    if a._int == 0 or b._int == 0:
        other = b if a._int == 0 else a
        # Padding the other operand with zeros beyond the precision would
        # only be rounded off again.
        floor = other._exp - max(0, ctx.prec - _ndigits(other._int)) - 1
        exp = max(exp, min(floor, other._exp))
        return _finish(other._sign, other._int * 10 ** (other._exp - exp),
                       exp, ctx, conds)
    # A far smaller operand only decides the rounding: replace it by a
    # sticky digit below the precision.
    big, small = (a, b) if a._exp + _ndigits(a._int) >= \
        b._exp + _ndigits(b._int) else (b, a)
    big_adj = big._exp + _ndigits(big._int) - 1
    limit = min(big._exp, big_adj - ctx.prec - 1) - 1
    if small._exp + _ndigits(small._int) - 1 < limit:
        small = _make(small._sign, 1, limit)
        a, b = big, small
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    if a._sign:
        x = -x
    if b._sign:
        y = -y
    total = x + y
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, exp, ctx, conds)
    return _finish(1 if total < 0 else 0, abs(total), exp, ctx, conds)


def _negated(d):
    return _make(d._sign ^ 1, d._int, d._exp, d._kind)


def _mul(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._int == 0) or \
                (b._kind == _FINITE and b._int == 0):
            return _invalid(conds)
        return _make(sign, 0, 0, _INF)
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx, conds)


def _div(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(conds)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        conds.append(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(conds, DivisionUndefined)
        conds.append(DivisionByZero)
        return _make(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(sign, 0, ideal, ctx, conds)
    shift = max(0, ctx.prec + 1 + _ndigits(b._int) - _ndigits(a._int))
    q, r = divmod(a._int * 10 ** shift, b._int)
    exp = ideal - shift
    if r:
        q = q * 10 + 1
        exp -= 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx, conds)


def _divmod_parts(a, b, ctx, conds, want):
    # Integer quotient and remainder (truncating); `want` is 'q', 'r' or
    # 'qr'.  Returns a tuple of Decimals.
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return (nan, nan)
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            n = _invalid(conds)
            return (n, n)
        if want == 'r':
            n = _invalid(conds)
            return (n, n)
        if want == 'qr':
            conds.append(InvalidOperation)
        return (_make(sign, 0, 0, _INF), _make(0, 0, 0, _QNAN))
    if b._kind == _INF:
        quotient = _finish(sign, 0, 0, ctx, conds)
        if want == 'q':
            return (quotient, None)
        return (quotient, _finish(a._sign, a._int, a._exp, ctx, conds))
    if b._int == 0:
        if a._int == 0:
            n = _invalid(conds, DivisionUndefined)
            return (n, n)
        if want == 'r':
            n = _invalid(conds)
            return (n, n)
        conds.append(DivisionByZero)
        inf = _make(sign, 0, 0, _INF)
        if want == 'qr':
            conds.append(InvalidOperation)
            return (inf, _make(0, 0, 0, _QNAN))
        return (inf, None)
    if a._int:
        gap = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
        if gap > ctx.prec:
            n = _invalid(conds, DivisionImpossible)
            return (n, n)
        if gap < 0 and a._exp < b._exp:
            # |a| < |b|: quotient zero, remainder a itself.
            quotient = _finish(sign, 0, 0, ctx, conds if want != 'r' else [])
            if want == 'q':
                return (quotient, None)
            return (quotient, _finish(a._sign, a._int, a._exp, ctx, conds))
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        n = _invalid(conds, DivisionImpossible)
        return (n, n)
    quotient = _finish(sign, q, 0, ctx, conds if want != 'r' else [])
    if want == 'q':
        return (quotient, None)
    remainder = _finish(a._sign, r, exp, ctx, conds)
    return (quotient, remainder)


def _ctx_of(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _is_integral(d):
    if d._kind != _FINITE:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % 10 ** (-d._exp) == 0


def _to_int(d):
    # The value of an integral finite Decimal.
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** (-d._exp)
    return -v if d._sign else v


# ---------------------------------------------------------------------------
# Transcendental functions.  Each works in fixed point: an int F stands for
# F / 10**w, with a small bounded error, and callers retry with more
# working digits until the rounding of the result is certain.

def _fixed_ln10(w):
    # ln(10) * 10**w, error below 10.
    return _fixed_ln_int(10 * 10 ** w, w)


def _fixed_atanh_series(z, w):
    # 2*atanh(z / 10**w) * 10**w for small |z|.
    if z < 0:
        return -_fixed_atanh_series(-z, w)
    one = 10 ** w
    z2 = z * z // one
    term = z
    total = 0
    k = 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    return 2 * total


def _fixed_ln_int(m, w):
    # ln(m / 10**w) * 10**w for m > 0, error a few units; the work is
    # done with guard digits since square roots amplify rounding errors.
    guard = 20
    g = w + guard
    one = 10 ** g
    m *= 10 ** guard
    # Halve/double into [0.5, 2) tracking powers of two.
    twos = 0
    while m > 2 * one:
        m = m // 2
        twos += 1
    while m < one // 2:
        m = m * 2
        twos -= 1
    # Square roots bring m close to 1.
    roots = 0
    while abs(m - one) * 1000 > one:
        m = _math.isqrt(m * one)
        roots += 1
    z = (m - one) * one // (m + one)
    result = _fixed_atanh_series(z, g) * 2 ** roots
    if twos:
        result += twos * _fixed_ln2(g)
    return result // 10 ** guard


def _fixed_ln2(w):
    # ln 2 = 2*atanh(1/3).
    one = 10 ** w
    return _fixed_atanh_series(one // 3, w)


def _fixed_ln(d, w):
    # ln(d) * 10**w for finite positive d, error a few units.
    digits = _ndigits(d._int)
    # d = (c / 10**digits) * 10**(exp + digits), mantissa in [0.1, 1).
    k = d._exp + digits
    g = w + 10
    m = d._int * 10 ** g // 10 ** digits if digits <= g else \
        d._int // 10 ** (digits - g)
    result = _fixed_ln_int(m, g)
    if k:
        result += k * _fixed_ln10(g)
    return result // 10 ** 10


def _fixed_exp(x, w):
    # exp(x / 10**w) * 10**w for |x / 10**w| of moderate size.
    one = 10 ** w
    halvings = 0
    while abs(x) > one // 100:
        x = x // 2 if x > 0 else -((-x) // 2)
        halvings += 1
    g = w + halvings // 3 + 5
    scale = 10 ** (g - w)
    x *= scale
    one_g = 10 ** g
    term = one_g
    total = one_g
    k = 1
    while term:
        term = term * x // (one_g * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one_g
    return total // scale


def _correctly_rounded(approx, ctx, sign=0):
    # Ziv's loop: approx(w) returns (F, e) with F * 10**e within
    # 20 * 10**e of the true (positive) value; retry with more working
    # digits until rounding to ctx.prec half-even is unambiguous.
    w = ctx.prec + 10
    while True:
        f, e = approx(w)
        lo = f - 20
        hi = f + 20
        conds = []
        r1 = _finish(sign, lo, e, ctx, conds)
        r2 = _finish(sign, hi, e, ctx, [])
        if r1._int == r2._int and r1._exp == r2._exp and \
                r1._kind == r2._kind:
            return f, e
        w += w // 2 + 10


def _half_even(ctx):
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    return c


def _exp(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    if d._kind == _INF:
        if d._sign:
            return _make(0, 0, 0)
        return _make(0, 0, 0, _INF)
    if d._int == 0:
        return _make(0, 1, 0)
    adj = d._exp + _ndigits(d._int) - 1
    c = _half_even(ctx)
    limit = 2.31 * (max(ctx.Emax, -ctx.Emin) + ctx.prec + 2) + 10
    if adj > _ndigits(int(limit)):
        # Far out of range.
        if d._sign:
            return _finish(0, 1, ctx.Emin - ctx.prec - 5, c, conds)
        return _finish(0, 1, ctx.Emax + 5, c, conds)
    if adj < -(ctx.prec + 2):
        # exp(x) = 1 + x + ..., far below the precision.
        p = ctx.prec + 2
        coeff = 10 ** p
        coeff = coeff - 1 if d._sign else coeff + 1
        return _finish(0, coeff, -p, c, conds)
    value = (-1 if d._sign else 1) * d._int

    def approx(w):
        # exp(x) = 10**k * exp(x - k ln 10): split off the power of ten.
        g = w + 20
        if d._exp >= 0:
            x = value * 10 ** (d._exp + g)
        else:
            shift = g + d._exp
            x = value * 10 ** shift if shift >= 0 else \
                value // 10 ** (-shift)
        ln10 = _fixed_ln10(g)
        k = x // ln10
        r = x - k * ln10
        big = _fixed_exp(r, g)
        digits = _ndigits(big)
        cut = max(0, digits - (w + 2))
        return big // 10 ** cut, k - g + cut

    f, e = _correctly_rounded(approx, c)
    return _finish(0, f * 10 + 1, e - 1, c, conds)


def _ln(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    if d._kind == _FINITE and d._int == 0:
        return _make(1, 0, 0, _INF)
    if d._sign:
        return _invalid(conds)
    if d._kind == _INF:
        return _make(0, 0, 0, _INF)
    if d._exp <= 0 and d._int == 10 ** (-d._exp):
        return _make(0, 0, 0)
    c = _half_even(ctx)
    lnsign = 0 if _cmp_finite(d, _make(0, 1, 0)) > 0 else 1

    def approx(w):
        # Enough digits for w significant digits of the result.
        adj = d._exp + _ndigits(d._int) - 1
        extra = 0
        # Close to 1 the logarithm is small: more digits after the point.
        diff = _add(d, _make(1, 1, 0), _big_ctx(d), [])
        if diff._int:
            extra = max(0, -(diff._exp + _ndigits(diff._int)))
        extra += _ndigits(abs(adj)) if adj else 0
        g = w + extra + 2
        return abs(_fixed_ln(d, g)), -g

    f, e = _correctly_rounded(approx, c, lnsign)
    return _finish(lnsign, f * 10 + 1, e - 1, c, conds)


def _big_ctx(d):
    # A context wide enough to hold exact sums near d.
    digits = _ndigits(d._int) + abs(d._exp) + 5
    return Context(prec=digits, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])


def _log10(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    if d._kind == _FINITE and d._int == 0:
        return _make(1, 0, 0, _INF)
    if d._sign:
        return _invalid(conds)
    if d._kind == _INF:
        return _make(0, 0, 0, _INF)
    c = _half_even(ctx)
    # An exact power of ten has an exact integer logarithm.
    text = str(d._int)
    if text.rstrip('0') == '1':
        power = d._exp + len(text) - 1
        return _finish(1 if power < 0 else 0, abs(power), 0, c, conds)
    lnsign = 0 if _cmp_finite(d, _make(0, 1, 0)) > 0 else 1

    def approx(w):
        adj = d._exp + _ndigits(d._int) - 1
        diff = _add(d, _make(1, 1, 0), _big_ctx(d), [])
        extra = 0
        if diff._int:
            extra = max(0, -(diff._exp + _ndigits(diff._int)))
        extra += _ndigits(abs(adj)) if adj else 0
        g = w + extra + 2
        ln = _fixed_ln(d, g + 5)
        ln10 = _fixed_ln10(g + 5)
        return abs(ln * 10 ** g // ln10), -g

    f, e = _correctly_rounded(approx, c, lnsign)
    return _finish(lnsign, f * 10 + 1, e - 1, c, conds)


def _sqrt(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    ideal = d._exp // 2
    if d._kind == _FINITE and d._int == 0:
        return _finish(d._sign, 0, ideal, ctx, conds)
    if d._sign:
        return _invalid(conds)
    if d._kind == _INF:
        return _make(0, 0, 0, _INF)
    prec = ctx.prec
    # c * 10**e with e even and enough digits for prec + 1 root digits.
    digits = _ndigits(d._int)
    shift = max(0, 2 * (prec + 1) - digits + 1)
    if (d._exp - shift) % 2:
        shift += 1
    c = d._int * 10 ** shift
    e = d._exp - shift
    root = _math.isqrt(c)
    exp = e // 2
    if root * root != c:
        root = root * 10 + 1
        exp -= 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    return _finish(0, root, exp, _half_even(ctx), conds)


def _pow(a, b, ctx, conds, modulo=None):
    if modulo is not None:
        return _pow_mod(a, b, modulo, ctx, conds)
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    b_int = _is_integral(b)
    if a._kind == _FINITE and a._int == 0:
        if b._kind == _FINITE and b._int == 0:
            return _invalid(conds)
        sign = a._sign if b_int and _to_int(b) % 2 else 0
        if b._sign:
            return _make(sign, 0, 0, _INF)
        return _make(sign, 0, 0)
    if a._sign and not b_int and b._kind != _INF:
        return _invalid(conds)
    sign = a._sign if (b_int and _to_int(b) % 2) else 0
    if a._kind == _INF:
        if b._kind == _FINITE and b._int == 0:
            return _make(0, 1, 0)
        if b._sign:
            return _make(sign, 0, 0)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        if a._sign:
            return _invalid(conds)
        cmp = _cmp_finite(a, _make(0, 1, 0))
        if cmp == 0:
            return _pow_one_inf(ctx, conds)
        if (cmp > 0) != bool(b._sign):
            return _make(0, 0, 0, _INF)
        return _make(0, 0, 0)
    if b._int == 0:
        return _make(0, 1, 0)
    if b_int:
        n = _to_int(b)
        return _pow_int(a, n, sign, ctx, conds)
    return _pow_real(a, b, ctx, conds)


def _pow_one_inf(ctx, conds):
    conds.extend((Inexact, Rounded))
    p = ctx.prec
    return _make(0, 10 ** (p - 1), -(p - 1))


def _pow_int(a, n, sign, ctx, conds):
    # a ** n for an integer n.
    m = abs(n)
    digits = _ndigits(a._int)
    adj = a._exp + digits - 1
    # Results that overflow or underflow by far: a tiny/huge stand-in.
    if a._int == 1:
        return _finish(sign, 1, a._exp * n, ctx, conds)
    lead = str(a._int)[:17]
    est = ((_math.log10(int(lead)) + digits - len(lead) + a._exp) *
           (float(m) if m < 10 ** 300 else 1e300))
    bound = max(ctx.Emax, -ctx.Emin) + ctx.prec + 10
    if abs(est) > 2 * bound:
        big = (est > 0) == (n > 0)
        e = 2 * bound if big else -2 * bound
        return _finish(sign, 1, e, ctx, conds)
    if digits * m <= 4 * ctx.prec + 200:
        coeff = a._int ** m
        exp = a._exp * m
        if n > 0:
            return _finish(sign, coeff, exp, ctx, conds)
        return _div(_make(0, 1, 0), _make(sign, coeff, exp), ctx, conds)
    # Too long to compute exactly: work with guard digits.
    c = _half_even(ctx)

    def approx(w):
        wc = Context(prec=w + _ndigits(m) + 5, Emax=MAX_EMAX,
                     Emin=MIN_EMIN, traps=[])
        result = _make(0, 1, 0)
        base = _make(0, a._int, a._exp)
        k = m
        while k:
            if k & 1:
                result = _mul(result, base, wc, [])
            k >>= 1
            if k:
                base = _mul(base, base, wc, [])
        if n < 0:
            result = _div(_make(0, 1, 0), result, wc, [])
        return result._int, result._exp

    w = ctx.prec + 10
    f, e = approx(w)
    # Directed roundings need the sticky information too.
    f = f * 10 + 1
    e -= 1
    return _finish(sign, f, e, ctx, conds)


def _pow_real(a, b, ctx, conds):
    # a ** b for a > 0 and non-integral b: exp(b * ln a), with an exact
    # result when one exists.
    exact = _pow_exact(a, b, ctx)
    if exact is not None:
        # libmpdec answers through exp(b * ln a) even then: the full
        # precision, flagged Inexact (mpdecimal.c, mpd_qpow_real).
        coeff, exp = exact
        pad = ctx.prec - _ndigits(coeff)
        conds.extend((Inexact, Rounded))
        return _finish(0, coeff * 10 ** pad, exp - pad, ctx, conds)
    lnb = _fixed_ln(a, 30)
    # Rough size of the result for range checks.
    bval = float(_to_sci(b, 1))
    size = lnb / 1e30 * bval / 2.302585092994046
    bound = max(ctx.Emax, -ctx.Emin) + ctx.prec + 10
    if size > bound:
        return _finish(0, 1, 2 * bound, ctx, conds)
    if size < -bound:
        return _finish(0, 1, -2 * bound, ctx, conds)

    def approx(w):
        g = w + _ndigits(int(abs(size)) + 1) + 5
        ln = _fixed_ln(a, g + 5)
        # y * ln(a) in fixed point at g digits.
        y = b._int if not b._sign else -b._int
        if b._exp >= 0:
            prod = ln * y * 10 ** b._exp
        else:
            prod = ln * y // 10 ** (-b._exp)
        prod //= 10 ** 5
        one = 10 ** g
        ln10 = _fixed_ln10(g)
        k = prod // ln10
        r = prod - k * ln10
        big = _fixed_exp(r, g)
        digits = _ndigits(big)
        cut = max(0, digits - (w + 2))
        return big // 10 ** cut, k - g + cut

    rounding_ctx = ctx
    w = ctx.prec + 10
    while True:
        f, e = approx(w)
        lo = _finish(0, f - 50, e, rounding_ctx, [])
        hi = _finish(0, f + 50, e, rounding_ctx, [])
        if lo._int == hi._int and lo._exp == hi._exp and \
                lo._kind == hi._kind:
            break
        w += w // 2 + 10
        if w > 4 * ctx.prec + 200:
            break
    return _finish(0, f * 10 + 1, e - 1, ctx, conds)


def _pow_exact(a, b, ctx):
    # (coeff, exp) when a ** b is exactly representable in ctx.prec digits
    # for a non-integral b = p / 10**q, else None.
    y = _to_frac(b)
    if y is None:
        return None
    num, den = y
    # den is a power of 2 and 5; only small denominators are tried.
    if den > 64 or abs(num) > 1000:
        return None
    # a = c * 10**e; a ** (1/den) must be exact.
    c = a._int
    e = a._exp
    # Make e divisible by den by scaling c.
    shift = e % den
    c *= 10 ** shift
    e -= shift
    root = _int_root(c, den)
    if root is None:
        return None
    e //= den
    if num < 0:
        return None
    coeff = root ** num
    exp = e * num
    if _ndigits(coeff) > ctx.prec:
        return None
    # Strip to the ideal exponent (as a plain result would carry).
    return coeff, exp


def _to_frac(b):
    if b._kind != _FINITE:
        return None
    num = b._int * (10 ** b._exp if b._exp > 0 else 1)
    den = 10 ** (-b._exp) if b._exp < 0 else 1
    g = _math.gcd(num, den)
    num //= g
    den //= g
    return (-num if b._sign else num), den


def _int_root(c, k):
    if c == 0:
        return 0
    r = int(round(c ** (1.0 / k))) if c < 10 ** 300 else None
    if r is None:
        return None
    for cand in (r - 1, r, r + 1):
        if cand >= 0 and cand ** k == c:
            return cand
    return None


def _pow_mod(a, b, m, ctx, conds):
    nan = None
    for x in (a, b, m):
        if x._kind == _SNAN:
            conds.append(InvalidOperation)
            return _quiet_nan(x, ctx)
    for x in (a, b, m):
        if x._kind == _QNAN:
            return _quiet_nan(x, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(conds)
    if b._sign or m._int == 0:
        return _invalid(conds)
    if _ndigits(m._int) + max(0, m._exp) > ctx.prec:
        return _invalid(conds)
    if a._int == 0 and b._int == 0:
        return _invalid(conds)
    mv = abs(_to_int(m))
    r = pow(abs(_to_int(a)), _to_int(b), mv)
    sign = a._sign if _to_int(b) % 2 else 0
    return _make(sign, r, 0)


# ---------------------------------------------------------------------------

class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.

"""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, *args, **kwargs):
        value, context = _decimal_args(args, kwargs)
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        d = _construct(value, context)
        if cls is Decimal:
            return d
        obj = object.__new__(cls)
        obj._sign = d._sign
        obj._int = d._int
        obj._exp = d._exp
        obj._kind = d._kind
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions and representations --

    def __repr__(self):
        return "Decimal('%s')" % _to_sci(self, getcontext().capitals)

    def __str__(self):
        return _to_sci(self, getcontext().capitals)

    def to_eng_string(self, context=None):
        return _to_sci(self, _ctx_of(context).capitals, True)

    def __format__(self, spec, override=None):
        return _format(self, spec)

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind in (_QNAN, _SNAN):
            digits = tuple(int(ch) for ch in str(self._int)) \
                if self._int else ()
            return DecimalTuple(self._sign, digits,
                                'n' if self._kind == _QNAN else 'N')
        return DecimalTuple(self._sign,
                            tuple(int(ch) for ch in str(self._int)),
                            self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
            d = 1
        else:
            n = self._int
            d = 10 ** (-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __int__(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind == _INF:
            return float('-inf') if self._sign else float('inf')
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _QNAN:
            return float('-nan') if self._sign else float('nan')
        return float(_to_sci(self, 1))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._kind != _FINITE or self._int != 0

    def __floor__(self):
        return self._int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._int_rounded(ROUND_CEILING)

    def _int_rounded(self, rounding):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer')
        coeff, _ = _rescale(self, 0, rounding)
        return -coeff if self._sign else coeff

    def __round__(self, n=None):
        if n is None:
            return self._int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._int % _MODULUS * pow(10, self._exp, _MODULUS)
        else:
            h = self._int % _MODULUS * pow(_INV10, -self._exp, _MODULUS)
        h %= _MODULUS
        if self._sign:
            h = -h
        if h == -1:
            h = -2
        return h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- comparisons --

    def _compare_key(self, other, op):
        # (self, other) as Decimals for a rich comparison, or NotImplemented.
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx._signal([FloatOperation], op not in ('eq', 'ne'))
            return _from_float(other)
        if isinstance(other, complex) and op in ('eq', 'ne'):
            if other.imag != 0:
                return None
            ctx = getcontext()
            ctx._signal([FloatOperation], False)
            return _from_float(other.real)
        num = getattr(other, 'numerator', None)
        den = getattr(other, 'denominator', None)
        if isinstance(num, int) and isinstance(den, int) and \
                not isinstance(other, (float, complex)) and \
                hasattr(other, '__truediv__') and den > 0 and \
                _is_rational(other):
            return ('frac', num, den)
        return NotImplemented

    def _rich(self, other, op):
        o = self._compare_key(other, op)
        if o is NotImplemented:
            return NotImplemented
        if o is None:
            return op == 'ne'
        if isinstance(o, tuple):
            if self._kind in (_QNAN, _SNAN):
                return self._nan_compare(None, op)
            if self._kind == _INF:
                c = -1 if self._sign else 1
            else:
                num, den = self.as_integer_ratio()
                lhs = num * o[2]
                rhs = o[1] * den
                c = (lhs > rhs) - (lhs < rhs)
        else:
            if self._kind in (_QNAN, _SNAN) or o._kind in (_QNAN, _SNAN):
                return self._nan_compare(o, op)
            c = _cmp_finite(self, o)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def _nan_compare(self, other, op):
        snan = self._kind == _SNAN or (other is not None and
                                       other._kind == _SNAN)
        if op in ('eq', 'ne'):
            if snan:
                getcontext()._signal([InvalidOperation])
            return op == 'ne'
        getcontext()._signal([InvalidOperation])
        return False

    def __eq__(self, other):
        return self._rich(other, 'eq')

    def __ne__(self, other):
        return self._rich(other, 'ne')

    def __lt__(self, other):
        return self._rich(other, 'lt')

    def __le__(self, other):
        return self._rich(other, 'le')

    def __gt__(self, other):
        return self._rich(other, 'gt')

    def __ge__(self, other):
        return self._rich(other, 'ge')

    # -- arithmetic operators --

    def _binary(self, other, fn, reflected=False):
        if isinstance(other, Decimal):
            o = other
        elif isinstance(other, int):
            o = _from_int(other)
        else:
            return NotImplemented
        ctx = getcontext()
        conds = []
        if reflected:
            result = fn(o, self, ctx, conds)
        else:
            result = fn(self, o, ctx, conds)
        ctx._signal(conds)
        return result

    def __add__(self, other):
        return self._binary(other, _add)

    def __radd__(self, other):
        return self._binary(other, _add, True)

    def __sub__(self, other):
        return self._binary(other, _sub)

    def __rsub__(self, other):
        return self._binary(other, _sub, True)

    def __mul__(self, other):
        return self._binary(other, _mul)

    def __rmul__(self, other):
        return self._binary(other, _mul, True)

    def __truediv__(self, other):
        return self._binary(other, _div)

    def __rtruediv__(self, other):
        return self._binary(other, _div, True)

    def __floordiv__(self, other):
        return self._binary(other, _divint)

    def __rfloordiv__(self, other):
        return self._binary(other, _divint, True)

    def __mod__(self, other):
        return self._binary(other, _rem)

    def __rmod__(self, other):
        return self._binary(other, _rem, True)

    def __divmod__(self, other):
        return self._binary(other, _divmod)

    def __rdivmod__(self, other):
        return self._binary(other, _divmod, True)

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return self._binary(other, _pow)
        if isinstance(modulo, int):
            modulo = _from_int(modulo)
        elif not isinstance(modulo, Decimal):
            return NotImplemented
        return self._binary(other, lambda a, b, c, k: _pow(a, b, c, k,
                                                           modulo))

    def __rpow__(self, other, modulo=None):
        return self._binary(other, _pow, True)

    def __neg__(self):
        return self._unary(_minus)

    def __pos__(self):
        return self._unary(_plus)

    def __abs__(self):
        return self._unary(_abs)

    def _unary(self, fn, context=None):
        ctx = _ctx_of(context)
        conds = []
        result = fn(self, ctx, conds)
        ctx._signal(conds)
        return result

    def _method(self, other, fn, context):
        ctx = _ctx_of(context)
        o = _convert(other, ctx)
        conds = []
        result = fn(self, o, ctx, conds)
        ctx._signal(conds)
        return result

    # -- named operations --

    def exp(self, context=None):
        return self._unary(_exp, context)

    def ln(self, context=None):
        return self._unary(_ln, context)

    def log10(self, context=None):
        return self._unary(_log10, context)

    def sqrt(self, context=None):
        return self._unary(_sqrt, context)

    def normalize(self, context=None):
        return self._unary(_normalize, context)

    def logb(self, context=None):
        return self._unary(_logb, context)

    def next_plus(self, context=None):
        return self._unary(_next_plus, context)

    def next_minus(self, context=None):
        return self._unary(_next_minus, context)

    def next_toward(self, other, context=None):
        return self._method(other, _next_toward, context)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx_of(context)
        rounding = _rounding_arg(rounding, ctx)
        conds = []
        result = _to_integral(self, rounding, ctx, conds, False)
        ctx._signal(conds)
        return result

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx_of(context)
        rounding = _rounding_arg(rounding, ctx)
        conds = []
        result = _to_integral(self, rounding, ctx, conds, True)
        ctx._signal(conds)
        return result

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx_of(context)
        exp = _convert(exp, ctx)
        rounding = _rounding_arg(rounding, ctx)
        conds = []
        result = _quantize(self, exp, rounding, ctx, conds)
        ctx._signal(conds)
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, _ctx_of(context))
        if self._kind == _FINITE and other._kind == _FINITE:
            return self._exp == other._exp
        if self._kind in (_QNAN, _SNAN) and other._kind in (_QNAN, _SNAN):
            return True
        return self._kind == _INF and other._kind == _INF

    def compare(self, other, context=None):
        return self._method(other, _compare, context)

    def compare_signal(self, other, context=None):
        return self._method(other, _compare_signal, context)

    def compare_total(self, other, context=None):
        other = _convert(other, _ctx_of(context))
        c = _total_order(self, other)
        return _make(1 if c < 0 else 0, 1 if c else 0, 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, _ctx_of(context))
        c = _total_order(_abs_copy(self), _abs_copy(other))
        return _make(1 if c < 0 else 0, 1 if c else 0, 0)

    def max(self, other, context=None):
        return self._method(other, lambda a, b, c, k: _minmax(a, b, c, k, 1,
                                                              False), context)

    def min(self, other, context=None):
        return self._method(other, lambda a, b, c, k: _minmax(a, b, c, k, -1,
                                                              False), context)

    def max_mag(self, other, context=None):
        return self._method(other, lambda a, b, c, k: _minmax(a, b, c, k, 1,
                                                              True), context)

    def min_mag(self, other, context=None):
        return self._method(other, lambda a, b, c, k: _minmax(a, b, c, k, -1,
                                                              True), context)

    def remainder_near(self, other, context=None):
        return self._method(other, _remainder_near, context)

    def fma(self, other, third, context=None):
        ctx = _ctx_of(context)
        other = _convert(other, ctx)
        third = _convert(third, ctx)
        conds = []
        if self._kind == _SNAN or other._kind == _SNAN:
            result = _check_nans(self, other, ctx, conds)
        elif third._kind == _SNAN:
            result = _check_nans(third, None, ctx, conds)
        elif self._kind == _QNAN or other._kind == _QNAN:
            result = _check_nans(self, other, ctx, conds)
        else:
            wide = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
            product = _mul(self, other, wide, conds)
            if product._kind == _QNAN:
                result = product
            else:
                result = _add(product, third, ctx, conds)
        ctx._signal(conds)
        return result

    def scaleb(self, other, context=None):
        return self._method(other, _scaleb, context)

    def shift(self, other, context=None):
        return self._method(other, _shift, context)

    def rotate(self, other, context=None):
        return self._method(other, _rotate, context)

    def logical_and(self, other, context=None):
        return self._method(other, _logical_and, context)

    def logical_or(self, other, context=None):
        return self._method(other, _logical_or, context)

    def logical_xor(self, other, context=None):
        return self._method(other, _logical_xor, context)

    def logical_invert(self, context=None):
        return self._unary(_logical_invert, context)

    def copy_abs(self):
        return _abs_copy(self)

    def copy_negate(self):
        return _negated(self)

    def copy_sign(self, other, context=None):
        other = _convert(other, _ctx_of(context))
        return _make(other._sign, self._int, self._exp, self._kind)

    def canonical(self):
        return self

    def conjugate(self):
        return self

    def radix(self):
        return _make(0, 10, 0)

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind in (_QNAN, _SNAN)

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._int == 0

    def is_normal(self, context=None):
        ctx = _ctx_of(context)
        if self._kind != _FINITE or self._int == 0:
            return False
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = _ctx_of(context)
        if self._kind != _FINITE or self._int == 0:
            return False
        return self.adjusted() < ctx.Emin

    def number_class(self, context=None):
        ctx = _ctx_of(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _make(0, 0, 0)


def _decimal_args(args, kwargs):
    # Decimal(value="0", context=None), parsed as _decimal.c does.
    total = len(args) + len(kwargs)
    if total > 2:
        raise TypeError('function takes at most 2 arguments (%d given)'
                        % total)
    params = ('value', 'context')
    values = dict(zip(params, args))
    for key, v in kwargs.items():
        if key not in params:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        if key in values:
            raise TypeError("argument for function given by name ('%s') "
                            "and position (%d)" % (key, params.index(key) + 1))
        values[key] = v
    return values.get('value', '0'), values.get('context')


def _is_rational(obj):
    import numbers
    import fractions
    return isinstance(obj, (numbers.Rational, fractions.Fraction))


def _construct(value, context):
    if isinstance(value, Decimal):
        return _make(value._sign, value._int, value._exp, value._kind)
    if isinstance(value, str):
        d = _parse(value)
        if d is None:
            ctx = context if context is not None else getcontext()
            ctx._signal([ConversionSyntax])
            return _make(0, 0, 0, _QNAN)
        return d
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, float):
        ctx = context if context is not None else getcontext()
        ctx._signal([FloatOperation])
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(value).__name__)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _make(sign, 0, 0, _INF)
    if isinstance(exp, str) and exp in ('n', 'N'):
        kind = _QNAN if exp == 'n' else _SNAN
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coeff = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coeff = coeff * 10 + digit
    if kind == _FINITE:
        return _make(sign, coeff, exp)
    return _make(sign, coeff, 0, kind)


def _to_sci(d, capitals, eng=False):
    sign = '-' if d._sign else ''
    if d._kind == _INF:
        return sign + 'Infinity'
    if d._kind in (_QNAN, _SNAN):
        text = 'NaN' if d._kind == _QNAN else 'sNaN'
        return sign + text + (str(d._int) if d._int else '')
    digits = str(d._int)
    exp = d._exp
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dot = leftdigits
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (leftdigits + 1) % 3 - 1
    else:
        dot = (leftdigits - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * (-dot) + digits
    elif dot >= len(digits):
        body = digits + '0' * (dot - len(digits))
    else:
        body = digits[:dot] + '.' + digits[dot:]
    if leftdigits == dot:
        tail = ''
    else:
        e = leftdigits - dot
        tail = ('E' if capitals else 'e') + ('%+d' % e)
    return sign + body + tail


def _abs_copy(d):
    return _make(0, d._int, d._exp, d._kind)


def _sub(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    return _add(a, _negated(b), ctx, conds)


def _plus(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    if d._kind == _INF:
        return d
    if d._int == 0 and ctx.rounding != ROUND_FLOOR:
        return _finish(0, 0, d._exp, ctx, conds)
    return _finish(d._sign, d._int, d._exp, ctx, conds)


def _minus(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    return _plus(_negated(d), ctx, conds)


def _abs(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    return _plus(_abs_copy(d), ctx, conds)


def _divint(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'q')[0]


def _rem(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'r')[1]


def _divmod(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'qr')


def _remainder_near(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == _INF:
        return _invalid(conds)
    if b._kind == _INF:
        return _finish(a._sign, a._int, a._exp, ctx, conds)
    if b._int == 0:
        if a._int == 0:
            return _invalid(conds, DivisionUndefined)
        return _invalid(conds)
    if a._int:
        gap = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
        if gap > ctx.prec:
            return _invalid(conds, DivisionImpossible)
        if gap < -1 and a._exp < b._exp:
            # |a| < |b| / 10: a is its own nearest remainder.
            return _finish(a._sign, a._int, a._exp, ctx, conds)
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q & 1):
        q += 1
        r -= y
    if _ndigits(q) > ctx.prec:
        return _invalid(conds, DivisionImpossible)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _finish(sign, r, exp, ctx, conds)


def _normalize(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    if d._kind == _INF:
        return d
    r = _finish(d._sign, d._int, d._exp, ctx, conds)
    if r._kind != _FINITE:
        return r
    if r._int == 0:
        return _make(r._sign, 0, 0)
    coeff = r._int
    exp = r._exp
    top = (ctx.Emax - ctx.prec + 1) if ctx.clamp else ctx.Emax
    while coeff % 10 == 0 and exp < top:
        coeff //= 10
        exp += 1
    return _make(r._sign, coeff, exp)


def _logb(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    if d._kind == _INF:
        return _make(0, 0, 0, _INF)
    if d._int == 0:
        conds.append(DivisionByZero)
        return _make(1, 0, 0, _INF)
    adj = d._exp + _ndigits(d._int) - 1
    return _finish(1 if adj < 0 else 0, abs(adj), 0, ctx, conds)


def _scaleb(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    if b._exp != 0 or b._kind != _FINITE:
        return _invalid(conds)
    n = _to_int(b)
    limit = 2 * (ctx.Emax + ctx.prec)
    if abs(n) > limit:
        return _invalid(conds)
    if a._kind == _INF:
        return a
    return _finish(a._sign, a._int, a._exp + n, ctx, conds)


def _next_plus(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    etiny = ctx.Emin - ctx.prec + 1
    if d._kind == _INF:
        if d._sign:
            return _make(1, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return d
    c = ctx.copy()
    c.rounding = ROUND_CEILING
    c.traps = []
    sub = []
    r = _finish(d._sign, d._int, d._exp, c, sub)
    if Inexact in sub:
        return r
    return _add(d, _make(0, 1, etiny - 1), c, [])


def _next_minus(d, ctx, conds):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    etiny = ctx.Emin - ctx.prec + 1
    if d._kind == _INF:
        if not d._sign:
            return _make(0, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return d
    c = ctx.copy()
    c.rounding = ROUND_FLOOR
    c.traps = []
    sub = []
    r = _finish(d._sign, d._int, d._exp, c, sub)
    if Inexact in sub:
        return r
    return _add(d, _make(1, 1, etiny - 1), c, [])


def _next_toward(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    c = _cmp_finite(a, b)
    if c == 0:
        return _make(b._sign, a._int, a._exp, a._kind)
    sub = []
    r = _next_plus(a, ctx, sub) if c < 0 else _next_minus(a, ctx, sub)
    if r._kind == _INF:
        conds.extend((Overflow, Inexact, Rounded))
    elif r._kind == _FINITE and r.adjusted() < ctx.Emin:
        conds.extend((Underflow, Subnormal, Inexact, Rounded))
        if r._int == 0:
            conds.append(Clamped)
    return r


def _to_integral(d, rounding, ctx, conds, exact):
    nan = _check_nans(d, None, ctx, conds)
    if nan is not None:
        return nan
    if d._kind == _INF or d._exp >= 0:
        return d
    coeff, inexact = _rescale(d, 0, rounding)
    if exact:
        if inexact:
            conds.append(Inexact)
        if d._int:
            conds.append(Rounded)
    return _make(d._sign, coeff, 0)


def _quantize(a, b, rounding, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF:
            return a
        return _invalid(conds)
    exp = b._exp
    if not (ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax):
        return _invalid(conds)
    if a._int == 0:
        return _finish(a._sign, 0, exp, ctx, conds)
    if a._exp + _ndigits(a._int) - exp > ctx.prec:
        return _invalid(conds)
    coeff, inexact = _rescale(a, exp, rounding)
    if _ndigits(coeff) > ctx.prec:
        return _invalid(conds)
    if coeff and _ndigits(coeff) + exp - 1 > ctx.Emax:
        return _invalid(conds)
    if exp > a._exp or inexact:
        if coeff != a._int * 10 ** max(0, a._exp - exp) or inexact:
            conds.append(Rounded)
    if inexact:
        conds.append(Inexact)
    if coeff and _ndigits(coeff) + exp - 1 < ctx.Emin:
        conds.append(Subnormal)
    if ctx.clamp and exp > ctx.Emax - ctx.prec + 1:
        top = ctx.Emax - ctx.prec + 1
        coeff *= 10 ** (exp - top)
        exp = top
        conds.append(Clamped)
    return _make(a._sign, coeff, exp)


def _compare(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    c = _cmp_finite(a, b)
    return _make(1 if c < 0 else 0, 1 if c else 0, 0)


def _compare_signal(a, b, ctx, conds):
    if a._kind in (_QNAN, _SNAN) or b._kind in (_QNAN, _SNAN):
        conds.append(InvalidOperation)
        sub = []
        return _check_nans(a, b, ctx, sub)
    return _compare(a, b, ctx, conds)


def _total_order(a, b):
    # The total ordering of compare_total: -1, 0, 1.
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {_FINITE: 0, _INF: 1, _SNAN: 2, _QNAN: 3}
    ra, rb = rank[a._kind], rank[b._kind]
    if ra != rb:
        c = -1 if ra < rb else 1
    elif a._kind in (_QNAN, _SNAN):
        c = (a._int > b._int) - (a._int < b._int)
    elif a._kind == _INF:
        c = 0
    else:
        c = _cmp_finite(_abs_copy(a), _abs_copy(b))
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _minmax(a, b, ctx, conds, want, mag):
    if a._kind == _SNAN or b._kind == _SNAN:
        return _check_nans(a, b, ctx, conds)
    if a._kind == _QNAN and b._kind == _QNAN:
        return _check_nans(a, b, ctx, conds)
    if a._kind == _QNAN or b._kind == _QNAN:
        pick = b if a._kind == _QNAN else a
        if pick._kind != _FINITE:
            return pick
        return _finish(pick._sign, pick._int, pick._exp, ctx, conds)
    if mag:
        c = _cmp_finite(_abs_copy(a), _abs_copy(b))
    else:
        c = 0
    if c == 0:
        c = _cmp_finite(a, b)
    if c == 0:
        c = _total_order(a, b)
    pick = a if (c >= 0) == (want > 0) else b
    if c == 0:
        pick = a
    if pick._kind != _FINITE:
        return pick
    return _finish(pick._sign, pick._int, pick._exp, ctx, conds)


def _logical_digits(d, ctx):
    # The digit string of a logical operand (sign 0, exponent 0, only
    # zeros and ones) as exactly prec digits, or None.
    if d._kind != _FINITE or d._sign or d._exp != 0:
        return None
    text = str(d._int)
    if text.strip('01'):
        return None
    # Digits beyond the precision are dropped from the left.
    return text[-ctx.prec:].rjust(ctx.prec, '0')


def _logical(a, b, ctx, conds, table):
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx)
    if x is None or y is None:
        return _invalid(conds)
    digits = ''.join(table[p + q] for p, q in zip(x, y))
    return _make(0, int(digits), 0)


def _logical_and(a, b, ctx, conds):
    return _logical(a, b, ctx, conds,
                    {'00': '0', '01': '0', '10': '0', '11': '1'})


def _logical_or(a, b, ctx, conds):
    return _logical(a, b, ctx, conds,
                    {'00': '0', '01': '1', '10': '1', '11': '1'})


def _logical_xor(a, b, ctx, conds):
    return _logical(a, b, ctx, conds,
                    {'00': '0', '01': '1', '10': '1', '11': '0'})


def _logical_invert(a, ctx, conds):
    x = _logical_digits(a, ctx)
    if x is None:
        return _invalid(conds)
    return _make(0, int(''.join('1' if ch == '0' else '0' for ch in x)), 0)


def _digit_count(a, b, ctx, conds):
    # The shift/rotate amount: an integer in [-prec, prec], or None.
    if b._kind != _FINITE or b._exp != 0:
        return None
    n = _to_int(b)
    if abs(n) > ctx.prec:
        return None
    return n


def _shift(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    n = _digit_count(a, b, ctx, conds)
    if n is None:
        return _invalid(conds)
    if a._kind == _INF:
        return a
    if n >= 0:
        coeff = a._int * 10 ** n % 10 ** ctx.prec
    else:
        coeff = (a._int % 10 ** ctx.prec) // 10 ** (-n)
    return _make(a._sign, coeff, a._exp)


def _rotate(a, b, ctx, conds):
    nan = _check_nans(a, b, ctx, conds)
    if nan is not None:
        return nan
    n = _digit_count(a, b, ctx, conds)
    if n is None:
        return _invalid(conds)
    if a._kind == _INF:
        return a
    text = str(a._int % 10 ** ctx.prec).rjust(ctx.prec, '0')
    k = n % ctx.prec
    text = text[k:] + text[:k]
    return _make(a._sign, int(text), a._exp)


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx.rounding
    if rounding not in _ROUNDINGS or not isinstance(rounding, str):
        raise TypeError(_ROUNDING_MSG)
    return rounding


# ---------------------------------------------------------------------------
# Formatting (format(Decimal, spec)).

def _parse_spec(spec):
    if not isinstance(spec, str):
        raise TypeError('format arg must be str')
    i = 0
    n = len(spec)
    fill = ' '
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == 'z':
        no_neg_zero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = None
    if i < n and spec[i] in 'eEfFgGn%':
        kind = spec[i]
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    if zero and align is None:
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    return fill, align, sign, no_neg_zero, width, grouping, precision, kind


def _format(d, spec):
    fill, align, signopt, no_neg_zero, width, grouping, precision, kind = \
        _parse_spec(spec)
    ctx = getcontext()
    negative = d._sign == 1
    if d._kind != _FINITE:
        body = _to_sci(_abs_copy(d), 1)
    else:
        if kind == '%':
            d = _make(d._sign, d._int, d._exp + 2)
        body = _format_number(_abs_copy(d), kind, precision, ctx,
                              d._sign)
        if no_neg_zero and negative and set(body) <= set('0.'):
            negative = False
        if no_neg_zero and negative and body.strip('0.').startswith(('e',
                                                                      'E')):
            negative = False
        if grouping:
            body = _group(body, fill == '0' and align == '=', width,
                          negative or signopt in '+ ')
    if negative:
        prefix = '-'
    elif signopt == '+':
        prefix = '+'
    elif signopt == ' ':
        prefix = ' '
    else:
        prefix = ''
    total = len(prefix) + len(body)
    pad = max(0, width - total)
    if align == '<':
        return prefix + body + fill * pad
    if align == '>':
        return fill * pad + prefix + body
    if align == '=':
        return prefix + fill * pad + body
    left = pad // 2
    return fill * left + prefix + body + fill * (pad - left)


def _group(body, zero_fill, width, has_sign):
    # Commas between groups of three integer digits; with zero padding the
    # padded integer part is grouped too.
    point = len(body)
    for i, ch in enumerate(body):
        if not ch.isdigit():
            point = i
            break
    intpart = body[:point]
    rest = body[point:]
    if zero_fill:
        want = width - len(rest) - (1 if has_sign else 0)
        while len(_commas(intpart)) < want:
            intpart = '0' + intpart
        grouped = _commas(intpart)
        if len(grouped) > want and len(grouped) > len(_commas(
                intpart.lstrip('0') or '0')) and grouped[0] == ',':
            grouped = grouped[1:]
        return grouped + rest
    return _commas(intpart) + rest


def _commas(digits):
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return ','.join(reversed(groups))


def _format_number(d, kind, precision, ctx, sign):
    rounding = ctx.rounding
    if kind in ('f', 'F', '%'):
        if precision is not None:
            coeff, _ = _round_int(sign, d._int, -precision - d._exp,
                                  rounding) if -precision > d._exp else \
                (d._int * 10 ** (d._exp + precision), False)
            d = _make(0, coeff, -precision)
        text = _fixed(d)
        return text + ('%' if kind == '%' else '')
    if kind in ('e', 'E'):
        if precision is not None and d._int == 0:
            body = '0' + ('.' + '0' * precision if precision else '')
            return body + kind + ('%+d' % (d._exp + precision))
        if precision is not None:
            d = _round_sig(d, precision + 1, rounding, sign, pad=True)
        digits = str(d._int)
        adj = d._exp + len(digits) - 1
        body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        return body + kind + ('%+d' % adj)
    # 'g', 'G', 'n' and no type.
    if precision is not None:
        p = max(precision, 1)
        if _ndigits(d._int) > p:
            d = _round_sig(d, p, rounding, sign)
    if kind is None:
        return _to_sci(d, ctx.capitals)
    text = _to_sci(d, 1)
    if kind == 'g' or kind == 'n':
        text = text.replace('E', 'e')
    return text


def _round_sig(d, p, rounding, sign, pad=False):
    digits = _ndigits(d._int)
    if digits > p:
        coeff, _ = _round_int(sign, d._int, digits - p, rounding)
        exp = d._exp + digits - p
        if _ndigits(coeff) > p:
            coeff //= 10
            exp += 1
        return _make(0, coeff, exp)
    if pad and digits < p:
        if d._int == 0:
            # 0.000e+N keeps the exponent of the unpadded zero.
            return _make(0, 0, d._exp - (p - 1))
        return _make(0, d._int * 10 ** (p - digits), d._exp - (p - digits))
    return d


def _fixed(d):
    digits = str(d._int)
    if d._exp >= 0:
        return digits + ('0' * d._exp if d._int else '')
    point = len(digits) + d._exp
    if point <= 0:
        return '0.' + '0' * (-point) + digits
    return digits[:point] + '.' + digits[point:]


# ---------------------------------------------------------------------------
# Contexts.

class _SignalDict(object):
    # A context's flags or traps: a mapping from each signal to a bool.
    __slots__ = ('_values', '_invalid_bit')

    def __init__(self, on=()):
        self._values = {s: (s in on) for s in _SIGNALS}
        self._invalid_bit = 2 if InvalidOperation in on else 0

    def __getitem__(self, key):
        if key not in self._values:
            raise KeyError(_SIGNALS_MSG)
        return self._values[key]

    def __setitem__(self, key, value):
        if key not in self._values:
            raise KeyError(_SIGNALS_MSG)
        self._values[key] = bool(value)
        if key is InvalidOperation:
            self._invalid_bit = 2 if value else 0

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in self._values

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def get(self, key, default=None):
        return self._values.get(key, default)

    def copy(self):
        return dict(self._values)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._values == other._values
        if isinstance(other, dict):
            return self._values == other
        return NotImplemented

    def __repr__(self):
        parts = ['%r:%s' % (k, v) for k, v in self._values.items()]
        return '{' + ', '.join(parts) + '}'

    def _set(self, on):
        for s in _SIGNALS:
            self._values[s] = s in on
        self._invalid_bit = 2 if InvalidOperation in on else 0

    def _names(self):
        # The set signals in status-bit order, for Context.__repr__.
        ranked = [(bit, s) for s, bit in _STATUS_BITS if self._values[s]]
        if self._values[InvalidOperation]:
            ranked.append((self._invalid_bit or 2, InvalidOperation))
        return [s.__name__ for _, s in sorted(ranked, key=lambda p: p[0])]


def _int_field(value, name):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(value)


def _signal_set(value):
    # The signals a flags/traps argument turns on.
    if isinstance(value, _SignalDict):
        return [s for s in _SIGNALS if value[s]]
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(k not in _SIGNALS
                                              for k in value):
            raise KeyError('invalid signal dict')
        return [s for s in _SIGNALS if value[s]]
    if isinstance(value, (list, tuple, set, frozenset)):
        on = []
        for s in value:
            if s not in _SIGNALS:
                raise KeyError(_SIGNALS_MSG)
            on.append(s)
        return on
    raise TypeError('argument must be a signal dict')


class Context(object):
    """The context affects almost all operations and controls rounding,
Over/Underflow, raising of exceptions and much more.  A new context
can be constructed as follows:

    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,
    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,
    ...             traps=[InvalidOperation, DivisionByZero, Overflow],
    ...             flags=[])
    >>>

"""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals',
                 '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        template = _DEFAULT_TEMPLATE
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._emin = -999999
        self._emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = _SignalDict()
        self._traps = _SignalDict((InvalidOperation, DivisionByZero,
                                   Overflow))
        if template is not None:
            self._prec = template._prec
            self._rounding = template._rounding
            self._emin = template._emin
            self._emax = template._emax
            self._capitals = template._capitals
            self._clamp = template._clamp
            self._traps._set([s for s in _SIGNALS if template._traps[s]])
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps._set(_signal_set(traps))
        if flags is not None:
            self._flags._set(_signal_set(flags))

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _int_field(value, 'prec')
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        self._rounding = value

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        value = _int_field(value, 'Emin')
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._emin = value

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        value = _int_field(value, 'Emax')
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _int_field(value, 'capitals')
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _int_field(value, 'clamp')
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags._set(_signal_set(value))

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps._set(_signal_set(value))

    def __repr__(self):
        flags = self._flags._names()
        traps = self._traps._names()
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._emin, self._emax,
                   self._capitals, self._clamp, ', '.join(flags),
                   ', '.join(traps)))

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._emin,
                          self._emax, self._capitals, self._clamp,
                          [s for s in _SIGNALS if self._flags[s]],
                          [s for s in _SIGNALS if self._traps[s]]))

    def _signal(self, conds, trap=True):
        # Record the conditions of one operation; raise the first trapped
        # signal with the list of trapped conditions.
        if not conds:
            return
        raised = set()
        for cond in conds:
            raised.add(cond)
            if cond in _SUBCONDITIONS:
                raised.add(InvalidOperation)
        for s in _SIGNALS:
            if s in raised:
                self._flags._values[s] = True
        for cond in conds:
            bit = _INVALID_BITS.get(cond)
            if bit is not None:
                old = self._flags._invalid_bit
                self._flags._invalid_bit = min(old, bit) if old else bit
        if not trap:
            return
        trapped = [s for s in _SIGNALS if s in raised and self._traps[s]]
        if not trapped:
            return
        listed = [c for c in _CONDITIONS if c in raised and
                  self._traps[InvalidOperation if c in _SUBCONDITIONS
                              else c]]
        if InvalidOperation in listed and any(c in raised for c in
                                              _SUBCONDITIONS):
            if InvalidOperation not in conds:
                listed.remove(InvalidOperation)
        raise trapped[0](listed)

    def copy(self):
        c = Context.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._emin = self._emin
        c._emax = self._emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = _SignalDict([s for s in _SIGNALS if self._flags[s]])
        c._flags._invalid_bit = self._flags._invalid_bit
        c._traps = _SignalDict([s for s in _SIGNALS if self._traps[s]])
        return c

    __copy__ = copy

    def clear_flags(self):
        self._flags._set(())

    def clear_traps(self):
        self._traps._set(())

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return _make(0, 10, 0)

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            d = _parse(num)
            if d is None:
                self._signal([ConversionSyntax])
                return _make(0, 0, 0, _QNAN)
        else:
            d = _construct(num, self)
        if d._kind in (_QNAN, _SNAN):
            if not _nan_payload_ok(d, self):
                self._signal([ConversionSyntax])
                return _make(0, 0, 0, _QNAN)
            return d
        if d._kind == _INF:
            return d
        conds = []
        result = _finish(d._sign, d._int, d._exp, self, conds)
        self._signal(conds)
        return result

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._kind != _FINITE:
            return d
        conds = []
        result = _finish(d._sign, d._int, d._exp, self, conds)
        self._signal(conds)
        return result

    def _apply1(self, fn, a):
        a = _convert(a, self)
        conds = []
        result = fn(a, self, conds)
        self._signal(conds)
        return result

    def _apply2(self, fn, a, b):
        a = _convert(a, self)
        b = _convert(b, self)
        conds = []
        result = fn(a, b, self, conds)
        self._signal(conds)
        return result

    def abs(self, x):
        return self._apply1(_abs, x)

    def plus(self, x):
        return self._apply1(_plus, x)

    def minus(self, x):
        return self._apply1(_minus, x)

    def exp(self, x):
        return self._apply1(_exp, x)

    def ln(self, x):
        return self._apply1(_ln, x)

    def log10(self, x):
        return self._apply1(_log10, x)

    def sqrt(self, x):
        return self._apply1(_sqrt, x)

    def normalize(self, x):
        return self._apply1(_normalize, x)

    def logb(self, x):
        return self._apply1(_logb, x)

    def next_plus(self, x):
        return self._apply1(_next_plus, x)

    def next_minus(self, x):
        return self._apply1(_next_minus, x)

    def add(self, x, y):
        return self._apply2(_add, x, y)

    def subtract(self, x, y):
        return self._apply2(_sub, x, y)

    def multiply(self, x, y):
        return self._apply2(_mul, x, y)

    def divide(self, x, y):
        return self._apply2(_div, x, y)

    def divide_int(self, x, y):
        return self._apply2(_divint, x, y)

    def remainder(self, x, y):
        return self._apply2(_rem, x, y)

    def divmod(self, x, y):
        return self._apply2(_divmod, x, y)

    def remainder_near(self, x, y):
        return self._apply2(_remainder_near, x, y)

    def compare(self, x, y):
        return self._apply2(_compare, x, y)

    def compare_signal(self, x, y):
        return self._apply2(_compare_signal, x, y)

    def scaleb(self, x, y):
        return self._apply2(_scaleb, x, y)

    def next_toward(self, x, y):
        return self._apply2(_next_toward, x, y)

    def shift(self, x, y):
        return self._apply2(_shift, x, y)

    def rotate(self, x, y):
        return self._apply2(_rotate, x, y)

    def logical_and(self, x, y):
        return self._apply2(_logical_and, x, y)

    def logical_or(self, x, y):
        return self._apply2(_logical_or, x, y)

    def logical_xor(self, x, y):
        return self._apply2(_logical_xor, x, y)

    def logical_invert(self, x):
        return self._apply1(_logical_invert, x)

    def max(self, x, y):
        return _convert(x, self).max(y, self)

    def min(self, x, y):
        return _convert(x, self).min(y, self)

    def max_mag(self, x, y):
        return _convert(x, self).max_mag(y, self)

    def min_mag(self, x, y):
        return _convert(x, self).min_mag(y, self)

    def compare_total(self, x, y):
        return _convert(x, self).compare_total(y, self)

    def compare_total_mag(self, x, y):
        return _convert(x, self).compare_total_mag(y, self)

    def power(self, a, b, modulo=None):
        a = _convert(a, self)
        b = _convert(b, self)
        if modulo is not None:
            modulo = _convert(modulo, self)
        conds = []
        result = _pow(a, b, self, conds, modulo)
        self._signal(conds)
        return result

    def fma(self, a, b, c):
        return _convert(a, self).fma(b, c, self)

    def quantize(self, a, b):
        return _convert(a, self).quantize(b, context=self)

    def to_integral_value(self, a):
        return _convert(a, self).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a, self).to_integral_exact(context=self)

    def same_quantum(self, a, b):
        return _convert(a, self).same_quantum(b, self)

    def copy_abs(self, a):
        return _abs_copy(_convert(a, self))

    def copy_negate(self, a):
        return _negated(_convert(a, self))

    def copy_sign(self, a, b):
        return _convert(a, self).copy_sign(b, self)

    def copy_decimal(self, a):
        return _convert(a, self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _convert(a, self).is_finite()

    def is_infinite(self, a):
        return _convert(a, self).is_infinite()

    def is_nan(self, a):
        return _convert(a, self).is_nan()

    def is_qnan(self, a):
        return _convert(a, self).is_qnan()

    def is_snan(self, a):
        return _convert(a, self).is_snan()

    def is_signed(self, a):
        return _convert(a, self).is_signed()

    def is_zero(self, a):
        return _convert(a, self).is_zero()

    def is_normal(self, a):
        return _convert(a, self).is_normal(self)

    def is_subnormal(self, a):
        return _convert(a, self).is_subnormal(self)

    def number_class(self, a):
        return _convert(a, self).number_class(self)

    def to_sci_string(self, a):
        return _to_sci(_convert(a, self), self._capitals)

    def to_eng_string(self, a):
        return _to_sci(_convert(a, self), self._capitals, True)


_DEFAULT_TEMPLATE = None
DefaultContext = Context()
_DEFAULT_TEMPLATE = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, traps=[], flags=[])

_current_context = _contextvars.ContextVar('decimal_context')


def getcontext(*args, **kwargs):
    if kwargs:
        raise TypeError('decimal.getcontext() takes no keyword arguments')
    if args:
        raise TypeError('decimal.getcontext() takes no arguments (%d given)'
                        % len(args))
    ctx = _current_context.get(None)
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current_context.set(ctx)
    return ctx


def setcontext(*args, **kwargs):
    if kwargs:
        raise TypeError('decimal.setcontext() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('decimal.setcontext() takes exactly one argument '
                        '(%d given)' % len(args))
    context = args[0]
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


_CONTEXT_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                   'flags', 'traps')
_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


class _LocalContext(object):
    # The manager localcontext() returns: the copy is current inside the
    # block, the outer context again after it.
    __slots__ = ('_ctx', '_outer')

    def __init__(self, ctx):
        self._ctx = ctx
        self._outer = None

    def __enter__(self):
        self._outer = getcontext()
        _current_context.set(self._ctx)
        return self._ctx

    def __exit__(self, exc_type, exc, tb):
        _current_context.set(self._outer)
        return False


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        setattr(new, key, value)
    return _LocalContext(new)


def _set_module_names():
    for obj in (Decimal, Context, DecimalException, Clamped,
                InvalidOperation, ConversionSyntax, DivisionByZero,
                DivisionImpossible, DivisionUndefined, Inexact,
                InvalidContext, Rounded, Subnormal, Overflow, Underflow,
                FloatOperation):
        obj.__module__ = 'decimal'


_set_module_names()


# ---------------------------------------------------------------------------
# Argument checking with the messages of _decimal.c's argument parsers
# (METH_NOARGS, METH_O, PyArg_ParseTuple and PyArg_ParseTupleAndKeywords),
# which differ from those of Python functions.

def _plural(n):
    return 'argument' if n == 1 else 'arguments'


def _checked(fn, qualname, style, params=(), required=0):
    name = qualname.rsplit('.', 1)[-1]

    def method(self, *args, **kwargs):
        given = len(args)
        if style == 'none':
            if args or kwargs:
                raise TypeError('%s() takes no arguments (%d given)'
                                % (qualname, given + len(kwargs)))
        elif style == 'one':
            if kwargs:
                raise TypeError('%s() takes no keyword arguments' % qualname)
            if given != 1:
                raise TypeError('%s() takes exactly one argument (%d given)'
                                % (qualname, given))
        elif style == 'pos':
            if kwargs:
                raise TypeError('%s() takes no keyword arguments' % name)
            if given > len(params):
                raise TypeError('function takes at most %d %s (%d given)'
                                % (len(params), _plural(len(params)), given))
        elif style == 'exact':
            if kwargs:
                raise TypeError('%s() takes no keyword arguments' % name)
            if given != len(params):
                raise TypeError('function takes exactly %d arguments '
                                '(%d given)' % (len(params), given))
        else:
            total = given + len(kwargs)
            if total > len(params):
                raise TypeError('function takes at most %d %s (%d given)'
                                % (len(params), _plural(len(params)), total))
            for key in kwargs:
                if key not in params:
                    raise TypeError("'%s' is an invalid keyword argument "
                                    "for this function" % key)
                if params.index(key) < given:
                    raise TypeError("argument for function given by name "
                                    "('%s') and position (%d)"
                                    % (key, params.index(key) + 1))
            for i in range(given, required):
                if params[i] not in kwargs:
                    raise TypeError("function missing required argument "
                                    "'%s' (pos %d)" % (params[i], i + 1))
        return fn(self, *args, **kwargs)

    method.__name__ = fn.__name__
    method.__doc__ = fn.__doc__
    return method


def _check_arguments():
    table = (
        (Decimal, 'none', (), 0,
         'adjusted as_tuple as_integer_ratio canonical conjugate copy_abs '
         'copy_negate is_canonical is_finite is_infinite is_nan is_qnan '
         'is_snan is_signed is_zero radix'),
        (Decimal, 'kw', ('context',), 0,
         'exp ln log10 sqrt normalize logb next_plus next_minus is_normal '
         'is_subnormal number_class to_eng_string logical_invert'),
        (Decimal, 'kw', ('other', 'context'), 1,
         'next_toward compare compare_signal max min max_mag min_mag '
         'remainder_near scaleb same_quantum copy_sign compare_total '
         'compare_total_mag shift rotate logical_and logical_or '
         'logical_xor'),
        (Decimal, 'kw', ('exp', 'rounding', 'context'), 1, 'quantize'),
        (Decimal, 'kw', ('rounding', 'context'), 0,
         'to_integral to_integral_value to_integral_exact'),
        (Decimal, 'kw', ('other', 'third', 'context'), 2, 'fma'),
        (Context, 'none', (), 0,
         'copy clear_flags clear_traps Etiny Etop radix'),
        (Context, 'one', (), 0,
         'abs plus minus exp ln log10 sqrt normalize logb next_plus '
         'next_minus to_integral to_integral_value to_integral_exact '
         'copy_abs copy_negate copy_decimal canonical is_canonical '
         'is_finite is_infinite is_nan is_qnan is_snan is_signed is_zero '
         'is_normal is_subnormal number_class to_sci_string to_eng_string '
         'create_decimal_from_float logical_invert'),
        (Context, 'exact', ('x', 'y'), 2,
         'add subtract multiply divide divide_int remainder divmod '
         'remainder_near compare compare_signal compare_total '
         'compare_total_mag max min max_mag min_mag quantize same_quantum '
         'copy_sign scaleb next_toward shift rotate logical_and '
         'logical_or logical_xor'),
        (Context, 'exact', ('a', 'b', 'c'), 3, 'fma'),
        (Context, 'kw', ('a', 'b', 'modulo'), 2, 'power'),
        (Context, 'pos', ('num',), 0, 'create_decimal'),
        (Context, 'kw', _CONTEXT_FIELDS, 0, '__init__'),
    )
    for cls, style, params, required, names in table:
        for name in names.split():
            fn = cls.__dict__[name]
            setattr(cls, name, _checked(fn, cls.__name__ + '.' + name,
                                        style, params, required))


_check_arguments()
