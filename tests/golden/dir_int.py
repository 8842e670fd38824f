# dir() of int and of an int value: the type's whole table.
print(sorted(dir(int)))
print(sorted(dir(5)) == sorted(dir(int)))
print(sorted(n for n in dir(int) if not n.startswith("__")))
print([n for n in ("real", "from_bytes", "__add__", "__round__", "is_integer") if hasattr(int, n)])
print(int.__add__, int.bit_length, int.real)
