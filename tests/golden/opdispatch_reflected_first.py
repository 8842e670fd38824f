# A right operand whose type is a proper subclass of the left's and that
# overrides the reflected method gets asked first.


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class MyInt(int):
    def __radd__(self, o): return ("radd", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rmul__(self, o): return ("rmul", o)
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rmod__(self, o): return ("rmod", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __rand__(self, o): return ("rand", o)
    def __rxor__(self, o): return ("rxor", o)
    def __ror__(self, o): return ("ror", o)
    def __rdivmod__(self, o): return ("rdivmod", o)


m = MyInt(1)
attempt("+", lambda: 8 + m)
attempt("-", lambda: 8 - m)
attempt("*", lambda: 8 * m)
attempt("/", lambda: 8 / m)
attempt("//", lambda: 8 // m)
attempt("%", lambda: 8 % m)
attempt("**", lambda: 8 ** m)
attempt("<<", lambda: 8 << m)
attempt(">>", lambda: 8 >> m)
attempt("&", lambda: 8 & m)
attempt("^", lambda: 8 ^ m)
attempt("|", lambda: 8 | m)
attempt("divmod", lambda: divmod(8, m))
attempt("pow", lambda: pow(8, m))
attempt("m + m", lambda: m + m)
attempt("m | 2", lambda: m | 2)


class Plain(int):
    pass


attempt("plain", lambda: (8 + Plain(1), 8 | Plain(2), divmod(8, Plain(3))))


class MyStr(str):
    def __rmod__(self, o): return "MyStr rmod " + o
    def __radd__(self, o): return "MyStr radd " + o


attempt("str %", lambda: "a%s" % MyStr("x"))
attempt("str +", lambda: "a" + MyStr("x"))
attempt("str % plain", lambda: "a%s" % str("x"))


class MyList(list):
    def __radd__(self, o): return "MyList radd"
    def __rmul__(self, o): return "MyList rmul"


attempt("list +", lambda: [1] + MyList([2]))
attempt("list * sub", lambda: [1] * 2)


class A:
    def __matmul__(self, o): return "A matmul"
    def __rmatmul__(self, o): return "A rmatmul"
    def __sub__(self, o): return "A sub"


class B(A):
    def __rmatmul__(self, o): return "B rmatmul"
    def __rsub__(self, o): return "B rsub"


class C(A):
    pass


attempt("A @ B", lambda: A() @ B())
attempt("B @ A", lambda: B() @ A())
attempt("A @ C", lambda: A() @ C())
attempt("A - B", lambda: A() - B())
attempt("B @ B", lambda: B() @ B())


class Declines(int):
    def __radd__(self, o): return NotImplemented
    def __rsub__(self, o):
        print("  rsub asked")
        return NotImplemented


attempt("declines +", lambda: 1 + Declines(2))
attempt("declines -", lambda: 10 - Declines(2))


class D(A):
    def __rmatmul__(self, o): return NotImplemented


attempt("A @ D", lambda: A() @ D())


class Fails(int):
    def __radd__(self, o): raise ValueError("from radd")


attempt("fails", lambda: 1 + Fails(2))
attempt("float", lambda: 1.5 * MyInt(2))


class MyFloat(float):
    def __rmul__(self, o): return "MyFloat rmul"
    def __rtruediv__(self, o): return "MyFloat rtruediv"


attempt("float sub", lambda: 2.0 * MyFloat(3))
attempt("float sub /", lambda: 2.0 / MyFloat(3))
attempt("int * float sub", lambda: 2 * MyFloat(3))
