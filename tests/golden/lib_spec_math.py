# math: constants, rounding, powers, logarithms, trigonometry, integer
# helpers, and CPython's error messages.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf))
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.0)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.asin(1), math.acos(1), math.atan(1), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.factorial(10), math.factorial(25), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.isclose(0.1 + 0.2, 0.3))
print(math.isfinite(1e308), math.isclose(1, 1.0001, rel_tol=1e-3), round(math.cosh(1), 10), math.floor(1e20), math.ceil(-0.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.sqrt("4"), lambda: math.floor("x"), lambda: math.exp(1000),
            lambda: math.pow(10, 400), lambda: math.acos(2), lambda: math.gcd(1.5, 2), lambda: math.isqrt(-1),
            lambda: math.comb(3, -1), lambda: math.log(10, 1), lambda: math.floor(math.inf), lambda: math.ceil(math.nan)]:
    try:
        print("ok", bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
