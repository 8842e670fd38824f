# functools (partial, wraps, reduce) and itertools (count, cycle, repeat,
# chain, islice, product, permutations, combinations, accumulate, groupby).
import functools
import itertools
import operator
from functools import partial, reduce, wraps

power = lambda base, exp: base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func is power, square.args, square.keywords, two_to.args)
print(partial(partial(max, 1), 5)(3), partial(sorted, key=len)(["ccc", "a", "bb"]), partial(int, base=2)("101"))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), functools.reduce(operator.mul, [], 1))


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(1, 1), area.__qualname__)
for bad in [lambda: reduce(operator.add, []), lambda: partial(), lambda: reduce(1, [1, 2]), lambda: partial(5)]:
    try:
        print("ok", bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, 5), 3)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.repeat("x", 3)), list(zip(range(3), itertools.repeat(0))), list(itertools.repeat(1, 0)))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice("abcdefg", 2, None)), list(itertools.islice(range(20), 1, 10, 3)), list(itertools.islice([], 3)))
print(list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1], repeat=2)), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)), list(itertools.permutations([], 0)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations("ab", 3)))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdaa")], [k for k, _ in itertools.groupby([1, 1, 2, 1])])
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest("ab", [1], fillvalue="-")))
print(list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.pairwise("abc")))
it1, it2 = itertools.tee([1, 2, 3])
print(list(it1), list(it2))
for bad in [lambda: itertools.islice([], -1), lambda: itertools.count("a"),
            lambda: itertools.permutations(5), lambda: itertools.product(1),
            lambda: list(itertools.accumulate([1, "a"])), lambda: itertools.chain(1).__next__()]:
    try:
        print("ok", bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
