d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d)
d["zebra"] = 10
print(d)
v = d.pop("zebra")
d["zebra"] = v
print(d)
print(list(d))
for k in d:
    print(k, d[k])
e = {3: "c", 1: "a", 2: "b"}
print(e)
print(sorted(e))
e.update({0: "z", 1: "A"})
print(e)
print({1: "int", 1.0: "float", True: "bool"})
