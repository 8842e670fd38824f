# list, tuple, dict, set and frozenset: every common method, slicing with
# steps and slice assignment, stable sorting, merging, and misuse errors.
xs = [5, 3, 8, 1]
xs.append(9)
xs.extend((2, 7))
xs.insert(0, 0)
xs.insert(-1, 6)
xs.insert(100, 10)
print(xs, xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(8)
print(xs, xs.index(1), xs.index(9, 2), xs.count(3), len(xs), xs.copy() == xs, xs.copy() is xs)
xs.reverse()
print(xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
ys = xs
ys += [100]
print(xs is ys, xs)
xs.clear()
print(xs, ys)
nums = list(range(10))
print(nums[::2], nums[1::3], nums[::-1], nums[-3:], nums[8:2:-2], nums[:-7:-1], nums[5:5])
nums[2:5] = ["a", "b"]
print(nums)
nums[::3] = [0, 0, 0]
print(nums)
nums[1:1] = [7, 7]
nums[-2:] = []
print(nums)
del nums[::2]
print(nums)
del nums[0], nums[-1]
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs), sorted(pairs, key=lambda p: p[1], reverse=True))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
people.sort(key=lambda p: p[1])
print(people)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 2 in [1, 2], [1, 2] < [1, 3], [1, 2] == [1, 2.0], list("ab"))
t = (1, "two", 3.0, [4])
print(t, t[1], t[-1], t[1:3], t.index("two"), t.count(1), len(t), (1,), (), tuple([1, 2]), tuple("ab"))
t[3].append(5)
print(t, (1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), hash((1, 2)) == hash((1, 2)), max((3, 1, 2)))
a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest)
d = {"x": 1, "y": 2}
print(d["x"], d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()), list(d), len(d), "x" in d)
d["z"] = 3
d.update({"x": 10}, w=0)
d.update([("v", 9)])
print(d, d.pop("w"), d.pop("nope", "dflt"), d.setdefault("y", 99), d.setdefault("u", []), d)
print(d.popitem(), d, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), d.copy() == d)
e = {**d, "extra": 1, **{"x": -1}}
print(e, d | {"x": 0}, {"a": 1} | {"a": 2, "b": 3})
e |= {"more": True}
print(e, {k: v for k, v in e.items() if isinstance(v, int) and v > 0}, {i: i * i for i in range(4)})
e.clear()
print(e, dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])), dict({"q": 1}, r=2))
for k, v in sorted({"b": 1, "a": 2}.items()):
    print(k, v)
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {1} < s1, s1 >= {1, 2}, s1.isdisjoint({9}))
print(s1.union([9]), s1.intersection(range(3)), s1.difference([1]), s1.symmetric_difference([1, 5]))
print(s1.issubset(range(5)), s1.issuperset([1]), sorted(s1), 2 in s1, len(s1), set("aab") == {"a", "b"})
s3 = set()
s3.add(1)
s3.update([2, 3], (4,))
s3.discard(9)
s3.remove(1)
print(s3, s3.pop() in {2, 3, 4}, len(s3))
s3 |= {10}
s3 &= {3, 4, 10}
s3 -= {4}
s3 ^= {99}
print(sorted(s3), s3.copy() == s3)
s3.clear()
print(s3, set(), {x % 3 for x in range(10)})
fs = frozenset([1, 2, 2])
print(fs, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, {fs: "key"}[frozenset({1, 2})], frozenset())
print(fs == {1, 2}, hash(fs) == hash(frozenset([2, 1])), fs.union([5]), 1 in fs, sorted(fs))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1][3], lambda: [1][str(1)], lambda: [1, "a"].sort(), lambda: sorted([1, None]),
            lambda: [1] + (2,), lambda: [1] * [2], lambda: [].insert(1), lambda: (1,)[5],
            lambda: (1, 2).index(3), lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(),
            lambda: {[]: 1}, lambda: {1: 2} | [1], lambda: dict([1]), lambda: dict([(1, 2, 3)]),
            lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: fs.add(1),
            lambda: {1} + {2}, lambda: [1, 2][::0], lambda: list(5), lambda: tuple(None),
            lambda: set(1), lambda: dict(1), lambda: [].sort(lambda a: a), lambda: frozenset([[]]),
            lambda: {"a": 1}.get(), lambda: [1, 2].count(), lambda: (1,).count(), lambda: dict.fromkeys()]:
    try:
        print("ok", bad())
    except (IndexError, ValueError, TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
q = [1, 2, 3]
try:
    q[0:1:2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    q[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del q[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
