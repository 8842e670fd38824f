# Misuse: wrong arity, wrong types and bad keywords, with _decimal's messages.
from decimal import *
D = Decimal
c = Context()


def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in [lambda: D(1).quantize(), lambda: D(1).sqrt(1, 2), lambda: c.add(1),
          lambda: c.add(1, 2, 3), lambda: D(1, 2, 3), lambda: getcontext(1),
          lambda: c.sqrt(), lambda: D(1).compare(), lambda: D(1).exp(context=1),
          lambda: D(1).max(2, 3, 4), lambda: D(1).quantize(D(1), foo=1),
          lambda: c.power(1), lambda: D(1).fma(1), lambda: c.fma(1),
          lambda: c.quantize(1), lambda: c.is_zero(), lambda: c.create_decimal(1, 2),
          lambda: c.add(x=1, y=2), lambda: c.sqrt(x=1), lambda: D(1).fma(1, 2, 3, 4),
          lambda: c.power(1, 2, 3, 4), lambda: c.copy(1), lambda: D(1).is_zero(1),
          lambda: D(1).copy_sign(), lambda: D(1).adjusted(1), lambda: c.Etiny(1),
          lambda: D(1).to_integral(1, 2, 3), lambda: D(1).is_normal(1, 2),
          lambda: setcontext(), lambda: D(1).quantize(D(1), exp=D(2)),
          lambda: D(value='2.5'), lambda: D('1', context=c, value='2'),
          lambda: D(1).quantize(exp=D('0.1'), rounding=ROUND_UP),
          lambda: c.power(a=2, b=3), lambda: c.create_decimal(num='7.5'),
          lambda: D(1).compare(other=2), lambda: D(1).compare(2, context='c'),
          lambda: D(1).to_integral_exact(rounding=ROUND_UP, context=c)]:
    attempt(f)

for bad in [1.5, '1', None, [1], 1j]:
    attempt(lambda: c.add(1, bad))
    attempt(lambda: D(1).compare(bad))
    attempt(lambda: c.sqrt(bad))
attempt(lambda: D(1) + 1.5)
attempt(lambda: 1.5 * D(1))
attempt(lambda: D(1) ** 0.5)
attempt(lambda: 'x' + D(1))
attempt(lambda: divmod(D(1), 'x'))
attempt(lambda: pow(D(2), 3, 1.5))
attempt(lambda: D(1) < 'a')
attempt(lambda: [D(1)] * D(2))


attempt(lambda: D('abc'))
attempt(lambda: D('1.5.5'))
attempt(lambda: c.create_decimal('NaN' + '1' * 40))
attempt(lambda: Context(prec=0))
attempt(lambda: Context(Emax=-1))
attempt(lambda: Context(rounding=3))
attempt(lambda: Context(1, 2, 3, 4, 5, 6, 7, 8, 9))
attempt(lambda: Context(traps=[ValueError]))
attempt(lambda: setcontext(None))
attempt(lambda: localcontext(prec=0))
attempt(lambda: D(1).__round__('x'))
attempt(lambda: hash(D('sNaN')))
attempt(lambda: int(D('-inf')))
attempt(lambda: D('nan').__floor__())
