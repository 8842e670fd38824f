# A dict subclass with __missing__, overridden methods calling super(),
# and the class method fromkeys making instances of the subclass.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Registry(dict):
    def __missing__(self, key):
        print("missing", key)
        if key.startswith("_"):
            raise KeyError(key)
        value = self[key] = key.upper()
        return value

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def get(self, key, default=None):
        return ("via get", super().get(key, default))

    def __repr__(self):
        return "Registry(" + super().__repr__() + ")"


r = Registry(a=1)
t(lambda: r["a"])
t(lambda: r["b"])
t(lambda: r["b"])
t(lambda: r["_hidden"])
t(lambda: r.get("zz"))
t(lambda: r.get("a"))
t(lambda: "zz" in r)
t(lambda: r)
t(lambda: len(r))
t(lambda: dict.__getitem__(r, "q"))
t(lambda: r.__getitem__("w"))
t(lambda: dict.get(r, "w"))
t(lambda: r.setdefault("s", 0))
t(lambda: r.pop("s"))
t(lambda: sorted(r.keys()))
t(lambda: r.copy())
t(lambda: type(r.copy()).__name__)
# fromkeys makes a Registry, filled through its __setitem__
f = Registry.fromkeys(["x", "y"], 0)
t(lambda: type(f).__name__)
t(lambda: f)
t(lambda: type(r.fromkeys([1])).__name__)
t(lambda: type(dict.fromkeys.__self__ if hasattr(dict.fromkeys, "__self__") else dict).__name__)
# operators keep their dict meaning
t(lambda: r | {"n": 0})
t(lambda: type(r | {"n": 0}).__name__)
t(lambda: {"n": 0} | r)
g = Registry()
g |= {"k": 1}
t(lambda: g)
t(lambda: type(g).__name__)
t(lambda: list(reversed(r)))
t(lambda: r == {"a": 1, "b": "B", "w": "W"})


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
t(lambda: c)
t(lambda: c["dog"])
t(lambda: "dog" in c)
t(lambda: c.get("dog"))


class Plain(dict):
    pass


p = Plain(z=1)
t(lambda: p["nope"])
t(lambda: Plain.fromkeys("ab"))
t(lambda: type(Plain.fromkeys("ab")).__name__)
t(lambda: p.__missing__)
