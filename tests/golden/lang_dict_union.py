# dict | dict and d |= other (PEP 584), and their errors.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
print(a, b)
c = a
c |= b
print(c, a is c)
d = {1: "one"}
d |= [(2, "two"), (1, "uno")]
print(d)
d |= {}
print(d)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 0

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


k1 = Key(1)
m = {k1: "first"} | {Key(1): "second", Key(2): "third"}
print(m, next(iter(m)) is k1)

for bad in (lambda: a | [("q", 1)], lambda: a | None, lambda: [1] | a):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)

try:
    d |= [(1, 2, 3)]
except ValueError as e:
    print("ValueError:", e)
print(d)
