# random.Random instances: their own seeded state, the same numbers as
# CPython's, independent of the module's functions and of each other.
import random

random.seed(1)
a = random.Random(42)
b = random.Random(42)
print(a.random(), b.random(), a.randint(1, 100), b.randint(1, 100))
print(random.random())
random.seed(1)
print(random.random())
c = random.Random("seed text")
print(c.choice("abcdef"), c.sample(range(100), 5), c.uniform(1, 2), c.gauss(0, 1), c.gauss(0, 1))
items = list(range(10))
c.shuffle(items)
print(items, c.choices("xyz", weights=[1, 2, 3], k=5), c.getrandbits(40), c.randrange(0, 100, 7))
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
a.seed(7)
print(a.random(), random.Random(7).random())
print(type(a).__name__, isinstance(a, random.Random))
try:
    a.choice([])
except IndexError as e:
    print("IndexError:", e)
