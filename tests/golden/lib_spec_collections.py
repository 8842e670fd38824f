# collections: deque, defaultdict, Counter, namedtuple and OrderedDict as
# scripts use them, with their reprs and misuse errors.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

dq = deque([1, 2, 3])
dq.append(4)
dq.appendleft(0)
dq.extend([5, 6])
dq.extendleft([-1, -2])
print(dq, len(dq), dq[0], dq[-1], dq.pop(), dq.popleft(), dq)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, 3 in dq, dq.count(3), dq.index(3), list(reversed(dq)))
dq.remove(3)
bounded = deque(range(5), maxlen=3)
bounded.append(9)
bounded.appendleft(7)
print(dq, bounded, bounded.maxlen, deque(), deque("ab") == deque(["a", "b"]))
dq.clear()
print(dq, bool(dq))
groups = defaultdict(list)
for word in ["apple", "bean", "avocado", "beet", "corn"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], "z" in groups, groups.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), defaultdict(lambda: "n/a")["k"], defaultdict(None, {"a": 1}))
c = Counter("mississippi")
print(c, c["s"], c["z"], c.most_common(2), sorted(c.elements()), sum(c.values()), len(c))
c.update("sip")
c.subtract({"i": 10})
print(c, c.total(), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter({"x": 2}))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=2) | Counter(a=5, b=1), Counter(a=2, b=3) & Counter(a=5, b=1))
Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "r g b", defaults=[0])
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Color(1, 2), tuple(p), p == (3, 4))
x, y = p
print(x + y, Point._make([5, 6]), len(p), list(p), hash(p) == hash((3, 4)))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(a=1, b=2)
od2.move_to_end("b", last=False)
print(od2, od2 == OrderedDict(b=2, a=1), od2 == {"a": 1, "b": 2})
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5),
            lambda: deque([1])[5], lambda: p.z,
            lambda: setattr(p, "x", 5), lambda: namedtuple("Bad", ["1x"]), lambda: Counter(5),
            lambda: OrderedDict().popitem(), lambda: od2.move_to_end("zz"), lambda: defaultdict(5),
            lambda: Point(1, 2)._replace(z=1), lambda: deque(maxlen=-1)]:
    try:
        print("ok", bad())
    except (IndexError, ValueError, TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
