a = b = c = 7
print(a, b, c)
b = 8
print(a, b, c)
xs = ys = [1, 2]
xs.append(3)
print(ys)
print(xs is ys)
p = q = "s"
p += "t"
print(p, q)
d = {}
d["k"] = d["j"] = 0
print(d)
