d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
for k in d.keys():
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d)
print(d.pop("missing", "dflt"))
d.update({"c": 3, "b": 20})
print(d)
d.update(e=5)
print(d)
print(d.setdefault("b", 0), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
e = d.copy()
e["new"] = True
print(len(d), len(e))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict())
print(sorted(d.items()) == sorted(list(d.items())))
