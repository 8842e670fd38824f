# os.path.splitext and friends on the awkward cases: leading dots, dots in
# directory names, trailing separators, empty strings.
import os.path

cases = ["", ".", "..", "...", ".a", "..a", "...a.b", "a.", "a..", "a.b.c", "/.x", "/..x.y", "d.ir/file",
         "d.ir/.file", "d.ir/", "a/b.c/", "/", "//", "x/...", "x/.../y.z", "name.tar.gz", " .a", ". .a",
         "a b.c d", "über.tär", ".config/app.json", "a/./b.c", "/abs/x.y/.z"]
for p in cases:
    print(repr(p), os.path.splitext(p), os.path.split(p), os.path.basename(p), os.path.dirname(p))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path.splitext(P("x/y.z")), os.path.basename(P("/q/r")), os.path.split(P("a/b")))
for bad in [None, 3, ["a.b"]]:
    try:
        os.path.splitext(bad)
    except TypeError as e:
        print("TypeError", e)
