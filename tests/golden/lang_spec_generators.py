# Generators: yield, yield from, send, return values, generator expressions,
# iter/next with sentinels and defaults, and the iteration protocol.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("end")
    return "done"


g = countdown(3)
print(type(g).__name__, g.__name__)
print(next(g), next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def inner():
    x = yield "first"
    print("inner got", x)
    yield "second"
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from "ab"
    return "outer result"


o = outer()
print(next(o))
print(o.send("sent"))
print(list(o))


def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("cleanup", received)


e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
e.close()
try:
    echo().send("x")
except TypeError as err:
    print("TypeError", err)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
squares = (x * x for x in range(6) if x % 2 == 0)
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "banana"), reverse=True), "-".join(str(i) for i in range(4)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(iter(it) is it, list(zip(*[iter("abcdef")] * 2)))
calls = [0]


def tick():
    calls[0] += 1
    return calls[0]


print(list(iter(tick, 4)))
print(list(enumerate(countdown(2), start=1)))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, sum(t))


def gen_raises():
    yield 1
    raise ValueError("inside generator")


try:
    for v in gen_raises():
        print("got", v)
except ValueError as err:
    print("ValueError", err)


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


try:
    list(leaks_stop())
except RuntimeError as err:
    print("RuntimeError", err, type(err.__cause__).__name__)
g2 = countdown(1)
for bad in [lambda: next([1]), lambda: next(5), lambda: iter(5), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as err:
        print(type(err).__name__, err)


def running():
    yield me.send(None)


me = running()
try:
    next(me)
except ValueError as err:
    print("ValueError", err)
g3 = (x for x in [1])
print(next(g3), next(g3, "end"))
