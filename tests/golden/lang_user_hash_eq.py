class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        print("hash", self.x)
        return hash((self.x, self.y))
    def __eq__(self, other):
        print("eq", self.x, other.x if isinstance(other, P) else other)
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"

d = {P(1, 2): "a"}
print(d[P(1, 2)])
print(P(1, 2) in d, P(2, 3) in d)
print(d.get(P(1, 2)), d.get(P(9, 9), "none"))
s = {P(1, 2), P(1, 2), P(3, 4)}
print(len(s))
print(P(3, 4) in s)
p = P(5, 6)
d[p] = 1
print(d[p])
t = {(P(1, 2), 1): "t"}
print(t[(P(1, 2), 1)])
print(hash(P(1,2)) == hash((1,2)))
class Big:
    def __hash__(self):
        return 2**100
class Neg:
    def __hash__(self):
        return -1
class Wide:
    def __hash__(self):
        return 2**62
print(hash(Big()), hash(Neg()), hash(Wide()))
class E:
    def __eq__(self, o):
        return True
print(E.__dict__['__hash__'])
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    {E()}
except TypeError as e:
    print(e)
try:
    {E(): 1}
except TypeError as e:
    print(e)
class Sub(P):
    pass
print(Sub(1, 2) in d)
class Sub2(P):
    def __eq__(self, o):
        return False
try:
    hash(Sub2(1, 2))
except TypeError as e:
    print(e)
class Bad:
    def __hash__(self):
        return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
try:
    {Bad()}
except TypeError as e:
    print(e)
class Raiser:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError("no eq")
r1, r2 = Raiser(), Raiser()
d2 = {r1: 1}
print(d2[r1])
try:
    d2[r2]
except ValueError as e:
    print("ValueError", e)
try:
    {r1, r2}
except ValueError as e:
    print("ValueError", e)
from collections import Counter
class Q:
    def __init__(self, x): self.x = x
    def __hash__(self): return self.x % 3
    def __eq__(self, o): return isinstance(o, Q) and o.x == self.x
c = Counter([Q(1), Q(1), Q(4), Q(0)])
print(c[Q(1)], c[Q(4)], c[Q(7)], len(c))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(len({H(1), H(1)}))
print(1 in {1.0: 'x'})
# tuples and frozensets hash through their items
print({(Q(1), Q(2)): 'pair'}[(Q(1), Q(2))], frozenset([Q(5)]) in {frozenset([Q(5)])})
# identity comes first: an object never equal to itself is still found
class Nan:
    def __hash__(self): return 0
    def __eq__(self, o): return False
n = Nan()
print(n in {n}, n in {n: 1}, Nan() in {n}, [n].count(n))
# mutation of a key's state after insertion
k = Q(1)
dd = {k: 'k'}
k.x = 4
print(dd.get(k), Q(1) in dd, Q(4) in dd)
# dict methods
dd = {Q(1): 1, Q(2): 2}
print(dd.pop(Q(1)), Q(1) in dd, dd.setdefault(Q(2), 9), dd.setdefault(Q(3), 3), len(dd))
del dd[Q(2)]
print(len(dd), sorted(q.x for q in dd))
s = {Q(1), Q(2)}
s.discard(Q(1)); s.remove(Q(2)); print(len(s))
s |= {Q(7), Q(8)}
print(sorted(q.x for q in s & {Q(7)}))
class IntLike:
    def __hash__(self): return 1
    def __eq__(self, o): return o == 1
print({1: 'one'}.get(IntLike()), IntLike() in {1})
