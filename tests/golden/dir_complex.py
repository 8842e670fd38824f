# dir() of complex: no floor division, modulo or ordering of its own use.
print(sorted(dir(complex)))
print(sorted(dir(1j)) == sorted(dir(complex)))
print(sorted(n for n in dir(complex) if not n.startswith("__")))
print(complex.conjugate, complex.__add__, complex.__complex__)
print([n for n in ("__floordiv__", "__mod__", "__divmod__", "__int__", "__float__", "__round__") if hasattr(complex, n)])
print(complex.__doc__ is not None, int.__doc__ is not None, float.__doc__ is not None)
