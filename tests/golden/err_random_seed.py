import random

for bad in [[1], {"a": 1}, (1, 2)]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
for f, args in [(random.expovariate, (0,)), (random.gammavariate, (-1, 1)), (random.getrandbits, (-1,))]:
    try:
        f(*args)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
random.seed(object())
