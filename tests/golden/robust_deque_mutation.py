import collections
class K:
    def __init__(s, a, r=False): s.a = a; s.r = r
    def __repr__(s): return "K"
    def __eq__(s, o):
        for k in (s, o):
            if isinstance(k, K) and k.a: a = k.a; k.a = None; a()
        return s.r
for op in ("count", "remove"):
    for act in ("append", "clear", None):
        d = collections.deque([K(None), K(None), 3])
        k = K(None if act is None else (lambda: d.append(1)) if act == "append" else d.clear)
        try:
            print(op, act, getattr(d, op)(k), len(d))
        except Exception as e:
            print(op, act, type(e).__name__, e)
d = collections.deque([1, 2, 3, 2])
print(d.count(2), d.remove(2), d, d.count(7))
try:
    d.remove(9)
except ValueError as e:
    print(e)
