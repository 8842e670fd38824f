# complex numbers: literals, construction, repr and str.
print(1j, 2.5J, 1e3j, 0j, 1_000j, 01j, .5j, 5.j)
print(type(1j).__name__, isinstance(1j, complex), complex)
print(1 + 2j, 1 - 2j, -1j, -(1 + 0j), -0j, complex(-0.0, -1))
nan, inf = float("nan"), float("inf")
print(complex(nan, inf), complex(inf, -inf), complex(0, nan), complex(-1.5, nan))
print(complex(1e16, 1e-5), complex(1e-7, 1e22), complex(0.1, 123456789012345678.0))
print(repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), str(1 + 2j), f"{3-4j}", "%s %r" % (1j, 2j))
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2))
print(complex(real=1, imag=2), complex(imag=2), complex(1j, 1j), complex(1j, 2), complex(1, 2j))
for s in ["1+2j", " ( 1+2j ) ", "1e3-2.5e-2J", "j", "-j", "+J", "1-j", "inf-nanj", "1_0+2_0j",
          "1.5", "-1.5j", "  2j  ", "Infinity", "-infj", ".5j", "5.j", "１+２j"]:
    print(repr(s), complex(s))

class C:
    def __complex__(self):
        return complex(1, -0.0)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(C(), 0), complex(F()), complex(I()), complex(1, F()))

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["1+", "", "1e", "jj", "1+2j+3", "1 + 2j", "(2j", "2j)", "()", "1__0j", "_1j", "0x10", "1\x00"]:
    t(repr(s), lambda: complex(s))
t("str and imag", lambda: complex("1", 2))
t("imag str", lambda: complex(1, "2"))
t("None", lambda: complex(None))
t("list", lambda: complex([]))
t("bytes", lambda: complex(b"1"))
t("imag None", lambda: complex(1, None))
t("imag str kw", lambda: complex(imag="2"))
t("three", lambda: complex(1, 2, 3))
t("keyword", lambda: complex(x=1))
t("both", lambda: complex(1, real=2))
t("big", lambda: complex(10**400))
class B:
    def __complex__(self):
        return 5
t("bad __complex__", lambda: complex(B()))
t("new", lambda: complex.__new__(complex, "5"))
t("new bad", lambda: complex.__new__(int, "5"))
