import random

random.seed(1)
total = 0
for _ in range(200000):
    total += random.randint(1, 100)
for _ in range(100000):
    total += random.random()
deck = list(range(1000))
for _ in range(100):
    random.shuffle(deck)
for _ in range(300):
    total += sum(random.sample(range(10000), 100))
for _ in range(200):
    total += sum(random.choices(range(100), weights=range(100), k=100))
print(round(total, 6), deck[:5])
