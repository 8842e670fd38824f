class Pairs:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return ("k" + str(self.i), self.i)

print(dict(Pairs()))
print(dict((k, v) for k, v in [("b", 2), ("c", 3)]))
print(dict(zip("ab", (x * 10 for x in [1, 2]))))
print(list(Pairs()), tuple(x for x in "ab"))
