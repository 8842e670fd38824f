import functools
from functools import wraps, partial, reduce, lru_cache, cache

@lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits, fact.cache_info().misses)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
