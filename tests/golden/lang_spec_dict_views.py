# dict.keys(), .values() and .items() are live views with their own reprs,
# set operations on keys and items, and membership tests.
d = {"x": 1, "y": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, type(k).__name__, type(v).__name__, type(i).__name__)
d["z"] = 3
print(k, len(v), ("z", 3) in i, ("z", 4) in i, "z" in k, 3 in v, list(reversed(k)), list(reversed(i)))
print(sorted(k & {"x", "q"}), sorted(k | {"q"}), sorted(k - {"x"}), sorted(k ^ {"x", "q"}), i & {("x", 1)})
print(k == {"x", "y", "z"}, {"x", "y", "z"} == k, k != {"x"}, k.isdisjoint(["q"]), k.isdisjoint("xq"), sorted({"q"} | k))
print(sorted(k), sorted(v), sorted(i), bool({}.keys()), bool(k), list(iter(i)), type(iter(v)).__name__)
print(d.items() == {("x", 1), ("y", 2), ("z", 3)}, v == v, [1, 2] + list(v), dict(i), set(k) == set(d))
for key, val in d.items():
    print(key, val, end="; ")
print()
print({1: "a"}.keys(), {}.values(), {(1, 2): [3]}.items(), list({1: 2}.values()), len({}.items()))
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key, val in d.items():
        d[key + "!"] = val
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for val in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
print(d, k, v, i)
for bad in [lambda: k[0], lambda: v & {1}, lambda: {[]: 1}.keys(), lambda: [] in k, lambda: d.keys(1)]:
    try:
        print("ok", bad())
    except TypeError as e:
        print(type(e).__name__, e)
e = {"a": 1, "b": 2}
print("".join(e.keys()), max(e.values()), sum(e.values()), sorted(e.items(), key=lambda kv: -kv[1]), min(e.items()))
print(list(zip(e.keys(), e.values())), dict(zip(e.values(), e.keys())), [*e.keys()], tuple(e.items()), e.keys() - ["a"])
print(f"{e.keys()}", "%s" % (e.values(),), "{}".format(e.items()), str(e.keys()), repr(e.values()), f"{e.items()!r:.12}")
try:
    hash(e.keys())
except TypeError as err:
    print(type(err).__name__, err)
try:
    f"{e.keys():>40}"
except TypeError as err:
    print(type(err).__name__, err)
