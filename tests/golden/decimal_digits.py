# Digit-wise operations: shift, rotate, logical_*, and the smaller methods.
from decimal import Decimal as D, Context, localcontext, InvalidOperation

c = Context(prec=9, traps=[])
for a, n in [('123456789', 2), ('123456789', -3), ('12', 9), ('12', -9),
             ('-1234', 3), ('1.234', 1), ('inf', 2), ('nan', 1), ('5', 10),
             ('5', '1.5'), ('123456789012', 1)]:
    print(a, n, c.shift(D(a), D(n)), c.rotate(D(a), D(n)),
          D(a).shift(D(n), context=c), D(a).rotate(D(n), context=c))
    c.clear_flags()

for a, b in [('1100', '1010'), ('1', '11111111'), ('0', '0'), ('101', '2'),
             ('-1', '1'), ('1E+1', '1'), ('1111111111', '1')]:
    print(a, b, c.logical_and(D(a), D(b)), c.logical_or(D(a), D(b)),
          c.logical_xor(D(a), D(b)), c.logical_invert(D(a)),
          c.flags[InvalidOperation])
    c.clear_flags()
with localcontext(prec=5):
    print(D('101').logical_invert(), D(11).logical_and(D(110)),
          D(1).logical_or(10), D(1).logical_xor(D('1111')))
try:
    D(2).logical_and(D(1))
except InvalidOperation as e:
    print('InvalidOperation', e)

for v in ['12.30', '-0.0045', '7E+3', '0', 'inf', '-nan', 'sNaN']:
    d = D(v)
    print(v, d.logb(context=c), d.scaleb(2, context=c), d.next_plus(c),
          d.next_minus(c), d.next_toward(0, c), d.canonical(), d.is_canonical(),
          d.number_class(c))
print(D(5).compare_signal(D(3)), D(-1).compare_total_mag(D(1)),
      D('nan').compare_total(D('snan')), D('-0').compare_total(D(0)))
print(D('1.50').max_mag(D('-1.5')), D('1.50').min_mag(D('-1.5')),
      D('-0').max(D('0')), D('0').min(D('-0')))
print(c.Etiny(), c.Etop(), Context(prec=3, Emax=9, Emin=-9).Etiny())
ctx = Context(prec=3, Emax=9, Emin=-9, clamp=1, traps=[])
for v in ['1E+9', '12E+8', '1.23E+10', '1E-11', '1E-12', '9.995E+9']:
    print(v, repr(ctx.create_decimal(v)), sorted(k.__name__ for k, f in ctx.flags.items() if f))
    ctx.clear_flags()
