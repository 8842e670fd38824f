x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[-1]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(o.__dict__, hasattr(o, "a"))

a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
