# insort_left/insort_right/insort: where new items go, with ties, bounds,
# keys, and on sequences other than lists.
import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, x)
print(a)
t = [(1, "a"), (2, "b"), (2, "c"), (3, "d")]
bisect.insort_left(t, (2, "b"))
bisect.insort_right(t, (2, "c"))
print(t)

# Ties: identity shows which side a new equal item lands on.
class K:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "%d%s" % (self.k, self.tag)


ks = [K(1, "a"), K(2, "b"), K(2, "c"), K(3, "d")]
bisect.insort_left(ks, K(2, "L"))
bisect.insort_right(ks, K(2, "R"))
bisect.insort(ks, K(2, "I"))
print(ks)

# lo/hi restrict the search, even when the result is then out of order.
b = [1, 3, 5, 7, 9]
bisect.insort(b, 100, 0, 2)
bisect.insort_left(b, 0, 3)
bisect.insort_right(b, 6, hi=None)
print(b)

# key applies to the list's items and to x alike.
recs = [("ann", 19), ("bob", 25), ("dee", 31)]
bisect.insort(recs, ("cy", 25), key=lambda r: r[1])
bisect.insort_left(recs, ("al", 25), key=lambda r: r[1])
print(recs)
calls = []


def logged(r):
    calls.append(r[0])
    return r[1]


bisect.insort_right(recs, ("zed", 40), key=logged)
print(recs, calls)


# Not a list: insort calls the sequence's own insert(i, x).
class Log(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


lg = Log([1, 2, 4])
bisect.insort(lg, 3)
bisect.insort_left(lg, 0)
print(lg)


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        self.items.insert(i, x)
        return "ignored"


s = Seq([10, 20, 30])
print(bisect.insort(s, 25), s.items)
print(bisect.insort_left(s, 5), s.items)
print(bisect.insort_right([], 1))

# Many inserts keep the list sorted.
c = []
v = 7
for _ in range(500):
    v = (v * 48271) % 2147483647
    bisect.insort(c, v % 1000)
print(c == sorted(c), c[:10], c[-10:], len(c))
