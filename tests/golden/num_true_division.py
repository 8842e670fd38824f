# int / int is the exact quotient rounded once to the nearest float.
print((10**30 + 1) / 10**15, 10**20 / 3, (2**64 + 1) / 3, (2**63 - 1) / 1)
print(1 / 10**400, -1 / 10**400, 0 / -5, 0 / 10**400, -(0 / -10**400))
print(2**1023 * 3 // 2 / 1, (2**1024 - 2**971) / 1, (2**1024 - 2**970 - 1) / 1, 10**308 / 10**-0)
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076, 2**-1074 == 1 / 2**1074)
print(-4430297803371949 / 3, -5367726245834653 / 3, 123456789 / 1000)
print(divmod(10**20, 7.0), 10**20 // 7.0, (2**63 + 1) % 1.5)
print(3**200 / 7**100, -(7**300) / 3**500, 10**400 / 10**399)

for bad in [lambda: 10**400 / 1, lambda: -(10**400) / 10**10, lambda: 2**1024 / 1, lambda: (2**1024 - 2**970) / 1,
            lambda: float(10**400), lambda: 10**400 * 1.0, lambda: 1.0 + 10**400,
            lambda: 5 / 0, lambda: 10**20 / 0, lambda: 10**20 % 0, lambda: 10**20 // 0,
            lambda: pow(2, -10**400), lambda: pow(10**400, -1), lambda: 0 ** -1,
            lambda: (10**400).__truediv__(1), lambda: (1).__rtruediv__(10**400)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

import random
random.seed(11)
vals = [1, -1, 3, 7, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 10**30 + 1, 3**200, 2**1023]
for _ in range(400):
    vals.append(random.getrandbits(random.choice([10, 53, 54, 64, 70, 200, 1000, 1100]))
                * random.choice([1, -1]) + random.choice([-1, 0, 1]) or 1)
results = []
for i, a in enumerate(vals):
    b = vals[(i * 7 + 3) % len(vals)]
    for x, y in [(a, b), (b, a), (a, 3), (a, 10**20 + 7), (1, a)]:
        try:
            results.append(repr(x / y))
        except OverflowError:
            results.append('overflow')
print(len(results), results.count('overflow'))
print(results[::40])
digest = 0
for s in results:
    for ch in s:
        digest = (digest * 131 + ord(ch)) % (2**61 - 1)
print(digest)

# Float powers with infinite exponents are never errors.
for base in [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, float('inf'), float('-inf')]:
    print(base, [base ** e for e in (float('inf'), float('-inf'))])
for bad in [lambda: 0.0 ** -1.0, lambda: 0.0 ** -1, lambda: (-0.0) ** -3, lambda: 0 ** -2.5]:
    try:
        print(bad())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
