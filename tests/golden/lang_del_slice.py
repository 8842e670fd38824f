xs = list(range(8))
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)
