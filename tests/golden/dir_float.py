# dir() of float: its table, with the class methods fromhex and __getformat__.
print(sorted(dir(float)))
print(sorted(dir(1.5)) == sorted(dir(float)))
print(sorted(n for n in dir(float) if not n.startswith("__")))
print(float.hex, float.real, float.__add__, float.__trunc__)
print([n for n in ("numerator", "bit_length", "__index__", "__and__") if hasattr(float, n)])
