# pow() with two and three arguments and divmod() on user classes.


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class P:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)


attempt("pow3", lambda: pow(P(), 2, 5))
attempt("pow3 None", lambda: pow(P(), 2, None))
attempt("pow3 exp", lambda: pow(2, P(), 5))
attempt("pow3 mod", lambda: pow(2, 3, P()))
attempt("pow2", lambda: pow(P(), 2))
attempt("rpow2", lambda: pow(2, P()))
attempt("**", lambda: P() ** 3)
attempt("r**", lambda: 3 ** P())
attempt("divmod", lambda: divmod(P(), 3))
attempt("rdivmod", lambda: divmod(3, P()))


class NoMod:
    def __pow__(self, o): return "pow one"


attempt("pow3 arity", lambda: pow(NoMod(), 2, 3))
attempt("pow2 arity", lambda: pow(NoMod(), 2))


class Declines:
    def __pow__(self, o, m=None): return NotImplemented
    def __divmod__(self, o): return NotImplemented


attempt("declines pow3", lambda: pow(Declines(), 2, 3))
attempt("declines pow2", lambda: pow(Declines(), 2))
attempt("declines divmod", lambda: divmod(Declines(), 2))


class MyInt(int):
    pass


attempt("int sub pow3", lambda: pow(MyInt(3), MyInt(4), MyInt(5)))
attempt("bool pow3", lambda: pow(True, 2, 3))
attempt("ints", lambda: (pow(2, 10, 1000), pow(2, -1, 5), pow(-2, 3, 5), pow(2, 3, -5)))
attempt("float base", lambda: pow(2.0, 3, 5))
attempt("float mod", lambda: pow(2, 3, 5.0))
attempt("str base", lambda: pow("a", 2, 3))
attempt("str float", lambda: pow("a", 2.0, 3))
attempt("str complex", lambda: pow("a", 3j, 5))
attempt("complex mod", lambda: pow(2, 3, 5j))
attempt("complex exp", lambda: pow(2, 3j, "a"))
attempt("list", lambda: pow([], 2, 3))
attempt("zero mod", lambda: pow(2, 3, 0))
attempt("not invertible", lambda: pow(2, -1, 4))
attempt("arity", lambda: pow(2, 3, 4, 5))
attempt("none exp", lambda: pow(2, None))
attempt("divmod ints", lambda: (divmod(7, 2), divmod(-7, 2), divmod(7.5, 2)))
attempt("divmod str", lambda: divmod(1, "a"))
attempt("divmod zero", lambda: divmod(1, 0))
attempt("divmod arity", lambda: divmod(1))


class DM(int):
    def __rdivmod__(self, o): return ("DM rdivmod", o)


attempt("divmod sub", lambda: divmod(7, DM(2)))
attempt("divmod sub left", lambda: divmod(DM(7), 2))
