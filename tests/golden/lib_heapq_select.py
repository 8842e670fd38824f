# nsmallest, nlargest and merge: results, tie order, laziness, misuse.
import heapq


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


def gen(n):
    for i in range(n):
        print("pull", i)
        yield i


pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (2, "f"), (1, "g")]
first = lambda p: p[0]
for fn in [heapq.nsmallest, heapq.nlargest]:
    print(fn.__name__)
    attempt(fn)
    for n in [0, 1, 2, 3, 4, 6, 7, 8, -1, True, 2 ** 70, -2 ** 70]:
        attempt(fn, n, pairs, key=first)
        attempt(fn, n, iter(pairs), key=first)
        attempt(fn, n, [p[0] for p in pairs])
        attempt(fn, n, iter([p[0] for p in pairs]))
    attempt(fn, "a", [1, 2])
    attempt(fn, "a", iter([1, 2]))
    attempt(fn, "a", 5)
    attempt(fn, 1.5, [3, 1, 2])
    attempt(fn, 2.5, iter([3, 1, 2]))
    attempt(fn, 3.0, [3, 1, 2])
    attempt(fn, 1.0, [3, 1, 2])
    attempt(fn, None, [1])
    for n in [0, 1, 2, 5]:
        attempt(fn, n, 5)
    attempt(fn, 0, gen(3))
    attempt(fn, 1, gen(3))
    attempt(fn, 2, gen(3))
    attempt(fn, 1, [])
    attempt(fn, 3, iter([]))
    attempt(fn, 1, [[1], []], key=len)
    attempt(fn, 2, [1, "a"])
    attempt(fn, 1, [1, "a"])
    attempt(fn, 2, [3, 1], key=5)
    attempt(fn, 1, [], key=5)
    attempt(fn, 2, [3, 1, 2], 5)
    attempt(fn, 2, [3, 1, 2], foo=5)
    attempt(fn, 2, {3: 1, 1: 2, 2: 3})
    attempt(fn, 2, "hello")
    attempt(fn, 3, "mississippi", key=ord)
    attempt(fn, 4, range(100, 0, -3), key=lambda v: v % 7)

calls = []


def logged(v):
    calls.append(v)
    return -v


print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6], key=logged), calls)
calls.clear()
print(heapq.nlargest(3, iter([5, 1, 4, 1, 5, 9, 2, 6]), key=logged), calls)

print("merge")
merged = lambda *a, **k: list(heapq.merge(*a, **k))
attempt(merged)
attempt(merged, [])
attempt(merged, [], [], [])
attempt(merged, [1], 5)
attempt(merged, [1], foo=5)
attempt(merged, [1], key=5)
attempt(merged, [1], [2], key=5)
attempt(merged, [1, 3], [2], reverse=None)
attempt(merged, [3, 1], [2], reverse=1)
attempt(merged, [1, 3, 5], [2, 4, 6], [0, 7], [], [3])
attempt(merged, "ace", "bdf", "")
attempt(merged, [1, 1], [1, 1], key=lambda x: x)
attempt(merged, [(1, "a"), (1, "b")], [(1, "c")], [(0, "z"), (1, "d")], key=first)
attempt(merged, [(1, "a"), (1, "b")], [(1, "c")], [(2, "z"), (1, "d")], key=first, reverse=True)
attempt(merged, [(1, "a"), (1, "b")], [(1, "c")], [(2, "z"), (1, "d")], reverse=True)
g = heapq.merge(gen(3), gen(2))
print(type(g).__name__)
for v in g:
    print("got", v)


def lk(x):
    print("key", x)
    return x


print(list(heapq.merge([1, 3, 5], [2, 4], [0], key=lk)))
print(list(heapq.merge([5, 3, 1], [4, 2], [6], key=lk, reverse=True)))
print(list(heapq.merge([1, 2], key=lk)))
