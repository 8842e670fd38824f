# random.seed: every seed type and both versions; getstate/setstate; the
# Random class, its instances and a subclass.
import random

for a in [b"bytes", bytearray(b"bytes"), b"", "bytes", "\xe9t\xe9", 0.0, -0.0, 1e300, float("inf"), 2**64 - 1, -(2**64)]:
    random.seed(a)
    print(repr(a), random.random(), random.getrandbits(20))
for a in ["abc", b"abc", "", b"", "\xe9", 17, 2.5, -4]:
    random.seed(a, version=1)
    print("v1", repr(a), random.random())
random.seed(123, version=2)
print(random.random())

random.seed(4)
st = random.getstate()
print(type(st).__name__, len(st), st[0], st[1][:3], st[1][-1], st[2])
x = [random.random() for _ in range(700)]
random.setstate(st)
print(x == [random.random() for _ in range(700)])
random.setstate([3, tuple(range(625)), None])
print(random.random())
random.setstate((2, tuple(range(624)) + (624,), 0.5))
print(random.gauss(), random.random())

r = random.Random(10)
r2 = random.Random()
r2.setstate(r.getstate())
print(r.random() == r2.random(), r.randrange(100), r2.randrange(100))
print(repr(r).startswith("<random.Random object at 0x"), type(r).__module__, random.Random.__name__)
r.seed("again")
print(r.random(), r.sample(range(50), 3), r.gauss(), r.choices("ab", k=3))


class MyRandom(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.label = "mine"

    def roll(self):
        return self.randint(1, 6)


m = MyRandom(42)
print(m.label, [m.roll() for _ in range(8)], isinstance(m, random.Random), type(m).__name__)
print(m.getrandbits(16), random.Random(42).randint(1, 6))
