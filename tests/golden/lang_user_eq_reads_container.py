d = {}
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq sees", len(d))
        return False
d[K()] = 1
d[K()] = 2
print(len(d))
s = set()
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq sees", len(s))
        return False
s.add(K()); s.add(K()); print(len(s))
d = {}
d.update({1: 'a'})
d[1.0] = 'b'
d[True] = 'c'
print(d)
# removal and setdefault look keys up with the container readable too
box = {}
class R:
    def __init__(self, n): self.n = n
    def __hash__(self): return 7
    def __eq__(self, o):
        print("compare while box has", len(box))
        return isinstance(o, R) and o.n == self.n
box[R(1)] = 'one'
box[R(2)] = 'two'
print(box.setdefault(R(2), 'x'), box.setdefault(R(3), 'three'), len(box))
print(box.pop(R(1)), len(box))
del box[R(3)]
print(len(box))
bag = set()
class S(R):
    __hash__ = R.__hash__
    def __eq__(self, o):
        print("compare while bag has", len(bag))
        return isinstance(o, S) and o.n == self.n
bag.add(S(1)); bag.add(S(2))
bag.discard(S(1)); bag.remove(S(2))
print(len(bag))
