import math
print(math.fsum([0.1]*10), sum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180), math.fabs(-3), math.log(10**400))
print(math.floor(10**30), math.ceil(1e20), math.modf(3.5), math.fmod(7, 3), math.isqrt(99))
print(math.hypot(1.1, 2.2, 3.3), math.hypot(0.1, 0.7), math.hypot(1e-320, 1e-320), math.dist((1, 2), (4, 6)), math.hypot(*range(1, 20)))
