# round() rounds the exact value, half to even, at any decimal place.
def show(*args):
    try:
        print(repr(round(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for args in [(0.125, 2), (0.375, 2), (2.5, 0), (0.5, 0), (-0.5, 0), (1.5, 0), (2.675, 2),
             (1e300, -300), (1.5e300, -300), (2.5e300, -300), (1.7e308, -308), (1.7e308, -309),
             (-1.7e308, -309), (1.7976931348623157e308, -307), (1.5, 10**20), (1.5, -10**20),
             (-1.5, -10**20), (5, 10**20), (5, 2**63), (123.456, -1), (125.0, -1), (135.0, -1),
             (-125.0, -1), (5e-324, 323), (5e-324, 324), (1.23456789e-300, 305),
             (float('inf'), 2), (float('-inf'), -2), (float('nan'), -2), (0.0, -5), (-0.0, 3),
             (-4.0, -1), (-0.4, 0), (1.5, None), (15, -1), (25, -1), (-25, -1), (35, -1),
             (2**63 + 5, -1), (-2**63 - 5, -1), (2**63 - 1, -1), (-2**63, -1), (True, -1), (True, 2),
             (10**400 + 5 * 10**200, -201), (10**20, -25), (5 * 10**24, -25), (15 * 10**24, -25),
             (1.5, 1.0), ('a',), (1.5, 'a'), (2.5,), (-2.5,), (3.5,), (1e300,), (float('inf'),),
             (float('nan'),), ()]:
    show(*args)
print(round(ndigits=1, number=2.25), round(number=7))

import random
random.seed(9)
out = []
for _ in range(1500):
    x = random.choice([random.random() * 10 ** random.randint(-20, 20),
                       random.getrandbits(60) / 2 ** random.randint(0, 70),
                       random.randint(-10**6, 10**6) / 8, random.random() * 10 ** random.randint(-320, 308)])
    n = random.randint(-25, 25)
    out.append(repr(round(x, n)))
    out.append(repr(round(-x, n)))
i = random.getrandbits(200)
out.extend(repr(round(i * s, n)) for s in (1, -1) for n in range(-70, 3))
digest = 0
for s in out:
    for ch in s:
        digest = (digest * 131 + ord(ch)) % (2**61 - 1)
print(len(out), digest)
print(out[::150])
for call in [lambda: round(1.5, 2, 3), lambda: round(1.5, 2, ndigits=3), lambda: round(1.5, x=1),
             lambda: round(1.5, number=2)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
