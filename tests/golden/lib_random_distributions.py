# random's real-valued distributions, seeded: CPython's numbers exactly.
import random

for seed in [0, 8, "dist", 12345678901234567890]:
    random.seed(seed)
    print(seed, random.random(), random.uniform(-1, 1), random.uniform(5, 2), random.uniform(2, 2.5))
    print(" ", random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(3, 1, 2))
    print(" ", random.normalvariate(), random.normalvariate(10, 3), random.lognormvariate(0, 0.5))
    print(" ", random.gauss(), random.gauss(), random.gauss(1, 2), random.gauss(mu=5, sigma=0.1))
    print(" ", random.expovariate(1), random.expovariate(0.25), random.expovariate(-2))
    print(" ", random.gammavariate(0.3, 2), random.gammavariate(1, 3), random.gammavariate(2.5, 1))
    print(" ", random.gammavariate(50, 0.5), random.betavariate(0.5, 0.5), random.betavariate(3, 9))
    print(" ", random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(-2, 1e-7))
    print(" ", random.paretovariate(1), random.paretovariate(3.5), random.weibullvariate(1, 1), random.weibullvariate(2, 0.5))

print(random.triangular(1, 1), random.triangular(2, 2, 2), random.uniform(1, 1))

# gauss keeps the second value of each pair for the next call; seeding and
# setstate forget or restore it.
random.seed(9)
g1 = random.gauss()
state = random.getstate()
print(state[0], state[2] is not None, len(state[1]))
g2 = random.gauss()
random.setstate(state)
print(random.gauss() == g2, random.gauss() != g2)
random.seed(9)
print(random.gauss() == g1)
random.gauss()
random.seed(9)
print(random.getstate()[2])
