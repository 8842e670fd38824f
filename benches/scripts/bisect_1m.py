import bisect

N = 1000000

# A sorted list of 1M ints, searched 1M times.
table = list(range(0, 3 * N, 3))
total = 0
x = 7
for i in range(N):
    x = (x * 48271) % 2147483647
    probe = x % (3 * N)
    total += bisect.bisect_left(table, probe) - bisect.bisect_right(table, probe // 2)

# 100k insertions keeping a list sorted (inserting into a long list moves
# many items, so fewer of them).
grown = []
for i in range(100000):
    x = (x * 48271) % 2147483647
    bisect.insort(grown, x % 1000003)

keyed = [(i, str(i)) for i in range(0, 200000, 2)]
hits = 0
for i in range(200000):
    hits += bisect.bisect(keyed, i, key=lambda p: p[0])
print(total, grown[:5], grown[-5:], len(grown), grown == sorted(grown), hits)
