# itertools: results, how much of the input each tool consumes, and when
# keys and comparisons run.
import itertools as it


class Loud:
    """An iterator that reports each item it hands out."""

    def __init__(self, items):
        self.items = list(items)
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            print("  (end)")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print("  next ->", v)
        return v


print(list(it.product("ab", range(3))), list(it.product()), list(it.product("ab", "")))
print(list(it.product([1, 2], repeat=2)))
print(list(it.permutations("abc")), list(it.permutations("abcd", 2)))
print(list(it.permutations("ab", 0)), list(it.permutations("ab", 3)), list(it.permutations("")))
print(list(it.combinations("abcd", 2)), list(it.combinations("abc", 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 0)))
print(list(it.combinations_with_replacement("", 2)), len(list(it.combinations(range(12), 5))))
print(len(list(it.permutations(range(6)))), list(it.permutations(range(4)))[-3:])

for args in [(0, 6, 2), (0, 5, 2), (2, None, 3), (1, 4), (5,), (7, 9)]:
    src = iter(range(8))
    got = list(it.islice(src, *args))
    print("islice", args, got, "then", next(src, "none"))

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.accumulate([], initial=5)), list(it.accumulate([])), list(it.accumulate([3, 1, 4, 1, 5], max)))

print("groupby, outer only:")
print([k for k, g in it.groupby(Loud("aabbbc"))])
print("groupby, groups read:")
for k, g in it.groupby(Loud([1, 1, 2, 3, 3]), key=lambda x: x % 2):
    print(k, list(g))
groups = list(it.groupby("aaabbc"))
print([(k, list(g)) for k, g in groups])
g = it.groupby("xxyz")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))

print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1])), list(it.pairwise("abcd")), list(it.pairwise("a")))
a, b, c = it.tee(Loud([1, 2, 3]), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee([1], 0))
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])), list(it.repeat(7, 3)), list(it.repeat(7, -2)))
print(list(it.islice(it.count(2.5, 0.5), 3)), list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])))

for bad in [
    lambda: it.islice([1], -1),
    lambda: it.islice([1], 0, 2, 0),
    lambda: it.islice([1]),
    lambda: it.product("a", repeat=-1),
    lambda: it.permutations("ab", -1),
    lambda: it.permutations("ab", "x"),
    lambda: it.combinations("ab", -1),
    lambda: it.count("a"),
    lambda: it.tee([1], -1),
    lambda: list(it.chain(1, 2)),
    lambda: list(it.accumulate([1, "a"])),
]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
