# str() of an exception runs its arguments' own __str__ / __repr__:
# KeyError quotes its key with repr, others use str, several args the tuple.
class K:
    def __repr__(self):
        return "K()"

    def __str__(self):
        return "strK"


print(str(KeyError(K())), str(ValueError(K())), str(ValueError(K(), 1)))
print(repr(KeyError(K())), repr(ValueError(K(), "x")))
d = {}
try:
    d[K()]
except KeyError as e:
    print("caught", e)


class Bad:
    def __repr__(self):
        raise RuntimeError("no repr")

    def __str__(self):
        raise RuntimeError("no str")


for exc in [KeyError(Bad()), ValueError(Bad())]:
    try:
        print(str(exc))
    except RuntimeError as e:
        print(type(exc).__name__, "RuntimeError", e)
print(f"{KeyError(K())!s} {LookupError(K())}")
print(str(KeyError()), str(KeyError("a", K())), str(KeyError(None)))
