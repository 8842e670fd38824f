# Every shared method of bytes and bytearray, through the value, the type
# and a subclass's super().
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for T in (bytes, bytearray):
    x = T(b" Hello, World  ")
    print(T.__name__)
    show(lambda: x.strip())
    show(lambda: T.lstrip(x))
    show(lambda: x.rstrip(b" d"))
    show(lambda: x.split())
    show(lambda: T.split(x, b","))
    show(lambda: x.rsplit(b",", 1))
    show(lambda: x.find(b"o"))
    show(lambda: x.rfind(b"o"))
    show(lambda: x.index(b"W"))
    show(lambda: x.rindex(111))
    show(lambda: x.count(b"l"))
    show(lambda: x.replace(b"l", b"L", 2))
    show(lambda: x.upper())
    show(lambda: x.lower())
    show(lambda: x.swapcase())
    show(lambda: T(b"hello world").capitalize())
    show(lambda: T(b"hello world").title())
    show(lambda: x.startswith(b" H"))
    show(lambda: x.endswith((b"x", b"  ")))
    show(lambda: T(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    show(lambda: T(b"a,b").partition(b","))
    show(lambda: T(b"a,b,c").rpartition(b","))
    show(lambda: T(b"a\nb\r\nc").splitlines())
    show(lambda: T(b"a\nb").splitlines(keepends=True))
    show(lambda: T(b"ab").center(6, b"*"))
    show(lambda: T(b"ab").ljust(4))
    show(lambda: T(b"ab").rjust(4, b"0"))
    show(lambda: T(b"-42").zfill(6))
    show(lambda: T(b"prefix-body").removeprefix(b"prefix-"))
    show(lambda: T(b"body.txt").removesuffix(b".txt"))
    show(lambda: [T(b"123").isdigit(), T(b"abc").isalpha(), T(b"a1").isalnum(), T(b" \t").isspace()])
    show(lambda: [T(b"AB").isupper(), T(b"ab").islower(), T(b"\x80").isascii(), T(b"").isascii()])
    show(lambda: T(b"caf\xc3\xa9").decode())
    show(lambda: T(b"\xff").decode("latin-1"))
    show(lambda: T(b"\xff").decode("ascii", errors="replace"))
    show(lambda: T(b"\x01\xab").hex())
    show(lambda: T.upper(b"x") if T is bytes else T.upper(bytearray(b"x")))
    show(lambda: T.upper("x"))
    show(lambda: T.upper())


class Name(bytes):
    def upper(self):
        return b"<" + super().upper() + b">"

    def split(self, *args):
        return ["S"] + super().split(*args)


n = Name(b"ab cd")
print(n.upper(), n.split(), n.find(b"c"), type(n.lower()).__name__)


class Buf(bytearray):
    def append(self, x):
        super().append(x)
        super().append(x)


b = Buf(b"x")
b.append(65)
print(b, b.count(65), Buf.count(b, 65), type(b.copy()).__name__)
