# operator's functions: the operations they stand for, on builtins and on
# user classes, the in-place forms, and the module's names.
import operator


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        return Num(self.v + getattr(o, "v", o))

    def __iadd__(self, o):
        self.v += getattr(o, "v", o)
        return self

    def __neg__(self):
        return Num(-self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __index__(self):
        return self.v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v

    def __matmul__(self, o):
        return ("matmul", self.v, o.v)

    def __imatmul__(self, o):
        return ("imatmul", self.v, o.v)


a, b = Num(3), Num(-4)
print(operator.add(a, b), operator.neg(b), operator.abs(b), operator.index(a), operator.lt(b, a))
print(operator.eq(a, Num(3)), operator.ne(a, b), operator.matmul(a, b), operator.imatmul(a, b))
c = Num(1)
print(operator.iadd(c, 5) is c, c, operator.pos(-2.5), operator.inv(-1), operator.invert(True))
print(operator.le(2, 2), operator.gt("b", "a"), operator.ge([1], [1, 0]), operator.truth("x"), operator.not_([0]))
print(operator.is_(a, a), operator.is_not(a, Num(3)), operator.pow(2, -1), operator.pow(3, 4), operator.mod("%s!", 5))
print(operator.truediv(1, 4), operator.floordiv(-7, 2), operator.rshift(-16, 2), operator.lshift(3, 70))
print(operator.concat("ab", "cd"), operator.concat((1,), (2,)), operator.concat(b"a", bytearray(b"b")))
lst = [1]
print(operator.iconcat(lst, (2, 3)) is lst, lst, operator.iconcat("x", "y"), operator.iconcat((1,), (2,)))
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]:
    print(name, getattr(operator, name)(12, 5), end="; ")
print()
s = {1, 2}
print(operator.ior(s, {3}) is s, operator.iand({1, 2}, {2}), operator.ixor({1}, {1, 5}), operator.isub({1, 2}, {1}))
print(operator.contains([1, 2], 2), operator.contains("abc", "d"), operator.contains({"k": 1}, "k"))
print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.countOf("banana", "a"), operator.countOf(iter([a, a]), Num(3)))
print(operator.indexOf((5, 6, 7), 7), operator.indexOf(iter("xyz"), "y"), operator.indexOf([a], Num(3)))
d = {"x": [1, 2, 3]}
operator.setitem(d, "y", 2)
operator.delitem(d["x"], slice(0, 2))
print(d, operator.getitem(d, "x"), operator.getitem("hello", slice(1, None, 2)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(range(10)))
it = iter(range(0, 10, 3))
next(it)
print(operator.length_hint(it), operator.length_hint(5), operator.length_hint(5, 7), operator.length_hint(iter("abc")))


class Hint:
    def __length_hint__(self):
        return 4


class NoHint:
    def __length_hint__(self):
        return NotImplemented


print(operator.length_hint(Hint()), operator.length_hint(NoHint(), 9), operator.length_hint(reversed([1, 2])))
print(operator.call(len, [1, 2]), operator.call(dict, a=1), operator.call(max, 3, 9, key=lambda x: -x))
print(operator.add.__name__, operator.__add__ is operator.add, operator.__call__ is operator.call, operator.__inv__.__name__)
print(operator.__all__ == sorted(operator.__all__), len(operator.__all__), operator.__all__[:6])
print(repr(operator.add), repr(operator.itemgetter), type(operator.attrgetter("a")), operator.__name__)
print(sorted(n for n in dir(operator) if n.startswith("__i")))
