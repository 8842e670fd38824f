# Special methods taken from builtin values and called directly.
print((1).__add__(2), (1).__add__("x"), (5).__sub__(1), (2.5).__mul__(2), (3).__eq__(3))
print("ab".__len__(), "ab".__add__("c"), "a".__contains__("a"), "x".__mul__(3), "b".__eq__("b"))
print([1].__getitem__(0), [1, 2].__len__(), (1, 2).__contains__(2), {"a": 1}.__getitem__("a"), {1}.__contains__(1))
d = {}
d.__setitem__("k", 1)
print(d, (7).__hash__() == hash(7), (1).__bool__(), (0).__bool__(), (5).__neg__(), (2).__pow__(10))
print((1).__repr__(), "a".__repr__(), (3).__int__(), (3.7).__int__(), (3).__float__())
try:
    (1).__nope__()
except AttributeError as e:
    print(e)
try:
    "a".__len__(1)
except TypeError as e:
    print(type(e).__name__, e)
