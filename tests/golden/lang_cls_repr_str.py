class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"V({self.x!r})"

class S:
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"

class OnlyStr:
    def __str__(self):
        return "only-str"

v = V(3)
print(v)
print(str(v), repr(v))
print([V(1), V("a")])
print({"k": V(2)})
print((V(None),))
print(f"{v} {v!r} {v!s}")
s = S()
print(s, [s], f"{s}", f"{s!r}")
print(str(s), repr(s))
o = OnlyStr()
print(o, f"{o}")
print(str([o]).startswith("[<__main__.OnlyStr object at"))
