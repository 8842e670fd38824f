# sqrt, exp, ln, log10 and power: correctly rounded at several precisions.
from decimal import (Decimal as D, Context, localcontext, getcontext,
                     InvalidOperation, ROUND_UP, ROUND_DOWN, ROUND_FLOOR)

vals = ['2', '0.5', '10', '1E-10', '123456.789', '0.999999', '1.000001', '7E+50']
for prec in [1, 5, 16, 28, 40]:
    c = Context(prec=prec)
    print(prec)
    for v in vals:
        d = D(v)
        print(' ', v, c.sqrt(d), c.exp(D(v[:4])) if len(v) < 8 else '-',
              c.ln(d), c.log10(d))

for v in ['0', '-0', '4', '0.04', '1E-8', '1.00', '100', '2.25E+6', 'inf']:
    print('sqrt', v, D(v).sqrt())
for v in ['0', '1', '-1', '0.001', '-20', '100', 'inf', '-inf', '1E-30']:
    print('exp', v, D(v).exp())
for v in ['1', '1.0', '10', '100', '0.001', '1E+20', 'inf', '2.718281828']:
    print('ln/log10', v, D(v).ln(), D(v).log10())
for mode in [ROUND_UP, ROUND_DOWN, ROUND_FLOOR]:
    c = Context(prec=6, rounding=mode)
    print(mode, c.sqrt(2), c.exp(1), c.ln(3), c.log10(7), c.power(2, D('0.5')),
          c.power(3, 40), c.power(D('1.1'), -3))

print(D(2) ** D('0.5'), D(4) ** D('0.5'), D('0.25') ** D('0.5'),
      D(8) ** D('1.5'), D(10) ** D('-2.5'), D('1.5') ** D('2.5'))
print(D(2) ** 64, D(2) ** -3, D('1.0') ** 3, D('-2') ** -3, D(0) ** 5,
      D(0) ** -1, D('-0') ** 3, D(7) ** 0, D('inf') ** -1, D('inf') ** 2,
      D('-inf') ** 3, D('0.5') ** D('inf'), D(2) ** D('-inf'))
print(pow(D(3), 100, 7), pow(D(-5), 3, 13), pow(D(2), D(10), D(1000)))
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(3).log10(), D(2) ** D('0.3'))


def attempt(f, *args):
    try:
        print('ok', f(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt(D(-1).sqrt)
attempt(D(-1).ln)
attempt(D(0).ln)
attempt(D(-5).log10)
attempt(lambda: D(-8) ** D('0.5'))
attempt(lambda: D(0) ** 0)
attempt(lambda: D(10) ** D('1E+10'))
attempt(lambda: pow(D(2), D('0.5'), 7))
attempt(lambda: pow(D(2), -1, 7))
attempt(D(1).sqrt, 5)
attempt(D('snan').exp)
ctx = Context(traps=[])
print(ctx.sqrt(-4), ctx.ln(-1), ctx.log10(0), ctx.exp(D('1E+10')),
      ctx.exp(D('-1E+10')), ctx.power(-8, D('1') / 3), ctx.flags[InvalidOperation])
