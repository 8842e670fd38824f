# __index__ is accepted where CPython accepts an integer: slices,
# sequence repetition, range(), bin/hex/oct, chr and subscripts.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Idx:
    def __index__(self): return 3
class BadIdx:
    def __index__(self): return "x"
n = Idx()
t("slice", lambda: [0,1,2,3,4][n:])
t("slice stop", lambda: "abcdef"[1:n])
t("mul", lambda: [0] * n)
t("rmul", lambda: n * "ab")
t("range", lambda: list(range(n)))
t("range2", lambda: list(range(1, n)))
t("bin", lambda: (bin(n), hex(n), oct(n)))
t("item", lambda: "abcd"[n])
t("tuple item", lambda: (1, 2, 3, 4)[n])
t("chr", lambda: chr(Idx()))
t("bad", lambda: [0] * BadIdx())
t("bad range", lambda: range(BadIdx()))
t("none", lambda: range(object()))
