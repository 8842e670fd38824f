# math functions on ints too large for a float, and floats near the limits.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for n in [2**1000, 2**1023, 2**1024, 2**2000, 10**400, 3**1000, 2**1024 - 1, 10**308, 7, True]:
    show(math.log2, n)
    show(math.log10, n)
    show(math.log, n)
    show(math.log, n, 2)
    show(math.log, n, 10**400)
for bad in [0, -1, -10**400, 0.0, -0.5, float('-inf')]:
    show(math.log, bad)
    show(math.log2, bad)
show(math.log10, float('nan'))
show(math.log, float('inf'))
show(math.log, 10, 1)
show(math.log, 1, 1)
show(math.log, 'a')
show(math.log)
show(math.log2, 1, 2)

show(math.hypot, 1e308, 1e308)
show(math.hypot, 1.7e308, 1.7e308, 1e300)
show(math.hypot, 8.98846567431158e307, 8.98846567431158e307)
show(math.hypot, 3, 4)
show(math.hypot)
show(math.hypot, 1e-320, 1e-320)
show(math.hypot, float('inf'), float('nan'))
show(math.hypot, 3, 4, 12)
show(math.hypot, 10**400, 1)
show(math.hypot, 2**1000, 2**1000)
show(math.hypot, 'a')
show(math.dist, [1e308, 0], [-1e308, 0])
show(math.dist, [1e308, 1e308], [-1e307, 0])

show(math.sqrt, 10**400)
show(math.sqrt, 2**1000)
show(math.sqrt, -1)
show(lambda: math.isqrt(10**400) == 10**200)
show(math.isqrt, 2**127)
show(math.isqrt, -1)
show(math.isqrt, 1.5)
show(lambda: math.floor(1e300) == 10**300)
show(math.floor, 1.5e308)
show(math.ceil, -1.5e300)
show(lambda: math.ceil(10**400) == 10**400)
show(math.floor, float('inf'))
show(math.ceil, float('nan'))
show(math.fabs, -10**400)
show(math.fabs, -2**63)
show(math.pow, 10**400, 1)
show(math.ldexp, 1, 10**400)
show(math.ldexp, 1, -10**400)
show(math.ldexp, 1.0, 2**63)
show(math.factorial, 25)
show(math.comb, 10**20, 2)
show(math.perm, 2**64, 2)
show(math.comb, 2**64, 2**64 - 1)
show(math.prod, [2**62, 4])
show(math.fsum, [10**400])
show(math.fsum, [1e308, 1e308, -1e308])
show(math.gcd, -2**63, 0)
show(math.lcm, 2**62, 3)

import random
random.seed(2)
acc = []
for _ in range(300):
    n = random.getrandbits(random.choice([60, 900, 1023, 1024, 1025, 1100, 3000])) | 1
    acc.append((math.log2(n), math.log10(n), math.log(n)))
    x, y = random.random() * 10 ** random.randint(-320, 308), random.random() * 10 ** random.randint(-320, 308)
    acc.append((math.hypot(x, y), math.hypot(x, y, x), math.dist((x, 0), (0, y))))
digest = 0
for t in acc:
    for ch in repr(t):
        digest = (digest * 131 + ord(ch)) % (2**61 - 1)
print(len(acc), digest)
print(acc[::50])
