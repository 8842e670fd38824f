# operator's misuse: CPython's exception types and messages.
import operator
from operator import attrgetter, itemgetter, methodcaller


class Node:
    name = "n"


cases = [
    lambda: itemgetter(), lambda: attrgetter(), lambda: methodcaller(), lambda: methodcaller(name="x"),
    lambda: itemgetter(1, k=2), lambda: attrgetter("a", k=2), lambda: attrgetter("a", 1), lambda: attrgetter(1),
    lambda: methodcaller(5), lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2), lambda: itemgetter(1)(x=1),
    lambda: itemgetter(1)(5), lambda: itemgetter(3)([1]), lambda: itemgetter("k")({}), lambda: itemgetter(0, 9)("ab"),
    lambda: attrgetter("a")(x=1), lambda: attrgetter("a", "b")(1, 2), lambda: attrgetter("nope")(5),
    lambda: attrgetter("name.nope")(Node()), lambda: attrgetter("a..b")(Node()),
    lambda: methodcaller("f")(), lambda: methodcaller("f")(1, k=2), lambda: methodcaller("nope")(Node()),
    lambda: methodcaller("upper", 1)("s"),
    lambda: operator.concat(1, 2), lambda: operator.concat([1], (2,)), lambda: operator.concat("a", 1),
    lambda: operator.concat(range(1), range(1)), lambda: operator.concat({}, {}), lambda: operator.iconcat(1, 2),
    lambda: operator.index(1.5), lambda: operator.index("3"), lambda: operator.length_hint(5, "x"),
    lambda: operator.length_hint(), lambda: operator.length_hint(1, 2, 3), lambda: operator.length_hint([], default=3),
    lambda: operator.countOf(1, 1), lambda: operator.indexOf(1, 1), lambda: operator.indexOf([1, 2], 3),
    lambda: operator.contains(1, 1), lambda: operator.add(1), lambda: operator.add(), lambda: operator.add(a=1, b=2),
    lambda: operator.truth(), lambda: operator.not_(1, 2), lambda: operator.truth(x=1), lambda: operator.index(),
    lambda: operator.abs(), lambda: operator.call(), lambda: operator.countOf([1]), lambda: operator.is_(1),
    lambda: operator.setitem(1, 2), lambda: operator.pow(2), lambda: operator.lt(1, 2, 3), lambda: operator.lt(1, "a"),
    lambda: operator.abs("a"), lambda: operator.neg("a"), lambda: operator.inv(1.5), lambda: operator.matmul(1, 2),
    lambda: operator.setitem(1, 2, 3), lambda: operator.delitem([], 0), lambda: operator.getitem({}, "k"),
    lambda: operator.add(1, "a"), lambda: operator.truediv(1, 0),
    lambda: operator.itruediv(1, 0), lambda: operator.is_none, lambda: operator.call(5),
]
for f in cases:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
