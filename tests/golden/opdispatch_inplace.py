# Augmented assignment: the left's in-place method, then the binary
# method, then the right's reflected one.


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Right:
    def __ror__(self, o): return ("ror", o)
    def __radd__(self, o): return ("radd", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __rsub__(self, o): return ("rsub", o)


def aug_or(x, y):
    x |= y
    return x


def aug_add(x, y):
    x += y
    return x


def aug_sub(x, y):
    x -= y
    return x


def aug_matmul(x, y):
    x @= y
    return x


attempt("int |=", lambda: aug_or(3, Right()))
attempt("int +=", lambda: aug_add(3, Right()))
attempt("str +=", lambda: aug_add("s", Right()))
attempt("int @=", lambda: aug_matmul(3, Right()))
attempt("set -=", lambda: aug_sub({1}, Right()))
attempt("set |=", lambda: aug_or({1}, Right()))
attempt("frozenset |=", lambda: aug_or(frozenset({1}), Right()))
attempt("tuple +=", lambda: aug_add((1,), Right()))
attempt("list += list", lambda: aug_add([1], [2]))
attempt("set |= set", lambda: sorted(aug_or({1}, {2})))


class MyInt(int):
    def __ror__(self, o): return ("MyInt ror", o)


attempt("int |= sub", lambda: aug_or(8, MyInt(1)))


class Left:
    def __or__(self, o): return "Left or"
    def __ior__(self, o): return NotImplemented


attempt("ior declines", lambda: aug_or(Left(), 1))


class Both:
    def __or__(self, o): return NotImplemented
    def __ror__(self, o): return "Both ror"


attempt("left or declines", lambda: aug_or(Both(), Both()))
attempt("int |= Both", lambda: aug_or(1, Both()))


class Nothing:
    pass


attempt("bad |=", lambda: aug_or(1, "a"))
attempt("bad +=", lambda: aug_add(1, Nothing()))
attempt("bad @=", lambda: aug_matmul(1, 2))
attempt("bad set -=", lambda: aug_sub({1}, Nothing()))
attempt("bad list +=", lambda: aug_add([1], Nothing()))
attempt("bad user |=", lambda: aug_or(Nothing(), 1))
attempt("bad |", lambda: 1 | "a")
attempt("bad @", lambda: 1 @ 2)
