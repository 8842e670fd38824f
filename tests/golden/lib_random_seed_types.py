# random.seed with str, float, negative and big ints, None: the same
# streams as CPython (version 2 seeding).
import random

for seed in ["hello", "", "caf\u00e9 \U0001f600", 1.5, -2.25, 3.0, 0.1, -7, 2**80, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.getrandbits(40))
random.seed("abc")
a = [random.random() for _ in range(3)]
random.seed("abc")
print(a == [random.random() for _ in range(3)])
random.seed(None)
print(0.0 <= random.random() < 1.0)
random.seed("dist")
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(5, 1))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.uniform(1, 2), random.choice("abcdef"), random.sample(range(20), 4))
lst = list(range(10))
random.shuffle(lst)
print(lst, random.choices("xyz", weights=[1, 2, 3], k=5))
