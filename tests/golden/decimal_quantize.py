# quantize, to_integral*, normalize, round() in every rounding mode.
from decimal import (Decimal as D, Context, localcontext, getcontext,
                     InvalidOperation, Inexact, Rounded, ROUND_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
import math

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
values = ['1.005', '1.015', '-1.005', '2.675', '-2.665', '0.004', '9.995',
          '1.0551', '-0.0049', '7']
for mode in MODES:
    print(mode.ljust(16), ' '.join(str(D(v).quantize(D('0.01'), rounding=mode))
                                   for v in values))
    print(' ' * 16, ' '.join(str(D(v).to_integral_value(rounding=mode))
                             for v in ['2.5', '-2.5', '3.5', '0.1', '-0.9',
                                       '1.51', '15', '1E+2', '-0.5']))

print(D('123.456').quantize(D('1E+1')), D('123.456').quantize(D('1e-5')),
      D('-0').quantize(D('0.001')), D('0.0001234').quantize(D('1E-10')),
      D('inf').quantize(D('inf')), D('1.5').quantize(1))
c = Context(prec=5, traps=[])
for x, e in [('123456', '1'), ('1.5', 'inf'), ('inf', '1'), ('1', '1E+1000000'),
             ('12345.6', '0.1'), ('nan', '1'), ('1', 'nan'), ('1', 'snan')]:
    r = c.quantize(D(x), D(e))
    print(x, e, repr(r), c.flags[InvalidOperation])
    c.clear_flags()


def attempt(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(D('123456789').quantize, D('0.01'), context=Context(prec=5))
attempt(D('1').quantize, '0.1')
attempt(D('1').quantize, 0.1)
attempt(D('1').quantize, D('0.1'), rounding='ROUND_SIDEWAYS')
attempt(D('1').quantize, D('0.1'), rounding=3)
attempt(D('1').quantize, D('0.1'), context=5)
attempt(D('1').to_integral_value, rounding='up')

ctx = Context()
print(D('2.50').to_integral_exact(context=ctx), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(D('2.00').to_integral_exact(context=ctx), ctx.flags[Inexact], ctx.flags[Rounded])
print(D('7.5').to_integral(), D('-7.5').to_integral(ROUND_FLOOR), D('snan').is_snan())
for v in ['120.000', '-0.00', '1E+3', '0.010', '1234567890123456789012345678900', 'inf']:
    print(v, D(v).normalize(), Context(prec=3).normalize(D(v)))

for v in ['2.5', '3.5', '-2.5', '0.4999', '1E+3', '-7.1', '123.456']:
    d = D(v)
    print(v, round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d),
          math.trunc(d), int(d))
with localcontext(rounding=ROUND_DOWN):
    print(round(D('2.67'), 1), round(D('2.5')), D('2.67').quantize(D('0.1')))
attempt(round, D('nan'))
attempt(round, D('inf'))
attempt(round, D('1.5'), '1')
attempt(round, D('nan'), 2)
attempt(math.floor, D('-inf'))
attempt(round, D('123456'), -10)
attempt(round, D('1.23456789'), 40)
