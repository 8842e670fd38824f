# Contexts: attributes, validation, flags and traps, localcontext, tasks.
import asyncio
import decimal
from decimal import *
from decimal import Decimal as D

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context(prec=10, rounding=ROUND_UP, Emin=-50, Emax=50, capitals=0,
              clamp=1, flags=[Inexact], traps=[Overflow]))
print(getcontext().flags)
c = Context()
c.flags[Rounded] = True
print(c.flags[Rounded], len(c.flags), Rounded in c.traps, c.Etiny(), c.Etop())
print(sorted(k.__name__ for k in c.traps.keys()))


def attempt(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


for name, value in [('prec', 0), ('prec', 'x'), ('prec', 10**20), ('Emax', -1),
                    ('Emin', 1), ('capitals', 2), ('clamp', -1),
                    ('rounding', 'ROUND_SIDEWAYS'), ('rounding', 1)]:
    attempt(setattr, c, name, value)
attempt(setattr, c, 'foo', 1)
attempt(c.flags.__setitem__, 'x', True)
attempt(c.traps.__getitem__, ValueError)
attempt(Context, flags=1)
attempt(Context, prec=-3)
attempt(setcontext, 'ctx')
attempt(localcontext, foo=1)
attempt(localcontext, prec='a')
attempt(localcontext, 5)

for sig in [Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext,
            Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    print(sig.__name__, [k.__name__ for k in sig.__mro__[1:-3]])

ctx = Context(prec=3, Emax=5, Emin=-5, traps=[])
for f in [lambda: ctx.divide(1, 3), lambda: ctx.multiply(999, 10**5),
          lambda: ctx.divide(1, 0), lambda: ctx.divide(0, 0),
          lambda: ctx.divide(D('1e-7'), 3), lambda: ctx.create_decimal('bad'),
          lambda: ctx.add(D('1.23'), D('0.001')), lambda: ctx.plus(D('1e-9')),
          lambda: ctx.sqrt(-1), lambda: ctx.divide_int(D('1e5'), D('1e-3'))]:
    ctx.clear_flags()
    r = f()
    print(repr(r), sorted(k.__name__ for k, v in ctx.flags.items() if v))

for traps in [[Inexact], [Rounded, Inexact], [Overflow, Inexact, Rounded],
              [Underflow, Subnormal], [Clamped], [DivisionByZero],
              [InvalidOperation]]:
    ctx = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=traps)
    for f in [lambda: ctx.divide(1, 3), lambda: ctx.multiply(999, 10**5),
              lambda: ctx.divide(D('1e-7'), 3), lambda: ctx.create_decimal('1E+5'),
              lambda: ctx.divide(5, 0), lambda: ctx.divide(0, 0),
              lambda: ctx.create_decimal('x1')]:
        try:
            print(repr(f()), end=' ')
        except DecimalException as e:
            print('|', type(e).__name__, e, end=' ')
    print()

with localcontext() as lc:
    lc.prec = 6
    print(D(2).sqrt(), getcontext() is lc)
with localcontext(prec=4, rounding=ROUND_FLOOR, traps=[]) as lc:
    print(D(-2).sqrt(), D(2) / 3, -D(2) / 3, lc)
with localcontext(ExtendedContext) as lc:
    print(D(1) / 0, lc.flags[DivisionByZero])
print(getcontext().prec, D(2).sqrt())
setcontext(BasicContext)
print(getcontext(), getcontext() is BasicContext)
setcontext(DefaultContext)


async def work(name, prec, delay):
    getcontext().prec = prec
    await asyncio.sleep(delay)
    r = D(1) / 7
    with localcontext(prec=prec + 2):
        await asyncio.sleep(delay)
        s = D(1) / 7
    return name, r, s, getcontext().prec


async def main():
    getcontext().prec = 10
    results = await asyncio.gather(work('a', 3, 0.02), work('b', 6, 0.01),
                                   work('c', 9, 0))
    for r in results:
        print(*r)
    print('main', getcontext().prec, D(1) / 7)

asyncio.run(main())
print('outer', getcontext().prec)
c2 = getcontext().copy()
c2.prec = 2
print(c2.prec != getcontext().prec, c2.flags == getcontext().flags)
c2.clear_traps()
print(c2.traps[InvalidOperation], c2, c2.radix())
for ops in [['0/0', 'bad'], ['sqrt'], ['sqrt', '0/0', '1/3'], ['1/3', 'sqrt']]:
    c3 = Context(traps=[])
    for op in ops:
        if op == '0/0':
            c3.divide(0, 0)
        elif op == 'bad':
            c3.create_decimal('bad')
        elif op == 'sqrt':
            c3.sqrt(-1)
        else:
            c3.divide(1, 3)
    print(c3)
    c3.flags[InvalidOperation] = True
    print(c3.flags, c3.copy())
