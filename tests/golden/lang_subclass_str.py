# Subclasses of str: methods return plain str, overrides and extras.
class Name(str):
    def greet(self):
        return "hello " + self + "!"

    @property
    def initial(self):
        return self[0].upper()


n = Name("bob")
print(n, repr(n), type(n).__name__, n.greet(), n.initial, isinstance(n, str), len(n))
print(n.upper(), type(n.upper()).__name__, n.title(), n.replace("b", "r"), n.split("o"), n * 2, type(n * 2).__name__)
print(n[0], type(n[0]).__name__, n[::-1], "o" in n, n in "bobby", n == "bob", "bob" == n, n < "c", n + "by")
print("-".join([Name("a"), Name("b")]), ", ".join(Name("xyz")), "xbobx".replace(n, "!"), "bob".startswith(n))
print(hash(n) == hash("bob"), {"bob": 1}[n], {n: 2}["bob"], sorted([Name("b"), "a", Name("c")]))
print(f"{n}|{n:>5}|{n!r}", "%s|%r|%5s" % (n, n, n), format(n, "^7"), str(n), type(str(n)).__name__)
print(int(Name("42")), float(Name("2.5")), list(n), [c for c in n], n.encode(), Name(12), Name(), Name(b"x", "ascii"))


class Tag(str):
    def __str__(self):
        return "<" + self + ">"

    def __len__(self):
        return 0

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


t = Tag("Hi")
print(t, repr(t), f"{t}", "%s" % t, len(t), t == "HI", t != "hi", hash(t) == hash("Hi"), bool(Tag("")))
print(str.upper(t), str.__len__(t), str.__str__(t), type(str.__str__(t)).__name__)


class Lower(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower())


print(Lower("MiXeD"), type(Lower("AB")).__name__, Lower("AB") == "ab")
