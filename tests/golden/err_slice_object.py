# Misuse of slice objects: CPython's messages, then an uncaught one.
s = slice(1, 4)
try:
    {s: 1}
except TypeError as e:
    print(e)
try:
    s.indices()
except TypeError as e:
    print(e)
try:
    s.indices(1, 2)
except TypeError as e:
    print(e)
try:
    s.start = 3
except AttributeError as e:
    print(type(e).__name__)
x = [1, 2, 3, 4, 5]
try:
    x[slice(0, 5, 2)] = [1]
except ValueError as e:
    print(e)
print(x[slice(None)])
x[slice(None, None, 0)]
