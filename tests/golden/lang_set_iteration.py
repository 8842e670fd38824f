# Sets through iteration: builtins, loops, unpacking, conversion.
s = set([4, 2, 9, 1])
print(sorted(s), sorted(s, reverse=True), list(s), tuple(s))
print(min(s), max(s), sum(s), len(s), any(s), all(s))
for x in s:
    print(x, end=" ")
print()
print([x * 2 for x in s], {x: x % 2 for x in s})
print(list(enumerate(set([30, 10, 20]))))
print(list(zip(set([1, 2, 3]), "abc")))
a, b = set([7, 8])
print(a, b)
print(", ".join(sorted(set(["pear", "apple", "fig"]))))
print(sorted(set("hello world")))
words = "the cat and the dog and the bird".split()
print(len(set(words)), sorted(set(words)))
it = iter(set([5, 6]))
print(next(it), next(it), next(it, "done"))
seen = set()
dupes = []
for n in [3, 1, 3, 2, 1, 5]:
    if n in seen:
        dupes.append(n)
    seen.add(n)
print(seen, dupes)
print(sorted(set([3, 1]) | set([2])), max(frozenset([4, 8, 1])))
print(list(map(str, set([1, 2]))), list(filter(lambda v: v > 1, set([1, 2, 3]))))
