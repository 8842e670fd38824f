# dir(str) lists what the type and object define, in order.
print(sorted(dir(str)))
print(sorted(dir("text")) == sorted(dir(str)))
own = sorted(set(dir(str)) - set(dir(object)))
print(len(own), own)


class Word(str):
    pass


extra = sorted(set(dir(Word)) - set(dir(str)))
print(extra)
print(hasattr("x", "format_map"), hasattr(str, "maketrans"), hasattr("x", "nope"))
print(str.__doc__ is not None and len(str.__doc__) > 0)
for name in ["upper", "__add__", "__format__", "__sizeof__", "__getnewargs__", "maketrans", "__new__"]:
    print(name, type(getattr(str, name)).__name__)
print(repr(str.upper), repr(str.__add__), repr(str.__format__))
print(str.upper.__name__, str.upper.__qualname__, str.__add__.__qualname__)
print("x".upper.__name__, "x".upper.__qualname__, str.maketrans.__name__)
print(str.upper is str.upper, str.__len__ is str.__len__)
print(isinstance(str.upper.__doc__, str), isinstance("x".upper.__doc__, str))
w = Word("Hello")
print(sorted(set(dir(w)) - set(dir(str))))
for name in ("split", "format_map", "isascii", "maketrans", "__sizeof__"):
    print(name, hasattr(w, name), callable(getattr(w, name)))
