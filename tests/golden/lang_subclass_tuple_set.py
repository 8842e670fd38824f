# Subclasses of tuple, set, frozenset, bytes and bytearray.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, type(q).__name__, p.x, q.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), p[1], p[:1])
x, y = p
print(x, y, list(p), sorted(Point(3, 1)), {p: "pt"}[(1, 2)], p * 2, type(p * 2).__name__, (0,) + p)
print(isinstance(p, tuple), Point.__mro__, p.count(1), p.index(2), tuple(p), type(tuple(p)).__name__)


class Pair(tuple):
    pass


print(Pair([1, 2]), Pair(), Pair("ab"), repr(Pair((1,))), Pair((1,)) < (2,))


class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)


t = Tags(["a"])
t.add_all("b", "c")
print(sorted(t), len(t), "b" in t, type(t).__name__, t == {"a", "b", "c"}, sorted(t | {"z"}), type(t | {"z"}).__name__)
t -= {"a"}
print(sorted(t), type(t).__name__)
t |= {"q"}
t &= {"q", "b"}
print(sorted(t), t.issubset({"q", "b", "x"}), sorted(set.union(t, {"w"})))
print(repr(Tags()), Tags([1]), bool(Tags()))


class Frozen(frozenset):
    pass


f = Frozen([1, 2])
print(f, sorted(f & {2, 3}), hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset([2, 1])], f | {5})


class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"hi")
print(b, b.hexed(), len(b), b[0], b + b"!", b.upper(), b == b"hi", b.decode(), list(b), Blob([65, 66]))


class Buffer(bytearray):
    pass


buf = Buffer(b"ab")
buf.append(99)
buf += b"d"
print(buf, len(buf), buf[0], bytes(buf), buf == b"abcd", type(buf).__name__)
