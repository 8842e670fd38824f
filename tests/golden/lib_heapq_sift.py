# Where heappush/heappop/heapify/heapreplace/heappushpop leave every item:
# whole lists after many operations, with ties and with decorated tuples.
import heapq

# A small deterministic generator, so the script needs no random module.
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


h = []
for _ in range(40):
    heapq.heappush(h, rand(10))
print(h)
print([heapq.heappop(h) for _ in range(15)])
print(h)
for _ in range(10):
    print(heapq.heappushpop(h, rand(12)), heapq.heapreplace(h, rand(12)), len(h))
print(h)

# heapify of sizes around powers of two, with many ties.
for n in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33]:
    data = [rand(5) for _ in range(n)]
    heapq.heapify(data)
    print(n, data)

# Ties broken by a second field: positions of equal first fields matter.
pairs = [(rand(4), i) for i in range(25)]
heapq.heapify(pairs)
print(pairs)
order = []
while pairs:
    order.append(heapq.heappop(pairs))
print(order)

# Strings and floats.
words = "the quick brown fox jumps over the lazy dog again and again".split()
heapq.heapify(words)
print(words)
print(heapq.heapreplace(words, "zebra"), words)
fl = [3.5, -1.0, 2.25, float("inf"), 0.0, -0.0, 1e9]
heapq.heapify(fl)
print(fl)

# heappushpop returns the item itself when it is not larger than the top,
# and on an empty heap.
h = [5, 7, 9]
print(heapq.heappushpop(h, 5), h)
print(heapq.heappushpop(h, 1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 3))

# heapreplace pops first, so it may return an item bigger than the new one.
h = [1, 4, 2]
print(heapq.heapreplace(h, 0), h)

# A large heapify (past the size where CPython visits nodes in a different
# order) still gives the same positions.
big = [rand(1000) for _ in range(6000)]
heapq.heapify(big)
print(big[:20], sum(i * v for i, v in enumerate(big)) % 1000003)
out = [heapq.heappop(big) for _ in range(6000)]
print(out == sorted(out), out[:5], out[-5:])

# The max-heap helpers.
m = [rand(50) for _ in range(20)]
heapq._heapify_max(m)
print(m)
print(heapq._heappop_max(m), m)
print(heapq._heapreplace_max(m, 25), m)
print([heapq._heappop_max(m) for _ in range(len(m))])
bigm = [rand(1000) for _ in range(3000)]
heapq._heapify_max(bigm)
print(bigm[:10], sum(i * v for i, v in enumerate(bigm)) % 1000003)

# A subclass of list is a list.
class Heap(list):
    pass


sub = Heap([5, 3, 8, 1])
heapq.heapify(sub)
heapq.heappush(sub, 0)
print(type(sub).__name__, sub, heapq.heappop(sub))
print(heapq.__name__, heapq.heappush.__name__, heapq.heapify.__name__)
print(sorted(n for n in heapq.__all__))
