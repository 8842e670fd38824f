# Comparisons with int, float and Fraction; hashing; FloatOperation.
from decimal import (Decimal as D, getcontext, localcontext, Context,
                     FloatOperation, InvalidOperation)
from fractions import Fraction as F
import sys

pairs = [(D('1.0'), D('1')), (D('1.5'), D('1.50')), (D('-0'), D('0')),
         (D('2'), D('10')), (D('-inf'), D('-1E+999999')), (D('inf'), D('inf'))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)

print(D(3) == 3, D('3.0') == 3, 3 == D(3), D(3) < 4, 5 > D('4.9'), D(2) >= 2)
print(D('0.5') == F(1, 2), D('0.1') == F(1, 10), D('1.5') > F(4, 3),
      F(1, 3) < D('0.34'), D('nan') == F(1, 2))
print(D(1) == 1 + 0j, D(1) == 1j, D(1) != 'a', D(1) == None, D(1) == [1])

ctx = getcontext()
ctx.clear_flags()
print(D('0.5') == 0.5, D('0.1') == 0.1, ctx.flags[FloatOperation])
ctx.clear_flags()
print(D('0.5') < 0.75, ctx.flags[FloatOperation])
ctx.clear_flags()
D(0.5)
print(ctx.flags[FloatOperation])
ctx.clear_flags()
D.from_float(0.5)
print(ctx.flags[FloatOperation])

with localcontext() as c:
    c.traps[FloatOperation] = True
    print(D('0.5') == 0.5, D('0.5') != 0.25)
    for f in [lambda: D('0.5') < 0.75, lambda: D(0.5),
              lambda: D('1') >= 1.0, lambda: c.create_decimal(0.5)]:
        try:
            print(f())
        except FloatOperation as e:
            print('FloatOperation', e, isinstance(e, TypeError))
    print(D.from_float(0.25), c.create_decimal_from_float(0.25))

nan = D('nan')
print(nan == nan, nan != nan, nan == 1, D('snan') != 1 if False else '-')
for f in [lambda: nan < 1, lambda: 1 >= nan, lambda: D('snan') == 1,
          lambda: D(1) < D('-snan'), lambda: D(1) < 'a', lambda: D(1) < 1j,
          lambda: D(1) > None]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with localcontext(Context(traps=[])) as c:
    print(nan < 1, nan >= nan, c.flags[InvalidOperation])

M = sys.hash_info.modulus
for v in ['0', '-0', '1', '-1', '1.5', '0.1', '1E+30', '123.456', '-2.5E-10',
          'inf', '-inf', '1E+1000', '3.000', str(M), str(M + 1), '-1E-50']:
    d = D(v)
    ref = None
    if d.is_finite():
        n, den = d.as_integer_ratio()
        ref = hash(F(n, den))
    else:
        ref = hash(float(v))
    print(v, hash(d) == ref)
print(hash(D(7)) == hash(7), hash(D('0.5')) == hash(0.5), hash(D(-1)) == -2)
print(len({D('1'), D('1.0'), D('1.00'), 1, 1.0}), {D('0.5'): 'a'}[F(1, 2)])
try:
    hash(D('snan'))
except TypeError as e:
    print('TypeError', e)
print(hash(D('nan')) == hash(D('nan')) or True)
print(sorted([D('2.5'), D(1), D('-3'), D('1.0'), D('0.001')]),
      max(D(1), D('1.0')), min(D('2'), 3), sorted([3, D('2.5'), F(1, 2), 1.0]))
