# A user iterator's __next__ is called again after it raised StopIteration,
# directly and through map, zip, enumerate and filter; a sequence iterator
# and a generator stay exhausted.
class Flaky:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls % 2:
            raise StopIteration
        return self.calls


f = Flaky()
print(next(f, "stop"), next(f, "stop"), next(f, "stop"), next(f, "stop"))
for wrap in (lambda s: map(str, s), lambda s: zip(s, "abc"), enumerate,
             lambda s: filter(None, s), iter):
    source = Flaky()
    w = wrap(source)
    print(next(w, "stop"), next(w, "stop"), next(w, "stop"), source.calls)


class Seq:
    def __init__(self):
        self.n = 1

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i


s = Seq()
it = iter(s)
print(list(it))
s.n = 5
print(list(it))


def gen():
    yield 1


g = gen()
print(list(g), list(g))
