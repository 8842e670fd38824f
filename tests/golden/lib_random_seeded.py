import random, math
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)])
print(random.choice("abcdef"), random.choice([1,2,3]))
l = list(range(20)); random.shuffle(l); print(l)
