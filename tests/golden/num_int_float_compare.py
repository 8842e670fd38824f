# Ints and floats compare exactly, however large the int.
inf, nan = float('inf'), float('nan')
cases = [
    (10**400, inf), (-10**400, -inf), (10**400, 1e308), (2**53 + 1, float(2**53)),
    (2**53, float(2**53)), (2**63 - 1, 2.0**63), (2**63, 2.0**63), (-2**63, -2.0**63),
    (-2**63 - 1, -2.0**63), (2**1024, 1.7976931348623157e308), (10**400, nan),
    (2**64 + 1, 2.0**64 + 4096), (3, 3.5), (-3, -3.5), (10**20, 1e20), (10**22, 1e22),
    (10**23, 1e23), (0, -0.0), (-1, -0.5), (2**53 + 1, 2.0**53 + 2), (True, 1.0),
]
for i, f in cases:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f,
          f == i, f < i, f > i, f <= i, f >= i)
print(10**400 == float('inf'), 10**400 > 1e308, 2**53 + 1 == float(2**53))
print(max(10**400, inf), min(-10**400, -inf), sorted([2**53 + 1, 2.0**53, 2**53 - 1]))
print(2**53 + 1 in [2.0**53], 2.0**53 in [2**53], {2**53: 'a'}.get(2.0**53))
print(sorted([1e19, 2**63, 2**63 - 1, -2**64, 9.3e18, 1.5]))

import random
random.seed(3)
ints = [0, 1, -1, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 2**64, 10**20, 10**308, 10**400]
for _ in range(300):
    ints.append(random.getrandbits(random.choice([20, 52, 53, 54, 63, 64, 65, 100, 1023, 1024, 1030]))
                * random.choice([1, -1]) + random.choice([-1, 0, 1]))
flags = []
for i in ints:
    for f in [0.5, -0.5, 2.0**53, 2.0**63, -2.0**63, 1e20, 1e308, inf, -inf, nan,
              float(i) if abs(i) < 10**300 else 1.0, (float(i) if abs(i) < 10**300 else 1.0) + 1.0]:
        flags.append((i == f, i < f, i > f))
print(len(flags), sum(a for a, _, _ in flags), sum(b for _, b, _ in flags), sum(c for _, _, c in flags))
digest = 0
for a, b, c in flags:
    digest = (digest * 8 + 4 * a + 2 * b + c) % (2**61 - 1)
print(digest)

for bad in [lambda: 10**400 < 'a', lambda: 1.5 >= None, lambda: [] < 2**70]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
