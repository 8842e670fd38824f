class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    __hash__ = object.__hash__
p = P(1)
print(p in {p}, P(1) in {p}, hash(p) == object.__hash__(p), p == P(1))
class Q:
    pass
q = Q()
print(hash(q) == object.__hash__(q))
for t in [lambda: object.__hash__(), lambda: object.__hash__(1, 2), lambda: object.__hash__(x=1)]:
    try: t()
    except Exception as e: print(type(e).__name__, e)
