x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), --x, -+-x)
print(-2 ** 2, (-2) ** 2)
print(-0, -0.0, +0.0)
print(-True, +False, ~True)
print(not not x, not 0)
y = -x
print(y, abs(y))
print(-(2 ** 100))
