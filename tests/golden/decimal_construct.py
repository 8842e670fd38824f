# Decimal construction: strings, ints, floats, tuples, and misuse.
import decimal
from decimal import Decimal, getcontext, InvalidOperation, Context

texts = ['0', '-0', '1.10', '  12.5e3 ', '1_000.000_1', '.5', '5.', '-1E-7',
         '1e+10', 'Infinity', '-inf', 'NaN', 'nan123', '-sNaN7', '00012',
         '1.2345678901234567890123456789012345', '0E-20', '٣.١']
for t in texts:
    d = Decimal(t)
    print(repr(t), repr(d), str(d), d.as_tuple())

for n in [0, 7, -42, 10**30, -(2**70)]:
    print(n, repr(Decimal(n)))

for f in [0.1, -0.0, 1.5, 2.0**-10, float('inf'), float('-inf'), 1e20]:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal(float('nan'))))

for t in [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 0), (1, (4, 5), 'F'),
          (0, (1, 2), 'n'), (1, (), 'N'), [0, [3, 1], 1]]:
    print(t, repr(Decimal(t)))

print(repr(Decimal()), repr(Decimal(Decimal('3.30'))))


def attempt(f, *args):
    try:
        r = f(*args)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for bad in ['abc', '1.2.3', '', ' ', '1e', 'e5', '1__0', '_1', '1_', '++1',
            'Inf1', 'sNaNx', '1 2', '0x10']:
    attempt(Decimal, bad)
for bad in [None, [1], (1, 2), (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5),
            (0, 'ab', 0), 1j, b'1', {}]:
    attempt(Decimal, bad)
attempt(Decimal, '1', 5)
attempt(Decimal.from_float, '1.5')
attempt(Decimal.from_float, 3)

ctx = Context(traps=[])
print(repr(Decimal('junk', ctx)), ctx.flags[InvalidOperation])
print(repr(ctx.create_decimal('1.23456789012345678901234567890')))
ctx.prec = 4
print(repr(ctx.create_decimal('1.23456')), repr(ctx.create_decimal(123456)))
print(repr(ctx.create_decimal('NaN123456')), repr(ctx.create_decimal('NaN12')))
print(repr(ctx.create_decimal_from_float(0.1)))
print(repr(ctx.create_decimal()), repr(ctx.create_decimal('-Inf')))

d = Decimal('-123.4500')
print(d.as_tuple(), d.as_integer_ratio(), d.adjusted(), int(d), float(d))
print(d.is_signed(), d.is_zero(), d.is_finite(), d.is_nan(), d.is_qnan(),
      d.is_snan(), d.is_infinite(), d.is_normal(), d.is_subnormal())
print(Decimal('1E-999999').is_subnormal(), Decimal('1E-999998').is_normal())
for t in ['1', '-0', 'inf', '-inf', 'nan', 'snan', '1e-1000000', '-5e-999999']:
    print(t, Decimal(t).number_class())
print(Decimal(5).real, Decimal(5).imag, Decimal(5).conjugate(), Decimal(5).radix())
print(Decimal('1.5').copy_sign(Decimal('-0')), Decimal('-2').copy_abs(),
      Decimal('2').copy_negate(), Decimal(3).copy_sign(-1))
print(Decimal('123E+1').to_eng_string(), Decimal('0.000001234').to_eng_string(),
      Decimal('12345E-10').to_eng_string(), Decimal('0E+4').to_eng_string())
for bad in ['inf', 'nan', 'snan']:
    attempt(int, Decimal(bad))
    attempt(Decimal(bad).as_integer_ratio)
attempt(float, Decimal('snan'))
print(type(Decimal(1)), type(Decimal(1)).__name__, Decimal.__module__)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
