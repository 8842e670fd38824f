class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for i in Countdown(3):
    print(i)
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"), next(c, None))
print(sum(Countdown(10)))
print(sorted(Countdown(3)))
print([x * 2 for x in Countdown(3)])
a, b = Countdown(2)
print(a, b)

class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Countdown(self.n)

r = Range2(3)
print(list(r), list(r))
print(max(r), tuple(r), sorted(Range2(2)) == [1, 2])
print(dict(zip(Range2(2), "ab")))
for i, v in enumerate(Range2(2)):
    print(i, v)
