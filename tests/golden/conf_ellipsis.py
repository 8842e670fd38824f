# Ellipsis is a builtin name for the ... singleton.
print(Ellipsis, Ellipsis is ..., type(Ellipsis).__name__, repr(...), bool(Ellipsis))
print(Ellipsis == ..., hash(Ellipsis) == hash(...), str(Ellipsis), [Ellipsis])


def f(x=Ellipsis):
    return x is ...


print(f(), f(1))
try:
    Ellipsis()
except TypeError as e:
    print(type(e).__name__, e)
Ellipsis = 5
print(Ellipsis, ... == 5)
del Ellipsis
print(Ellipsis)
