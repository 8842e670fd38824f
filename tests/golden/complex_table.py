# complex's table: slot wrappers answering NotImplemented, method misuse,
# formatting and subclasses.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("slots", lambda: [(1j).__add__(1), (1j).__radd__(1.5), (1j).__rsub__(1), (1j).__rtruediv__(1), (1j).__mul__(2j), (1j).__rmul__(True)])
t("pow slots", lambda: [(2j).__pow__(2), (2j).__rpow__(3), (1j).__pow__(2, None)])
t("not implemented", lambda: [(1j).__add__("a"), (1j).__lt__(1), (1j).__ge__(1j), (1j).__eq__("a")])
t("compare", lambda: [(1j).__eq__(1j), (1 + 0j).__eq__(1), (1j).__ne__(1), (1.0).__eq__(1j), (1).__eq__(1j)])
t("others", lambda: [(1j).__bool__(), (0j).__bool__(), (1j).__hash__(), (1j).__neg__(), (1 - 1j).__pos__(), (3 - 4j).__abs__(), (1j).__repr__(), (1j).__str__()])
t("unbound", lambda: [complex.conjugate(1j), complex.__add__(1j, 1), complex.real.__get__(1j) if hasattr(complex.real, "__get__") else 0.0])
t("format", lambda: [format(1 + 2j, ""), format(1 + 2j, "10"), format(1 + 2j, ".2f"), format(1 + 2j, "<20"), format(1.5 + 2j, "g")])
t("format more", lambda: [format(1 + 2j, ".3"), format(2j, ".3"), format(1 + 2j, "+.1e"), f"{1+2j:^14.2f}", format(2j, "+")])
t("format more2", lambda: [format(1 - 2j, "+.2f"), format(1 + 2j, " .2f"), format(1e6 + 2j, ",.2f"), format(complex(-0.0, 2), "g"), format(0j, "g")])
t("format more3", lambda: [format(1.5 + 2j, "E"), format(complex(nan := float("nan"), 1), "f"), format(1 + 2j, "*^12"), format(1 + 2j, "#.0f"), format(1 + 2j, "n")])
t("__format__", lambda: (1j).__format__(".1f"))

t("zero padding", lambda: format(1 + 2j, "010"))
t("zero fill", lambda: format(1 + 2j, "0<10"))
t("= align", lambda: format(1 + 2j, "=10"))
t("percent", lambda: format(1 + 2j, "%"))
t("d", lambda: format(1 + 2j, "d"))
t("format type", lambda: (1j).__format__(1))
t("conjugate arity", lambda: (1j).conjugate(1))
t("complex arity", lambda: (1j).__complex__(1))
t("getnewargs arity", lambda: (1j).__getnewargs__(1))
t("abs arity", lambda: (1j).__abs__(1))
t("add kw", lambda: (1j).__add__(x=1))
t("pow modulo", lambda: (2j).__pow__(2, 5))
t("descriptor", lambda: complex.conjugate(1))
t("set real", lambda: setattr(1j, "real", 2))
t("no attr", lambda: (1j).numerator)
t("percent f", lambda: "%f" % 1j)

class Z(complex):
    pass

z = Z(1, 2)
t("subclass", lambda: [z + 1, z.real, z.imag, z.conjugate(), abs(Z(3, 4)), z == 1 + 2j, hash(z) == hash(1 + 2j), repr(z)])
class Loud(complex):
    def __add__(self, other):
        return super().__add__(other) * 2
print(Loud(1, 1) + 1, complex(Z(5, 6)), isinstance(z, complex))
