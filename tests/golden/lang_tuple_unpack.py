a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
head, *mid, tail = "hello"
print(head, mid, tail)
x, *empty = [1]
print(x, empty)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
t = 5, 6
print(t)
i, j, k = range(3)
print(i, j, k)
a, b, c = c, a, b
print(a, b, c)
