# Subclasses of dict: __missing__, attribute dicts, registries, super calls.
import json


class Registry(dict):
    def __missing__(self, key):
        value = self[key] = "made-" + key
        return value


r = Registry(a=1)
print(r, r["a"], r["zz"], r, len(r), "zz" in r, r.get("nope"), r.get("a"))
print(type(r).__name__, isinstance(r, dict), list(r), list(r.items()), list(r.values()))


class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, a["y"])
del a.x
print(a)
try:
    a.missing
except KeyError as e:
    print("KeyError", e)


class Counted(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


c = Counted({"a": 1}, b=2)
c["k"] = 3
dict.__setitem__(c, "raw", 4)
print(c, c.writes, c["K"], c.get("k"), c.setdefault("z", 0), c)
print(c == {"a": 1, "b": 2, "k": 3, "raw": 4, "z": 0}, dict(c), {**c}, json.dumps(c))


def kw(**kwargs):
    return kwargs


print(kw(**Counted(p=1)), dict(Registry(q=2)), {1: 2} | Registry(r=3), type(Registry(r=3) | {1: 2}).__name__)
d = Registry(s=1)
d |= {"t": 2}
print(d, type(d).__name__)
d.update(u=3)
d.update([("v", 4)])
print(d, d.pop("u"), d.popitem(), sorted(d), d.copy(), type(d.copy()).__name__)
for k in Registry(m=1, n=2):
    print(k, end=" ")
print()
print(repr(Registry()), str(Registry(w=[1])), f"{Registry(w=1)}", bool(Registry()), bool(Registry(a=1)))


class Default(dict):
    def __init__(self, factory):
        self.factory = factory

    def __missing__(self, key):
        self[key] = self.factory()
        return self[key]


dd = Default(list)
dd["x"].append(1)
dd["x"].append(2)
print(dd, dd.factory.__name__, len(dd))
try:
    Registry()[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.__getitem__(Counted(), "nope")
except KeyError as e:
    print("KeyError", e)
