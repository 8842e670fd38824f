# int's slot wrappers: NotImplemented for operands of wider types,
# keyword and arity misuse.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("add", lambda: [(1).__add__(2), (1).__add__(True), (1).__add__(1.5), (1).__add__("a"), (1).__radd__(2)])
t("sub mul", lambda: [(5).__sub__(2), (5).__rsub__(2), (5).__mul__(3), (5).__rmul__(2.0)])
t("div", lambda: [(7).__truediv__(2), (7).__rtruediv__(14), (7).__floordiv__(2), (7).__rfloordiv__(15), (7).__mod__(3), (7).__rmod__(15)])
t("divmod", lambda: [(7).__divmod__(2), (7).__rdivmod__(30), (7).__divmod__(2.0)])
t("pow", lambda: [(2).__pow__(10), (2).__pow__(10, 1000), (2).__pow__(3, None), (2).__rpow__(3), (2).__rpow__(3, 5), (2).__pow__(0.5)])
t("bits", lambda: [(6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__rand__(3), (1).__lshift__(4), (256).__rshift__(4), (2).__rlshift__(1), (2).__rrshift__(64)])
t("unary", lambda: [(5).__neg__(), (5).__pos__(), (5).__invert__(), True.__neg__(), True.__invert__(), (0).__bool__(), (3).__bool__()])
t("compare", lambda: [(1).__eq__(1), (1).__eq__(1.0), (1).__lt__(2), (2).__ge__(True), (1).__ne__("a"), (1).__le__(1.5)])
t("hash", lambda: [(5).__hash__(), (-1).__hash__(), True.__hash__(), (2**61).__hash__()])
t("bool ops", lambda: [True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(1), True.__rxor__(True), True.__and__(1.0)])
t("zero", lambda: (1).__truediv__(0))
t("zero floordiv", lambda: (1).__floordiv__(0))
t("shift", lambda: (1).__lshift__(-1))
t("kw", lambda: (1).__add__(x=1))
t("arity0", lambda: (1).__add__())
t("arity2", lambda: (1).__add__(1, 2))
t("pow arity0", lambda: (1).__pow__())
t("pow arity3", lambda: (1).__pow__(1, 2, 3))
t("pow kw", lambda: (1).__pow__(x=1))
t("pow float mod", lambda: (2).__pow__(2.0, 5))
t("neg arity", lambda: (1).__neg__(1))
t("wrong self", lambda: int.__add__(1.5, 1))
t("bool repr self", lambda: bool.__repr__(1))
t("int new", lambda: [int.__new__(int, "12"), bool.__new__(bool, 1)])
t("new bad", lambda: int.__new__(str, 1))

class Age(int):
    pass

a = Age(41)
t("subclass", lambda: [a + 1, a.real, a.numerator, a.bit_length(), a.__add__(1), a.to_bytes(1, "big"), repr(a)])
t("subclass from_bytes", lambda: type(Age.from_bytes(b"\x05", "big")).__name__)
class Loud(int):
    def bit_length(self):
        return super().bit_length() * 100
    def __add__(self, other):
        return super().__add__(other) * 10
print(Loud(5).bit_length(), Loud(5) + 1, Loud(5).__radd__(1), Loud(5).imag)
