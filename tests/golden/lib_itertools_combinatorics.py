# The combinatoric iterators, every small size: order, empty cases, r past n.
import itertools as it
for n in range(0, 5):
    pool = "abcdef"[:n]
    for r in range(0, 6):
        print(n, r, list(it.permutations(pool, r)))
        print(list(it.combinations(pool, r)))
        print(list(it.combinations_with_replacement(pool, r)))
    print(list(it.permutations(pool)))
    for k in range(0, 3):
        print(list(it.product(pool, "xy"[:k], repeat=2)))
