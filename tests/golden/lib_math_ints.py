import math
print(math.hypot(3,4), math.hypot(1,2,3), math.isclose(0.1+0.2, 0.3), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.lcm(), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1,2,3,4]), math.prod([1.5, 2]), math.prod([]))
