# User-defined iterables work wherever builtins take an iterable: list +=,
# set methods, dict(), str.join, unpacking, sorted, and `in`.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"Bag{tuple(self.items)}"


xs = [0]
xs += Bag(1, 2)
xs.extend(Bag(3))
s = {0}
s |= set(Bag(9))
s.update(Bag(8))
print(xs, sorted(s), {0}.union(Bag(5)), sorted({1, 2}.intersection(Bag(2, 3))), frozenset(Bag(4)))
print(dict(Bag(("a", 1), ("b", 2))), "-".join(Bag("x", "y")), tuple(Bag(1)), [*Bag(1, 2), *Bag()])
a, b = Bag("p", "q")
first, *rest = Bag(1, 2, 3)
print(a, b, first, rest, 2 in Bag(1, 2), 5 in Bag(), sorted(Bag(3, 1, 2)), max(Bag(4, 9)), {Bag(1)}.pop())
print({Bag(1), Bag(2)} != set(), str({Bag(7)}), f"{ {Bag(6)} }", "%s" % ({Bag(5)},))
try:
    xs += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = Bag(1)
except ValueError as e:
    print(type(e).__name__, e)
print("{} {!r} {!s} {!a}".format([Bag(1)], (Bag(2),), {1: Bag(3)}, [Bag("\xe9")]), "{!a}".format(["\xe9"]))
try:
    print("{:>5}".format([Bag()]))
except TypeError as e:
    print(type(e).__name__, e)
