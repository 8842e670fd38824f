# Misuse of heapq: wrong argument counts and types, empty heaps, and a
# comparison that changes the list while heapq works on it.
import heapq


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


funcs = [heapq.heappush, heapq.heappop, heapq.heapify, heapq.heapreplace,
         heapq.heappushpop, heapq._heappop_max, heapq._heapreplace_max,
         heapq._heapify_max]
for f in funcs:
    attempt(f)
    attempt(f, [], 1, 2)
    attempt(f, heap=[])
    attempt(f, (1,))
    attempt(f, (1,), 2)
    attempt(f, None, 2)
    attempt(f, [])
    attempt(f, [], 1)
    attempt(f, {1: 2})
    attempt(f, "abc", "d")
attempt(heapq.heappush, [1], "a")
attempt(heapq.heappush, [None], None)
attempt(heapq.heapify, [3, "a", 1])
attempt(heapq.heappop, [2, {}, 3])
attempt(heapq.heapify, [{}])
attempt(heapq.heappushpop, [{}], 2)
attempt(heapq.heappushpop, [1], {})


class Shrinker:
    # Removes items from the heap it lives in when compared.
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        if len(self.heap) > 1:
            self.heap.pop()
        return self.v < other.v

    def __repr__(self):
        return "S%d" % self.v


for f, extra in [(heapq.heapify, ()), (heapq.heappop, ()), (heapq.heappush, (0,)),
                 (heapq.heapreplace, (0,)), (heapq.heappushpop, (9,)),
                 (heapq._heapify_max, ()), (heapq._heappop_max, ())]:
    heap = []
    heap.extend(Shrinker(v, heap) for v in [5, 3, 8, 1, 9, 2])
    args = [Shrinker(v, heap) for v in extra]
    attempt(f, heap, *args)
    print(len(heap))


class Emptier:
    # Empties the heap it lives in when compared.
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


heap = []
heap.append(Emptier(1, heap))
attempt(heapq.heappushpop, heap, Emptier(2, heap))
print(heap)


class Grower:
    # Appends to the heap it lives in when compared.
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(Grower(0, self.heap))
        return self.v < other.v


heap = []
heap.extend(Grower(v, heap) for v in [4, 2, 6])
attempt(heapq.heapify, heap)
print(len(heap))
attempt(heapq.heappush, heap, Grower(1, heap))
print(len(heap))


class Swapper:
    # Reorders the heap without changing its size.
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.reverse()
        return self.v < other.v

    def __repr__(self):
        return "W%d" % self.v


heap = []
heap.extend(Swapper(v, heap) for v in [4, 2, 6, 1, 7, 3, 5])
heapq.heapify(heap)
print(heap)
print(heapq.heappop(heap), heap)
heapq.heappush(heap, Swapper(0, heap))
print(heap)
