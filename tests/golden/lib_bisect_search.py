# bisect_left/bisect_right/bisect over lists, tuples, strings, ranges and
# sequences of our own, with lo/hi bounds and key functions.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14, 2.5, -1.0]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
for lo, hi in [(0, 9), (2, 5), (3, 3), (5, 2), (0, 0), (4, None), (0, -1), (1, -3), (True, False)]:
    print(lo, hi, bisect.bisect_left(a, 2, lo, hi), bisect.bisect_right(a, 8, lo, hi))
print(bisect.bisect_left(a, 2, lo=3), bisect.bisect_right(a, 2, hi=2), bisect.bisect(a, 8, lo=1, hi=None))
print(bisect.bisect_right([], 1), bisect.bisect_left([], 1), bisect.bisect_left([], 1, 5))
print(bisect.bisect_right((1, 3, 5), 4), bisect.bisect_left("acegi", "e"), bisect.bisect(range(0, 100, 7), 50))
print(bisect.bisect_left([[1], [1, 2], [2]], [1, 5]), bisect.bisect_right([(1, "b"), (1, "c")], (1, "b")))

# key= applies to the items of a, not to x.
recs = [("ann", 19), ("bob", 25), ("cy", 25), ("dee", 31)]
age = lambda r: r[1]
for x in [18, 25, 30, 40]:
    print(x, bisect.bisect_left(recs, x, key=age), bisect.bisect_right(recs, x, key=age))
print(bisect.bisect(recs, 25, 0, 2, key=age), bisect.bisect_left(recs, ("bob", 0), key=None))
calls = []


def logged(v):
    calls.append(v)
    return v


print(bisect.bisect_left(list(range(100)), 37, key=logged), calls)
calls.clear()
print(bisect.bisect_right(list(range(100)), 37, 10, 60, key=logged), calls)


# Comparisons go through __lt__, always as x < item or item < x.
class V:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        V.log.append((self.v, other.v))
        return self.v < other.v


vs = [V(i) for i in range(0, 40, 3)]
print(bisect.bisect_left(vs, V(20)), V.log)
V.log.clear()
print(bisect.bisect_right(vs, V(21)), V.log)


# A sequence of our own: only __len__ and __getitem__ are used.
class Squares:
    def __init__(self, n):
        self.n = n
        self.seen = []

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.seen.append(i)
        return i * i


sq = Squares(1000)
print(bisect.bisect_left(sq, 5000), sq.seen)
print(bisect.bisect_right(Squares(10 ** 6), 123456789), bisect.bisect(Squares(0), 5))


# An index-like object as lo and hi.
class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


print(bisect.bisect_left(a, 8, Idx(1), Idx(7)))

# Big lists: the positions bisect finds, summed up.
big = list(range(0, 3000000, 3))
print(sum(bisect.bisect_left(big, x) + bisect.bisect_right(big, x) for x in range(0, 3000000, 7919)))
