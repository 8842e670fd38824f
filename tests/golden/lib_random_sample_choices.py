# random.sample (both strategies CPython picks between) and random.choices.
import random

for seed in [1, 42, "sample", 2**70]:
    random.seed(seed)
    print(seed, random.sample(range(10), 10), random.sample(range(21), 5))
    print(" ", random.sample(range(22), 6), random.sample(range(100), 6))
    print(" ", random.sample(range(10**12), 4), random.sample("abcdefgh", 3))
    print(" ", random.sample(range(1000), 40)[-5:], random.sample(tuple(range(30)), 0))
    print(" ", random.sample(["red", "blue"], counts=[4, 2], k=5))
    print(" ", random.sample(range(3), k=6, counts=[1, 2, 3]), random.sample(range(2), 1, counts=[0, 10**15]))

for seed in [3, "choices"]:
    random.seed(seed)
    print(random.choices("abc"), random.choices("abc", k=8), random.choices(range(1000), k=3))
    print(random.choices("abc", [1, 0, 1], k=6), random.choices("abc", weights=[0.5, 0.25, 0.25], k=6))
    print(random.choices("abc", cum_weights=[1, 1, 5], k=6), random.choices("ab", [True, True], k=4))
    print(random.choices([10, 20, 30], weights=(2**70, 1, 2**70), k=5), random.choices("xy", k=0))
    print(random.choices(range(5), cum_weights=[0.1, 0.2, 0.3, 0.9, 1.0], k=7))

random.seed(11)
pop = list(range(50))
s = random.sample(pop, 25)
print(sorted(s) == sorted(set(s)), len(s), random.sample(pop, 50)[:10])
print(random.sample(range(5, 100, 5), 4), random.sample(b"abc", 2))
