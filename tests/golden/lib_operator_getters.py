# operator.itemgetter, attrgetter and methodcaller: results, reprs, types.
from operator import attrgetter, itemgetter, methodcaller
import operator


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


tree = Node("root", Node("kid", Node("grandkid")))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("child.child.name")(tree))
print(attrgetter("name", "child.name", "child.child.child")(tree))
print(attrgetter("__class__.__name__", "name")(tree), attrgetter("__class__.__name__")(1.5))
print(itemgetter(0)("abc"), itemgetter(-1)([1, 2, 3]), itemgetter(1, 0, 1)("xy"), itemgetter("k", "j")({"k": 1, "j": 2}))
print(itemgetter(slice(1, 3))("abcd"), itemgetter(slice(None, None, -1))((1, 2, 3)), itemgetter((1, 2))({(1, 2): "t"}))
print(methodcaller("greet", "Hi")(tree), methodcaller("greet", "Yo", punct="?")(tree), methodcaller("upper")("q"))
print(methodcaller("count", 1)([1, 1, 2]), methodcaller("get", "z", 0)({}), methodcaller("split", sep=",", maxsplit=1)("a,b,c"))
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(rows, key=itemgetter("v", "n"))], max(rows, key=itemgetter("n")))
print(sorted([Node("z"), Node("m")], key=attrgetter("name"))[0].name, list(map(itemgetter(1), [(1, 2), (3, 4)])))
for g in [itemgetter(1), itemgetter(1, 2), itemgetter("a", slice(1, 2)), itemgetter((1, 2)), itemgetter(None),
          attrgetter("a"), attrgetter("a", "b.c"), attrgetter("a..b"), attrgetter(".a"),
          methodcaller("f"), methodcaller("f", 1, "x", k=[2], j=None), methodcaller("g", (1,), {2: 3})]:
    print(repr(g), type(g).__name__)
print(type(itemgetter(1)), itemgetter, attrgetter, methodcaller, type(itemgetter(1)) is itemgetter)
print(isinstance(attrgetter("x"), attrgetter), isinstance(methodcaller("x"), operator.methodcaller), callable(itemgetter(0)))
print(itemgetter(1).__call__([5, 6]), str(attrgetter("q")), f"{methodcaller('m')!r}")
g = itemgetter(0)
print(g == g, g != itemgetter(0), hash(g) == hash(g))
