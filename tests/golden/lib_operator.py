import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.mul(4, 5), operator.sub(1, 9), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.ne(1, 1))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.abs(-3), operator.index(7))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abc", "c"), operator.getitem([5, 6], 1), operator.length_hint([1, 2]))
d = {}
operator.setitem(d, "k", 1)
print(d)
operator.delitem(d, "k")
print(d)
print(operator.iadd([1], [2]), operator.iadd(1, 2), operator.imul("ab", 2))

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter(2, 0), rows)))
print(itemgetter("x")({"x": 10}), itemgetter(slice(1, 3))("abcd") if False else "")
print(repr(itemgetter(1)), repr(itemgetter(0, "k")))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = None


p = Point(3, 4)
p.inner = Point(5, 6)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("inner.y")(p))
print(repr(attrgetter("x")), repr(attrgetter("a", "b.c")))
print(sorted([Point(2, 0), Point(1, 0)], key=attrgetter("x"))[0].x)
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o")("banana"))
print(repr(methodcaller("split", ",", maxsplit=1)))
import functools
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(operator.add, ["a", "b"]))
