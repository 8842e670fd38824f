# random: with a seed, every function gives CPython's numbers.
import random

random.seed(42)
print(random.random(), random.randint(1, 6), random.randrange(10), random.randrange(5, 50, 5))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.uniform(1.5, 2.5))
print(random.choices(range(100), k=5), random.choices("xyz", weights=[5, 1, 1], k=6))
print(random.choices(["a", "b"], cum_weights=[1, 10], k=4), random.choices([1, 2, 3]))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5), random.sample("abcdefg", k=3), random.sample(deck, len(deck)))
print(random.getrandbits(32), random.randrange(-10, 10), random.randint(-5, -1), random.gauss(0, 1))
random.seed("text seed")
a = [random.random() for _ in range(3)]
random.seed("text seed")
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, sum(rolls))
state = random.getstate()
x1 = random.random()
random.setstate(state)
print(x1 == random.random())
random.seed()
print(0 <= random.random() < 1, 1 <= random.randint(1, 3) <= 3)
for bad in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.randrange(0),
            lambda: random.randrange(1, 5, 0), lambda: random.sample([1, 2], 3), lambda: random.randint(1.5, 3),
            lambda: random.choices([1], weights=[1, 2]), lambda: random.sample({1, 2}, 1),
            lambda: random.shuffle((1, 2)), lambda: random.randrange(3, 3)]:
    try:
        print("ok", bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
