class Counter:
    created = 0

    def __init__(self):
        Counter.created += 1

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def how_many(cls):
        return cls.created

    @classmethod
    def build(cls, n):
        return [cls() for _ in range(n)]

print(Counter.add(2, 3))
print(Counter().add(4, 5))
Counter.build(3)
print(Counter.how_many(), Counter().how_many())

class Sub(Counter):
    pass

s = Sub.build(2)
print(type(s[0]).__name__, Sub.how_many(), Counter.created)
