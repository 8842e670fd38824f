a = []
for i in range(200000):
    a = [a]
print(len(a))
x = 'ab' * 3
print(x, x[::-1], x[1:4], x[-2:])
l = [3, 1, 2]
l.sort()
print(l, l.pop(), l)
