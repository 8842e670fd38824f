import functools
from functools import partial, reduce, lru_cache, cache, wraps, update_wrapper, cmp_to_key, total_ordering

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def add(a, b, c=0):
    return a + b + c

p = partial(add, 1)
print(p(2), p(2, c=3), p.args, p.keywords, p.func is add)
q = partial(p, 5, c=10)
print(q(), q.args, q.keywords, q.func is add)
print(repr(partial(max, 3, key=abs)).replace(repr(max), 'MAX'))
show(partial)
show(partial, 1)
show(partial(add), 1)
show(reduce, lambda a, b: a + b, [])
show(reduce, lambda a, b: a + b, [], 7)
show(reduce, lambda a, b: a + b, [1, 2, 3])
show(reduce, lambda a, b: a * b, range(1, 6), 1)
show(reduce, lambda a, b: a + b, 5)
show(lru_cache, "x")
show(lru_cache(maxsize=-3)(add).cache_info)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info == (2, 5, 2, 2))
sq.cache_clear()
print(sq.cache_info())
@lru_cache(typed=True)
def ident(x):
    calls.append(("t", x))
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info(), calls[-2:])
@lru_cache
def kw(a, b=2):
    return a * b
print(kw(3), kw(3, b=2), kw(a=3, b=2), kw(3), kw.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)
def deco(f):
    @wraps(f)
    def inner(*a):
        "inner doc"
        return f(*a)
    return inner
@deco
def documented(x):
    "the doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(4), documented(5))
def plain(): pass
plain.extra = 42
def other(): pass
update_wrapper(other, plain)
print(other.__name__, other.extra, other.__wrapped__ is plain)
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) <= V(2), V(3) >= V(2))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print(type(e).__name__, e)
