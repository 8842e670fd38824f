# dir() of bytes, of a bytes value and of a subclass list what the type defines.
print(sorted(dir(bytes)))
print(dir(b"") == sorted(dir(bytes)))


class Tag(bytes):
    def label(self):
        return self.decode()


names = dir(Tag(b"x"))
print([n for n in names if n not in dir(bytes) and not n.startswith("__")])
print(len(dir(bytes)))
for name in ["fromhex", "maketrans", "__bytes__", "__getnewargs__", "translate", "istitle", "isascii", "expandtabs", "__mod__", "__rmod__"]:
    print(name, hasattr(bytes, name), hasattr(b"", name), hasattr(Tag(b""), name))
for name in ["append", "__alloc__", "__iadd__", "__setitem__", "__delitem__", "__imul__", "copy"]:
    print(name, hasattr(bytes, name), hasattr(b"", name))
print(bytes.__hash__ is not None, "__init__" in dir(bytes))
