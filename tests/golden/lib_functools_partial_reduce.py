import functools
from functools import wraps, partial, reduce, lru_cache, cache
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5), square.func is power, square.args, square.keywords)
p = partial(power, 2)
print(p(10), repr(p).startswith("functools.partial(<function power at 0x"), repr(p).endswith(">, 2)"))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
