# math.frexp, ldexp, remainder, ulp and the inverse hyperbolic functions.
import math
for x in [8.0, 0.3, -5.5, 1e-310, 0.0, 1.0, 2.0**1000]:
    print(math.frexp(x), math.ulp(x))
for a, b in [(0.5, 4), (1.0, 1023), (1.0, -1080), (3.0, 0), (-1.5, 10)]:
    print(math.ldexp(a, b))
for a, b in [(10, 3), (11, 3), (-10, 3), (5, 2), (7, 2), (-7, 2), (6.5, 1), (7.5, 1), (1e300, 3.3)]:
    print(math.remainder(a, b))
print(math.acosh(2), math.asinh(1), math.atanh(0.5), math.exp2(10))
for bad in [lambda: math.ldexp(1.0, 2000), lambda: math.atanh(1), lambda: math.acosh(0), lambda: math.remainder(1, 0), lambda: math.ldexp(1, 1.5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
