# dict(m) and d.update(m) take any mapping with keys(), not only dicts.
from collections import defaultdict, Counter, OrderedDict

dd = defaultdict(list)
dd["a"].append(1)
dd["b"].append(2)
print(dict(dd), dict(Counter("abca")), dict(OrderedDict([("z", 1), ("y", 2)])))


class Mapping:
    def __init__(self):
        self.data = {"x": 10, "y": 20}

    def keys(self):
        print("keys() called")
        return list(self.data)

    def __getitem__(self, k):
        return self.data[k] * 2


d = {"x": 0}
d.update(Mapping())
print(d, dict(Mapping(), z=3))


class NoKeys:
    def __iter__(self):
        return iter([("k", "v")])


print(dict(NoKeys()))
