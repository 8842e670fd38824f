# heapq compares only with <, through the objects' own __lt__, in the same
# order as CPython (every comparison is logged).
import heapq

log = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "I%d" % self.v


vals = [7, 3, 9, 3, 1, 8, 2, 7, 5, 0, 6, 4]
h = []
for v in vals:
    heapq.heappush(h, Item(v))
print(h)
print(log)
log.clear()
print(heapq.heappop(h), h)
print(log)
log.clear()
heap2 = [Item(v) for v in vals]
heapq.heapify(heap2)
print(heap2, log)
log.clear()
print(heapq.heappushpop(heap2, Item(4)), log)
log.clear()
print(heapq.heapreplace(heap2, Item(10)), log)
log.clear()
m = [Item(v) for v in vals]
heapq._heapify_max(m)
print(m, log)
log.clear()
print(heapq._heappop_max(m), heapq._heapreplace_max(m, Item(1)), m, log)
log.clear()

# The comparison order of a big heapify, summed up.
big = [Item((i * 7919) % 3001) for i in range(3001)]
heapq.heapify(big)
print(len(log), sum(a * 3 + b for a, b in log[:2000]) % 99991, log[:3], log[-3:])
log.clear()


# Only __gt__: Python reflects the < to it.
class Gt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "G%d" % self.v


g = [Gt(v) for v in [4, 2, 6, 1]]
heapq.heapify(g)
print(g)


# __lt__ returning non-bools: the truth of the result counts.
class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else ""

    def __repr__(self):
        return "O%d" % self.v


o = [Odd(v) for v in [5, 1, 4, 2, 3]]
heapq.heapify(o)
print(o, heapq.heappop(o), o)


# An __lt__ that raises: the error propagates, and the heap keeps its items.
class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("no comparing %d with %d" % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "B%d" % self.v


b = [Bad(v) for v in [1, 5, 2, 6]]
heapq.heapify(b)
for f, args in [(heapq.heappush, (Bad(3),)), (heapq.heappop, ()), (heapq.heappushpop, (Bad(3),)), (heapq.heapreplace, (Bad(3),))]:
    try:
        print(f(b, *args))
    except ValueError as e:
        print(type(e).__name__, e)
    print(b)
try:
    heapq.heapify([Bad(1), Bad(3), Bad(0)])
except ValueError as e:
    print(type(e).__name__, e)

# Tuples with equal first items compare their second items.
t = [(1, Item(2)), (1, Item(1)), (0, Item(9))]
heapq.heapify(t)
print(t, log)
