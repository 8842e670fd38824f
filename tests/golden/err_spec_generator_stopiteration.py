# A StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def numbers():
    yield 1
    next(iter([]))
    yield 2


for n in numbers():
    print(n)
