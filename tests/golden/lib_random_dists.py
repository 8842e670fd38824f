import random, math
random.seed(42)
print(random.choices(['a','b','c'], k=5), random.choices(['a','b'], weights=[1, 3], k=6))
print(random.getrandbits(100), random.randrange(10**20))
print(random.triangular(), random.expovariate(2), random.normalvariate())
print(random.betavariate(2,3), random.gammavariate(0.5, 1))
random.seed(7); print(random.random())
