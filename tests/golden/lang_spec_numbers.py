# Numbers: big ints, floor division and modulo signs, divmod, three-argument
# pow, bit operations, float reprs, banker's rounding, bools, conversions.
big = 2**100
print(big, type(big).__name__, big + 1, big * big, -big, big // 3, big % 7, big >> 90, big.bit_length())
print(2**64 - 1, -(2**63), (2**63) // -1, 10**30 // 10**15, 3**200 % 1000)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (big, -3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 100, 10**9 + 7), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(2.0, 0.5), 2**-2, (-8) ** (1 / 3) if False else "skip", 0**0, 0.0**0)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -1 >> 3, -17 >> 2, big & (2**100 - 1), big | 1, ~big)
print(int("ff", 16), int("0b101", 0), int("  42  "), int("-1_000"), int(3.99), int(-3.99), int(True))
print(float("1e3"), float(" -2.5 "), float("inf"), float("-inf"), float("nan"), float(7))
for x in [0.1 + 0.2, 1 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e22, -0.0,
          2.5, 100.0, 3.14159, 1.0e308 * 10, -1e400, float("nan"), 5e-324, 2**0.5]:
    print(repr(x), str(x), x == x)
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 12345.6789]:
    print(x, round(x), round(x, 1), round(x, 2), round(-x))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1), type(round(2.5)).__name__)
print(round(2.5, 0), type(round(2.5, 0)).__name__, round(7), round(7, 2))
print(True + True, True * 10, False - 1, True / 2, bool(0), bool(0.0), bool(-1), int(False))
print(True == 1, hash(True) == hash(1), {1: "a", True: "b"}, isinstance(True, int))
print(abs(-5), abs(-2.5), abs(big * -1), abs(True), 7 / 2, 8 / 2, -7 / 2, 1e300 * 1e10)
print(10 // 3.0, 10 % 3.0, -10 % 3.0, divmod(-10, 3.0), 2**0.5 * 2**0.5)
print(max(1, 2.5), min(-1, -1.0), 1 == 1.0, 2**53 + 1 == float(2**53 + 1), 0.1 * 3 == 0.3)
print(float(big), int(1e20), int(float(2**70)), 7 .bit_length(), (255).to_bytes(2, "big"))
print(hex(255), oct(8), bin(10), hex(-255), bin(-5), oct(0), hex(big))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:08b} {-5:+d} {5:+d} {1234567:,} {1234567:_}")
print(1_000_000, 0xFF, 0o17, 0b1010, 1e3, 1E-2, 3.0e0, .5, 5.)
print((2.0).is_integer(), (0.75).as_integer_ratio(), (10).conjugate())
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0,
            lambda: 1.0 // 0.0, lambda: 2.0 % 0, lambda: pow(2, 3, 0), lambda: pow(2, -1, 4),
            lambda: pow(2.0, 3, 5), lambda: 1 << -1, lambda: 2 ** 10000 * 1.0, lambda: float(2**1024),
            lambda: 10.0 ** 400, lambda: int(float("inf")), lambda: int(float("nan")),
            lambda: round(float("inf")), lambda: 0 ** -1, lambda: 0.0 ** -1,
            lambda: 1 + "1", lambda: "1" * 1.5, lambda: ~1.5, lambda: 1.5 & 1, lambda: divmod(1, "2"),
            lambda: round("1.5"), lambda: abs("x"), lambda: hex(1.5), lambda: bin("1"),
            lambda: int("1.5"), lambda: int(""), lambda: int("12", 1), lambda: int("z", 36) + int("9", 8),
            lambda: int(None), lambda: int([1]), lambda: float("1,5"), lambda: float(""),
            lambda: float(None), lambda: float([]), lambda: int(" 7\n"), lambda: int(12, 10)]:
    try:
        print("ok", bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
