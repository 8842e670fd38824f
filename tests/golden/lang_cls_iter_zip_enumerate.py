class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Twice:
    def __iter__(self):
        return Countdown(2)

print(list(zip(Countdown(2), "ab")))
print(list(zip(Twice(), "ab")))
print(list(enumerate(Countdown(2))))
print(list(enumerate(Twice(), 1)))
for a, b in zip(Twice(), Twice()):
    print(a, b)
print(dict(zip("ab", Twice())))
print(list(iter(Twice())))
