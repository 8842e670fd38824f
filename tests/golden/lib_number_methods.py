for n in [0, 1, 5, -5, 255, 2**64, -(2**100), True, False]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator, n.as_integer_ratio())
for x in [0.0, -0.0, 0.5, 2.0, -3.75, 1e300, 5e-324, 2.2250738585072014e-308, 0.1, 123456.789]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.real, x.imag, x.conjugate())
print(float('inf').hex(), float('nan').hex(), float('inf').is_integer())
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x3p-1076', '  0X1.FFFFFFFFFFFFFp1023 ', 'inf', '-Infinity', 'nan', '1', '0x.8', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p+10', 'ff']:
    print(s, float.fromhex(s))
