square = lambda x: x * x
print(square(7))
print((lambda a, b=10: a + b)(1), (lambda a, b=10: a + b)(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=lambda w: w[-1]))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print([n for n in range(10) if (lambda n: n % 3 == 0)(n)])
print([(lambda a, b: a * b)(a, b) for a, b in zip([1, 2, 3], [4, 5, 6])])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x: (lambda y: x + y))(3)(4))
print(type(square).__name__, square.__name__)
