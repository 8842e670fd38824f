import itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, accumulate, groupby, zip_longest, takewhile,
                       dropwhile, starmap, combinations_with_replacement, filterfalse,
                       compress, pairwise, tee)

print(list(islice(count(), 5)))
print(list(islice(count(10, 2), 3)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 7)))
print(list(cycle([])))
print(list(repeat("x", 3)))
print(list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))))
print(list(chain([1, 2], (3,), "ab")))
print(list(chain()))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)))
print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product()))
print(list(permutations("ABC", 2)))
print(list(permutations(range(3))))
print(list(permutations([1, 2], 3)))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations([1], 2)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4], max)))
print(list(accumulate([1, 2], initial=100)))
print(list(accumulate([])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3])))
print(list(zip_longest()))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(pairwise("ABCD")))
a, b = tee([1, 2, 3])
print(list(a), list(b))
it = chain([1], [2])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
total = 0
for i in itertools.count(1):
    if i > 10:
        break
    total += i
print(total)
