# random's integer functions: with a seed, the same draws as CPython, bit for
# bit (randrange and friends take exactly as many getrandbits calls).
import random

for seed in [0, 1, 99, 2**40 + 3, -12, "ints"]:
    random.seed(seed)
    print(seed, [random.randrange(7) for _ in range(6)], random.randrange(3, 1000))
    print(" ", random.randrange(100, 0, -3), random.randrange(-50, 50, 9), random.randint(-3, 3))
    print(" ", random.getrandbits(1), random.getrandbits(31), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(0), random.getrandbits(200))
    print(" ", random.randrange(10**30), random.randrange(-10**25, 10**25, 10**5))
    print(" ", random.randint(1, 2**64), random.randrange(2**32), random.randrange(2**32 + 1))

random.seed(5)
print([random.randrange(1) for _ in range(3)], random.randrange(True, 9), random.randint(False, True))
print(random.choice(range(1000)), random.choice("xyz"), random.choice((None, 1.5, "s")))
print(random.choice(b"bytes"), random.choice([[1], [2]]))
deck = list("abcdefghij")
random.shuffle(deck)
print(deck)
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v


s = Seq(list(range(8)))
random.shuffle(s)
print(s.items, random.choice(Seq("pqrs")))
ba = bytearray(b"shuffle")
random.shuffle(ba)
print(ba)

random.seed(2024)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(9))
print(len(random.randbytes(100)), random.random())

# Deprecated in 3.11 but still accepted: integral floats.
random.seed(3)
print(random.randrange(10.0), random.randrange(2, 20.0, 3.0), random.randint(1.0, 6))
