# A suspended generator that is dropped is closed: its `finally` runs when
# the last reference goes (a local at return, a rebinding, `del`, a `break`).
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


def first(it):
    for x in it:
        return x


print(first(gen("returned")))
g = gen("rebound")
next(g)
g = None
print("after rebinding")
g = gen("deleted")
next(g)
del g
print("after del")
for x in gen("loop"):
    break
print("after loop")

unstarted = gen("never started")
del unstarted
print("an unstarted generator has nothing to clean up")


def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("GeneratorExit at", n)
        raise


c = counter()
print(next(c), next(c))
c = None
print("done")


def finished():
    yield 1


f = finished()
print(list(f))
del f
print("finished generators need no closing")
