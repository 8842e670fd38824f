# int() and float() parse text as CPython does: one sign, underscores only
# between digits, prefixes, whitespace, and decimal digits of any script.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['+-1', '-+1', '--1', '++1', '+1', '-1', ' -0 ', '+0', '1_000', '1__0', '_1', '1_',
          ' 12 ', '\t12\n', '\x0b12\x0c', '12 3', '- 1', '', ' ', '1e5', '1.5', '0x10', '٣',
          '١٢', '１２', '𝟏𝟐', '1١', '\xa012\u3000', '\x1c12', '12\x1f', '\u200b12',
          '123456789012345678901234567890', '-98765432109876543210', '0' * 30 + '7', '٠٠']:
    show(int, s)
for s, b in [('0x1f', 16), ('0x1f', 0), ('1f', 16), ('0X1F', 16), ('0o17', 0), ('0O17', 8),
             ('0b101', 0), ('0b101', 2), ('0b_101', 0), ('0x_1f', 16), ('0_7', 8), ('0o_7', 8),
             ('0_0', 0), ('00', 0), ('010', 0), ('0', 0), ('-0x10', 0), ('+0b1', 0), ('0x', 16),
             ('0x', 0), ('0x_', 16), ('z', 36), ('Z', 36), ('10', 37), ('10', 1), ('10', -1),
             ('9', 8), ('2', 2), ('١٢', 16), ('0x1١', 16), ('٠x1', 16), ('0b2', 0), ('0o8', 0),
             ('-0x8000000000000000', 16), ('1_0', 2), ('0x-1', 16), ('-_1', 10)]:
    show(int, s, b)
show(int, b'12')
show(int, b' -12 ')
show(int, b'+-12')
show(int, bytearray(b'0x1f'), 16)
show(int, 12, 10)
show(int, '12', '16')
show(int, 'ff', 16.0)
show(int, None)
show(int, [])
show(lambda: int('12', base=8))
show(lambda: int(x='12'))

for s in ['1_0.5', '1__0', '_1', ' 1.5 ', 'inf', '-Infinity', 'nan', '+nan', '-nAn', 'infinity ',
          'infinit', '1e500', '-1e500', '1e-500', '0x10', '1.', '.5', '.', 'e5', '1e', '1e+',
          '1.5e+3', '', '1_000.000_1', '1.5_', '1e1_0', '++1', '-+1', '+-1.5', '١٢.٥',
          '\xa01.5\u3000', '1١.5e١', '١_١', 'in١', '1.5\u200b', '\x1c1.5', '1_e5', '1._5']:
    show(float, s)
show(float, b' 2.5 ')
show(float, None)
show(float, 10**400)
show(float, -10**400)
show(float, 2**1024 - 2**970)
show(float, 2**1024 - 2**970 - 1)
