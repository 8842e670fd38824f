# A subclass of str overriding methods and calling the builtin ones
# through super(), and the builtin methods applied to its instances.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Name(str):
    def upper(self):
        return "N:" + super().upper()

    def split(self, sep=None, maxsplit=-1):
        return [Name(p) for p in super().split(sep, maxsplit)]

    def __len__(self):
        return super().__len__() * 10

    def __add__(self, other):
        return Name(super().__add__(other))

    def __getitem__(self, i):
        return "item:" + super().__getitem__(i)

    def __contains__(self, x):
        return super().__contains__(x.lower())

    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"

    def __mod__(self, v):
        return "mod:" + super().__mod__(v)

    def __mul__(self, n):
        return Name(super().__mul__(n))

    def translate(self, table):
        return super().translate(table).upper()


n = Name("ada lovelace")
show(lambda: n.upper())
show(lambda: n.split())
show(lambda: type(n.split()[0]).__name__)
show(lambda: len(n))
show(lambda: (type(n + "!").__name__, n + "!"))
show(lambda: n[0])
show(lambda: "ADA" in n)
show(lambda: f"{n:>14}")
show(lambda: format(n, ""))
show(lambda: Name("%s!") % "x")
show(lambda: type(n * 2).__name__)
show(lambda: n.translate({97: "A"}))
show(lambda: (n.title(), n.istitle(), Name("Ab").istitle()))
show(lambda: (n.isprintable(), n.isascii(), n.isidentifier()))
show(lambda: Name("{x}").format_map({"x": n}))
show(lambda: n.maketrans("a", "b"))
show(lambda: Name.maketrans("a", "b"))
show(lambda: (type(n.strip()).__name__, type(n.lower()).__name__))

# The builtin behaviour, bypassing the overrides.
show(lambda: str.upper(n))
show(lambda: str.__len__(n))
show(lambda: str.__getitem__(n, 1))
show(lambda: str.__contains__(n, "ADA"))
show(lambda: str.split(n, "a", 1))
show(lambda: super(Name, n).upper())
show(lambda: super(Name, n).__len__())
show(lambda: n.__getnewargs__())
show(lambda: (n.__str__(), type(n.__str__()).__name__))
show(lambda: str.__repr__(n))
show(lambda: str.__mod__(n, ()))
show(lambda: str.__rmod__(n, "x"))
for s in ["", "a", "é", "ā", "😀😀"]:
    show(lambda: Name(s).__sizeof__())


class Loud(str):
    def __str__(self):
        return self.upper()


show(lambda: "{}".format(Loud("hi")))
show(lambda: format(Loud("hi"), ""))
show(lambda: format(Loud("hi"), ">4"))
show(lambda: str.__format__(Loud("hi"), ""))
