x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
d = {k: 0 for k in "ab"}
try:
    print(k)
except NameError as e:
    print("NameError:", e)

def scaled(factor, items):
    return [i * factor for i in items]
print(scaled(3, [1, 2]))

def nested_use():
    base = 100
    offsets = [1, 2]
    return {o: [base + o + j for j in range(2)] for o in offsets}
print(nested_use())

class Holder:
    def __init__(self, items):
        self.items = items
    def doubled(self):
        return [self.scale(i) for i in self.items]
    def scale(self, i):
        return i * 2
print(Holder([1, 2, 3]).doubled())

fs = [lambda: n for n in range(3)]
print([f() for f in fs])
