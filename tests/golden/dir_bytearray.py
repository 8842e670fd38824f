# dir() of bytearray, of a value and of a subclass.
print(sorted(dir(bytearray)))
print(dir(bytearray()) == sorted(dir(bytearray)))


class Buf(bytearray):
    pass


print(dir(Buf()) == sorted(dir(bytearray) + ["__dict__", "__module__", "__weakref__"]))
print(len(dir(bytearray)))
print(sorted(set(dir(bytearray)) - set(dir(bytes))))
print(sorted(set(dir(bytes)) - set(dir(bytearray))))
print(bytearray.__hash__)
for name in ["append", "extend", "pop", "clear", "copy", "insert", "remove", "reverse", "__alloc__", "__iadd__", "__imul__"]:
    print(name, hasattr(bytearray, name), hasattr(bytearray(b"a"), name), hasattr(Buf(), name))
