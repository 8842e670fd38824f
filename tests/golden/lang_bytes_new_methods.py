# expandtabs, istitle, translate, maketrans, fromhex on subclasses,
# __bytes__, __getnewargs__, __alloc__, __mod__/__rmod__ and hex separators.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for T in (bytes, bytearray):
    x = T(b"a\tbc\td\n\tx")
    show(lambda: x.expandtabs())
    show(lambda: x.expandtabs(4))
    show(lambda: x.expandtabs(tabsize=2))
    show(lambda: x.expandtabs(0))
    show(lambda: x.expandtabs(-1))
    show(lambda: T(b"\r\tab\r\n\t").expandtabs(3))
    show(lambda: [T(s).istitle() for s in (b"Hello World", b"Hello world", b"", b"1A", b"AB", b"A1b C", b"Ab Cd")])
    tab = T.maketrans(b"abc", b"xyz")
    show(lambda: (type(tab).__name__, len(tab), tab[97:100]))
    show(lambda: T(b"aabbcd").translate(tab))
    show(lambda: T(b"aabbcd").translate(tab, b"b"))
    show(lambda: T(b"aabbcd").translate(None, b"ab"))
    show(lambda: T(b"aabbcd").translate(None))
    show(lambda: T(b"ab").translate(tab, delete=b"a"))
    show(lambda: T(b"ab").translate(bytearray(tab)))
    show(lambda: T(b"x").maketrans(b"x", b"y")[120])
    show(lambda: T(b"%d-%s") % (1, b"x"))
    show(lambda: T(b"%d").__mod__(2))
    show(lambda: T(b"%d").__rmod__(2))
    show(lambda: T(b"%s!").__mod__(b"hi"))
    show(lambda: T(b"ab").hex("-"))
    show(lambda: T(b"abc").hex(b":", 2))
    show(lambda: T(b"abcde").hex(sep=".", bytes_per_sep=-2))
    show(lambda: T(b"abcde").hex(" ", 0))
    show(lambda: T.fromhex("61 62  63"))
    show(lambda: T(b"").fromhex("61"))
    show(lambda: T.__mul__(T(b"ab"), 2))
    show(lambda: T.__rmul__(T(b"ab"), 2))
    show(lambda: T.__add__(T(b"ab"), b"c"))
    show(lambda: T.__add__(T(b"ab"), "c"))
    show(lambda: T.__getitem__(T(b"abc"), 1))
    show(lambda: T.__contains__(T(b"abc"), b"bc"))
    show(lambda: T.__len__(T(b"abc")))


class B(bytes):
    pass


class BA(bytearray):
    pass


show(lambda: B.fromhex("61"))
show(lambda: type(B.fromhex("61")).__name__)
show(lambda: BA.fromhex("6162"))
show(lambda: type(B(b"").fromhex("62")).__name__)
show(lambda: b"ab".__bytes__())
show(lambda: B(b"ab").__bytes__())
show(lambda: type(B(b"ab").__bytes__()).__name__)
show(lambda: b"ab".__getnewargs__())
show(lambda: B(b"ab").__getnewargs__())
show(lambda: bytearray(b"ab").__alloc__() >= 2)
show(lambda: bytearray().__alloc__())
show(lambda: bytes.__alloc__)
show(lambda: bytes(B(b"zz")))
ba = bytearray(b"ab")
show(lambda: ba.__iadd__(b"cd"))
show(lambda: ba.__imul__(2))
show(lambda: ba.__setitem__(0, 65))
show(lambda: ba.__delitem__(1))
show(lambda: ba)
show(lambda: bytearray.__init__(ba, b"new"))
show(lambda: ba)
show(lambda: bytearray.__hash__)
show(lambda: hash(b"abc") == hash(B(b"abc")))
show(lambda: bytes.__eq__(b"a", b"a"))
show(lambda: bytes.__eq__(b"a", "a"))
show(lambda: bytearray.__lt__(bytearray(b"a"), b"b"))
