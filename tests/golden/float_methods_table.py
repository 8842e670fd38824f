# Every member of float's table, with misuse.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("is_integer", lambda: [(2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), float("nan").is_integer()])
t("ratio", lambda: [(0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1]])
t("hex", lambda: [(0.75).hex(), (-0.0).hex(), (5e-324).hex(), float("inf").hex()])
t("fromhex", lambda: [float.fromhex("0x1p3"), float.fromhex(" -0x1.8p-1 "), float.fromhex("inf"), (1.5).fromhex("0x1p1")])
t("conjugate", lambda: [(1.5).conjugate(), float.conjugate(2.5)])
t("getters", lambda: [(1.5).real, (1.5).imag, (-0.0).real])
t("getformat", lambda: [float.__getformat__("double"), float.__getformat__("float"), (1.0).__getformat__("double")])
t("getnewargs", lambda: (1.5).__getnewargs__())
t("trunc floor ceil", lambda: [(3.7).__trunc__(), (-3.7).__trunc__(), (3.7).__floor__(), (-3.2).__floor__(), (3.2).__ceil__(), (1e20).__trunc__()])
t("round", lambda: [(2.5).__round__(), (3.5).__round__(), (3.14159).__round__(2), (1.5).__round__(None), (1234.5).__round__(-2)])
t("int float abs", lambda: [(3.9).__int__(), (3.9).__float__(), (-3.9).__abs__(), (0.0).__bool__()])
t("format", lambda: [(1.5).__format__(".3f"), (1.5).__format__(""), (1234.5).__format__(",")])
t("slots", lambda: [(1.5).__add__(1), (1.5).__add__(1j), (1.5).__radd__(True), (7.5).__floordiv__(2), (7.5).__rmod__(2), (7.5).__divmod__(2), (2.0).__rpow__(3)])
t("compare", lambda: [(1.0).__eq__(1), (1.0).__lt__(2), (1.0).__eq__(1j), (1.0).__ge__("a")])
t("hash", lambda: [(1.0).__hash__() == hash(1), (1.5).__hash__(), (-1.0).__hash__()])

# misuse
t("is_integer arity", lambda: (2.5).is_integer(1))
t("hex kw", lambda: (2.5).hex(x=1))
t("fromhex arity", lambda: float.fromhex())
t("fromhex type", lambda: float.fromhex(3))
t("fromhex bad", lambda: float.fromhex("0x1.zp1"))
t("fromhex big", lambda: float.fromhex("0x1p99999"))
t("ratio inf", lambda: float("inf").as_integer_ratio())
t("ratio nan", lambda: float("nan").as_integer_ratio())
t("getformat value", lambda: float.__getformat__("x"))
t("getformat type", lambda: float.__getformat__(1))
t("getformat arity", lambda: float.__getformat__())
t("trunc nan", lambda: float("nan").__trunc__())
t("floor inf", lambda: float("inf").__floor__())
t("round arity", lambda: (1.5).__round__(1, 2))
t("format type", lambda: (1.5).__format__(1))
t("format code", lambda: (1.5).__format__("x"))
t("zero", lambda: (1.5).__truediv__(0))
t("descriptor", lambda: float.hex(1))
t("no index", lambda: (1.5).__index__())
t("set attr", lambda: setattr(1.5, "imag", 1))
t("pow mod", lambda: (2.0).__pow__(2, 5))

class Price(float):
    pass

p = Price(2.5)
t("subclass", lambda: [p.hex(), p.real, p.is_integer(), p + 1, p.__round__(), type(Price.fromhex("0x1p1")).__name__])
