# tuple's methods and slot wrappers, called every way, with misuse.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

p = (3, 1, 4, 1, 5, 9, 2, 6)
t(lambda: p.count(1))
t(lambda: p.count(7))
t(lambda: p.index(1))
t(lambda: p.index(1, 2))
t(lambda: p.index(1, -5, -1))
t(lambda: p.index(9, 0, 3))
t(lambda: p.index(4, True))
t(lambda: p.index())
t(lambda: p.index(1, 2, 3, 4))
t(lambda: p.index(1, "a"))
t(lambda: p.index(1, start=2))
t(lambda: p.count())
t(lambda: p.count(1, 2))
t(lambda: p.count(x=1))
t(lambda: tuple.count(p, 1))
t(lambda: tuple.index(p, 9))
t(lambda: tuple.count([1, 1], 1))
t(lambda: tuple.count())
t(lambda: (1, 2).__getnewargs__())
t(lambda: (1, 2).__getnewargs__(1))
# slot wrappers
t(lambda: (1, 2).__add__((3,)))
t(lambda: (1, 2).__add__([3]))
t(lambda: (1, 2).__mul__(2))
t(lambda: (1, 2).__rmul__(3))
t(lambda: (1, 2).__mul__("x"))
t(lambda: (1, 2).__getitem__(-1))
t(lambda: (1, 2).__getitem__(slice(None, None, -1)))
t(lambda: (1, 2).__getitem__(5))
t(lambda: (1, 2).__contains__(2))
t(lambda: (1, 2).__len__())
t(lambda: (1, 2).__eq__((1, 2)))
t(lambda: (1, 2).__lt__((1, 3)))
t(lambda: (1, 2).__lt__([1, 3]))
t(lambda: (1, 2).__hash__() == hash((1, 2)))
t(lambda: ([],).__hash__())
t(lambda: (1, 2).__repr__())
t(lambda: list((1, 2).__iter__()))
t(lambda: tuple.__new__(tuple, "ab"))
t(lambda: tuple.__new__(list))
t(lambda: tuple.__add__((1,), (2,)))
t(lambda: tuple.__len__([1]))
t(lambda: (1, 2).__len__(1))
t(lambda: tuple.index)
t(lambda: tuple.__add__)
t(lambda: type((1,).count).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def index(self, v):
        return ("mine", super().index(v))

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))


q = Point(7, 8)
t(lambda: q)
t(lambda: q.index(8))
t(lambda: q[0])
t(lambda: q.count(7))
t(lambda: tuple.index(q, 7))
t(lambda: q + (1,))
t(lambda: q.__getnewargs__())
t(lambda: type(q[:1]).__name__)
t(lambda: hash(q) == hash((7, 8)))
