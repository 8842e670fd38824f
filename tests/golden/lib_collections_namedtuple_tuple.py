# namedtuple classes are tuple subclasses: equality, hashing and ordering
# with plain tuples, concatenation, slicing, unpacking, and class patterns.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p == (1, 2), isinstance(p, tuple), p[0], p[-1], p[:1], p + (3,), tuple(p), list(p))
print(hash(p) == hash((1, 2)), {p: 1}[(1, 2)], sorted([P(2, 1), P(1, 2), (0, 5)]))
x, y = p
print(x, y, len(p), 2 in p, p._replace(x=5), p._asdict(), P._fields, max(p), p.count(1), p.index(2))
print(type(p).__mro__, type(p).__name__, P._make([3, 4]), P.__match_args__)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
print(Q(5), Q(5, 6), Q._field_defaults, Q(a=1, c=3))
R = namedtuple("R", "x, def, _z, x", rename=True)
print(R._fields, R(1, 2, 3, 4))
S = namedtuple("S", "only")
print(S(9), S(9)[0], S._make((1,)))
match P(3, 4):
    case P(x=3, y=yy):
        print("matched keyword", yy)
match P(3, 4):
    case P(a, b):
        print("matched positional", a, b)
for bad in ["P(1)", "P(1, 2, 3)", "P(1, z=2)", "P._make([1])", "p._replace(z=1)", "setattr(p, 'x', 5)",
            "namedtuple('T', 'a a')", "namedtuple('T', '_a')", "namedtuple('T', 'def')", "namedtuple('1T', 'a')",
            "namedtuple('T', 'a b', defaults=[1, 2, 3])"]:
    try:
        eval(bad)
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
