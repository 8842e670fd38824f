from collections import deque, Counter, OrderedDict, defaultdict, namedtuple

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

# deque
d = deque([1, 2, 3], maxlen=3)
d.append(4); print(d, d.maxlen)
d.appendleft(0); print(d)
d.extend([7, 8]); print(d)
d.extendleft([9]); print(d)
show(deque, [], -1)
show(deque, [], "3")
show(d.insert, 0, 5)
show(deque().pop)
show(deque().popleft)
show(d.index, 99)
show(d.remove, 99)
show(d.__getitem__, 10)
show(d.__getitem__, "a")
r = deque(range(6)); r.rotate(2); print(r)
r.rotate(-3); print(r)
r.reverse(); print(r, r.count(1), len(r), 3 in r, list(reversed(r)))
print(deque([1]) == deque([1]), deque([1]) + deque([2]), bool(deque()))
show(lambda: deque([1]) + [2])
e = deque([1, 2]); e += [3]; print(e, e.copy(), e[-1])
del e[0]; e[0] = 20; print(e)
e.clear(); print(e, repr(deque(maxlen=2)))

# Counter
c = Counter("mississippi")
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total(), c["zz"])
c2 = Counter(s=1, i=10, x=2)
print(c + c2, c - c2, c | c2, c & c2)
c.subtract("sss"); print(c)
c.update({"m": 3}, p=1); print(c)
del c["nothere"]; print(c)
print(Counter(a=0) == Counter(), Counter("ab") == {"a": 1, "b": 1}, repr(Counter()))
show(lambda: Counter("a") + 1)
print(Counter([3, 1, 3, 2, 1, 3]).most_common())

# OrderedDict
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a"); print(o)
o.move_to_end("c", last=False); print(list(o))
print(o.popitem(), o.popitem(last=False), o)
show(OrderedDict().popitem)
show(o.move_to_end, "zz")
show(o.__getitem__, "zz")
print(repr(OrderedDict()), o == {"b": 2})

# defaultdict
dd = defaultdict(int)
dd["x"] += 2
print(dd, dd["y"], dd.default_factory)
show(defaultdict, 5)
n = defaultdict()
show(n.__getitem__, "k")
print(repr(defaultdict(None, {1: 2})), dd.copy())

# namedtuple
P = namedtuple("P", "x y", defaults=[5])
print(P(1), P(1, 2)._asdict(), P._fields, P._field_defaults)
show(namedtuple, "P", ["a", "_b"])
show(namedtuple, "P", ["a", "a"])
show(namedtuple, "P", ["a", "def"])
show(namedtuple, "1P", ["a"])
show(namedtuple, "P", ["a", "b"], defaults=[1, 2, 3])
print(namedtuple("R", ["a", "_b", "a", "def"], rename=True)._fields)
show(P._make, [1, 2, 3])
show(P(1)._replace, z=3)
print(P(1)._replace(y=9), P._make([3, 4]))
p = P(1, 2)
show(setattr, p, "x", 3)
