xs = [1, 2, 3]
print(2 in xs, 5 in xs, 5 not in xs)
print("ell" in "hello", "z" not in "hello")
d = {"a": 1}
print("a" in d, 1 in d)
print((1, 2) in [(1, 2), (3, 4)])
print(None is None, None is not None)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(True is True, 0 is not None)
print(not 3 in xs)
print(1 in (1,))
print("" in "abc")
