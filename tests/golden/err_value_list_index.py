xs = [1, 2]
print(xs.index(3))
