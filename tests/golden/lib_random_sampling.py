import random, math
random.seed(42)
print(random.sample(range(100), 10))
print(random.sample(range(10000), 30))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(5, 2))
print(random.sample(['x','y','z'], counts=[3,2,1], k=4))
