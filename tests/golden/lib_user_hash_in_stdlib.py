import functools
from dataclasses import dataclass
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
calls = 0
@functools.lru_cache(maxsize=None)
def dist(p):
    global calls
    calls += 1
    return abs(p.x) + abs(p.y)
print(dist(Pt(1, 2)), dist(Pt(1, 2)), dist(Pt(3, 4)), calls)
@dataclass
class M:
    x: int
try:
    dist(M(1))
except TypeError as e:
    print(e)
from collections import defaultdict, Counter
dd = defaultdict(list)
dd[Pt(0, 0)].append(1); dd[Pt(0, 0)].append(2)
print(dd[Pt(0, 0)], len(dd))
print(Counter([Pt(1, 1), Pt(1, 1), Pt(2, 2)]).most_common(1))
print(sorted({Pt(2, 1), Pt(1, 2), Pt(2, 1)}, key=lambda p: (p.x, p.y)))
print({Pt(1, 2): 'a'} == {Pt(1, 2): 'a'}, Pt(1, 2) in [Pt(1, 2)], [Pt(1, 2)].count(Pt(1, 2)))
print(list(dict.fromkeys([Pt(1, 1), Pt(1, 1)])) if hasattr(dict, 'fromkeys') else [Pt(1, 1)])
# cache_info() is a namedtuple in CPython: hashable
@functools.lru_cache
def f(x): return x
f(1); f(1)
i = f.cache_info()
print(hash(i) == hash(tuple(i)), {i: 1}[i], i == (1, 1, 128, 1))
