# str.maketrans in all its forms, and str.translate with tables of all kinds.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: str.maketrans({"a": 1, 2: "x", "b": None}))
show(lambda: str.maketrans({True: "x", "a": "b"}))
show(lambda: str.maketrans({}))
show(lambda: str.maketrans("ab", "cd"))
show(lambda: str.maketrans("ab", "cd", "xy"))
show(lambda: str.maketrans("aa", "bc"))
show(lambda: str.maketrans("", "", "aa"))
show(lambda: "x".maketrans("a", "b"))
show(lambda: str.maketrans("é😀", "ab"))

# maketrans misuse.
show(lambda: str.maketrans())
show(lambda: str.maketrans(1))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans("ab", "cd", 1))
show(lambda: str.maketrans(1, "cd"))
show(lambda: str.maketrans("ab", 1))
show(lambda: str.maketrans(1, 2))
show(lambda: str.maketrans("a", None))
show(lambda: str.maketrans({"a": 1}, "cd"))
show(lambda: str.maketrans("a", "b", "c", "d"))
show(lambda: str.maketrans(x="a"))

# translate.
show(lambda: "abc".translate({97: "X", 98: None, 99: 100}))
show(lambda: "abc".translate({97: "XY"}))
show(lambda: "abc".translate({97: True}))
show(lambda: "abc".translate([]))
show(lambda: "abc".translate(["x"] * 200))
show(lambda: "abc".translate("xyz" * 40))
show(lambda: "hello world".translate(str.maketrans("lo", "01", " ")))
show(lambda: "ünï".translate({0xFC: "u", 0xEF: 0x69}))


class Table:
    def __getitem__(self, code):
        if code == ord("b"):
            raise LookupError
        return chr(code).upper() * 2


class Broken:
    def __getitem__(self, code):
        raise ZeroDivisionError("table")


show(lambda: "abc".translate(Table()))
show(lambda: "abc".translate(Broken()))

# translate misuse.
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate({97: -1}))
show(lambda: "abc".translate({97: 0x110000}))
show(lambda: "abc".translate({97: 2**100}))
show(lambda: "abc".translate(1))
show(lambda: "abc".translate())
show(lambda: "abc".translate(table={}))
show(lambda: "abc".translate({}, 1))
show(lambda: str.translate({}, "abc"))
