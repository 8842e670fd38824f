# Subscripting the generic builtin containers gives a types.GenericAlias;
# the other builtin types refuse it. Class method descriptors take the
# class first when called directly.
print(list[int], dict[str, int], tuple[int, ...], set[str], frozenset[int])


class L(list):
    pass


print(L[int], list[int]([1, 2]), list.__class_getitem__(int))
for t in (int, str, slice, range, complex, bytes, object):
    try:
        t[int]
    except TypeError as e:
        print(e)
print(dict.fromkeys('ab'), L.__class_getitem__(str))
for call in [lambda: type(list[int]).__name__, lambda: list[int] == list[int],
             lambda: list[int] == list[str], lambda: list[int].__origin__,
             lambda: list[int].__args__]:
    print(call())
