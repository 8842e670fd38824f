from collections import defaultdict, Counter, OrderedDict
d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, len(d), "a" in d, list(d), d.get("z", 5), sorted(d.items()))
d.setdefault("c", 3); d.pop("b"); print(d)
c = Counter("abracadabra")
print(c.most_common(2), c["z"], len(c), "a" in c, c.setdefault("q", 0), sorted(c))
c.clear(); print(c)
o = OrderedDict(x=1, y=2); o.move_to_end("x"); print(o, list(o.keys()))
