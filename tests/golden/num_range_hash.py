# Equal ranges hash alike and find each other as dict keys and set items.
pairs = [(range(3), range(0, 3, 1)), (range(0), range(5, 5)), (range(0), range(10, 0)),
         (range(1, 2), range(1, 9, 100)), (range(0, 10, 3), range(0, 11, 3)),
         (range(10**20), range(0, 10**20)), (range(10**20, 10**20 + 1), range(10**20, 0, -1)[:1]),
         (range(-2**63, 2**63), range(-2**63, 2**63, 1))]
for a, b in pairs:
    print(a == b, hash(a) == hash(b), {a: 1}.get(b), b in {a}, len({a, b}))
print(hash(range(0)) == hash(range(1, 1)), hash(range(5)) == hash(range(6)))
print(hash(range(3)) == hash((3, 0, 1)), hash(range(0)) == hash((0, None, None)))
print(hash(range(7, 8)) == hash((1, 7, None)), hash(range(10**20)) == hash((10**20, 0, 1)))
d = {range(3): 'a', range(0): 'empty', range(2, 3): 'one'}
print(d[range(0, 3)], d[range(9, 2)], d[range(2, 100, 200)], range(3) in d, range(4) in d)
print(sorted(len(r) for r in {range(i % 3) for i in range(10)}))
print(range(3) != range(4), range(0, 3) != range(0, 3, 1), range(2) == [0, 1])
