# Decimal arithmetic at several precisions and in every rounding mode.
from decimal import (Decimal as D, Context, localcontext, getcontext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
                     ROUND_05UP, Inexact, Rounded)

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]

a, b = D('1.1'), D('2.2')
print(a + b, a - b, a * b, a / b, b / a, a // b, b % a, divmod(b, a))
print(a + 1, 1 + a, 3 - a, a * 2, 2 / D(8), 7 // D(2), 7 % D(-2),
      D(-7) // 2, D(-7) % 2, divmod(D(-7), D(2)), divmod(7, D(-2)))
print(-a, +a, abs(D('-3.50')), -D('0'), +D('-0'), abs(D('-0.00')))
print(D(2) ** 10, D('1.5') ** 3, D(2) ** -2, D('0.5') ** D(-3),
      D(10) ** 20, 3 ** D(4), pow(D(3), 4, 7), D('-2') ** 3)
print(D('1e10') + D('1e-10'), D('1.000') * D('2.00'), D('10.0') / D('4'),
      D('1.20') - D('0.20'), D('5') / D('0.5'), D('100') / D('1E+2'))

for prec in [1, 3, 6, 12, 28, 50]:
    with localcontext() as ctx:
        ctx.prec = prec
        print(prec, D(1) / 7, D(2) / 3, D('123456.789') * D('987.654321'),
              D(10) ** 30 + 1, D('9.999999999') + D('0.0000000009'))

values = ['1.25', '1.35', '-1.25', '-1.35', '2.5', '-2.5', '0.05', '1.05',
          '9.95', '-9.95', '123.456', '5.01']
for mode in MODES:
    c = Context(prec=2, rounding=mode)
    print(mode.ljust(16), ' '.join(str(c.plus(D(v))) for v in values))
    c = Context(prec=3, rounding=mode)
    print(' ' * 16, c.divide(1, 3), c.divide(-2, 3), c.multiply(D('1.23'),
          D('4.56')), c.add(D('999'), D('0.5')), c.subtract(D('-0.0005'),
          D('1.00')), c.power(2, 20))

c = Context(prec=5)
print(c.add(1, 2), c.subtract(D('1.0'), 3), c.multiply(7, D('0.1')),
      c.divide(22, 7), c.divide_int(22, 7), c.remainder(22, 7),
      c.divmod(22, 7), c.remainder_near(22, 7), c.remainder_near(20, 7),
      c.power(D('1.1'), 10), c.abs(-4), c.minus(4), c.plus(D('1.234567')))
print(c.fma(2, 3, 4), D('1.5').fma(2, D('0.25')), c.fma(D('1.11111'), 9, 1))
print(c.compare(1, 2), c.compare(2, 2), c.compare(3, 2), c.compare(D('nan'), 2))
print(c.max(1, 2), c.min(1, 2), c.max_mag(-3, 2), c.min_mag(-3, 2),
      c.max(D('nan'), 5), D(1).max(D('1.0')), D(-1).min(D('-1.00')))
print(c.scaleb(D('1.5'), 3), c.logb(D('12345')), c.next_plus(1),
      c.next_minus(1), c.next_toward(1, 2), c.next_toward(1, 0))
print(D('0.3').remainder_near(D('0.2')), D('-10').remainder_near(3))
print(D(1).compare_total(D('1.0')), D('-inf').compare_total(D('nan')),
      D('12').compare_total_mag(D('-13')), D(2).same_quantum(D(3)),
      D('2.0').same_quantum(D(3)))

inf = D('Infinity')
print(inf + 1, inf * -2, -inf - inf, 1 / inf, inf // 3, D(5) % inf, D(-5) // inf)
getcontext().traps[__import__('decimal').InvalidOperation] = False
print(inf - inf, inf * 0, D(0) / 0, inf % 1, D(5) % 0, D('nan') + 1,
      D('snan') * 2, D('-nan5') + D('nan7'), divmod(inf, 3))


def attempt(f, *args):
    try:
        print('ok', f(*args))
    except Exception as e:
        print(type(e).__name__, e)


getcontext().traps[__import__('decimal').InvalidOperation] = True
import operator
for op in [operator.add, operator.sub, operator.mul, operator.truediv,
           operator.floordiv, operator.mod, divmod, pow]:
    attempt(op, D(1), 1.5)
    attempt(op, 'x', D(1))
attempt(operator.truediv, D(1), 0)
attempt(operator.floordiv, D(1), 0)
attempt(operator.mod, D(1), 0)
attempt(operator.truediv, D(0), 0)
attempt(divmod, D(10) ** 40, D('0.1'))
attempt(c.add, '1', 2)
attempt(c.add, 1.5, 2)


