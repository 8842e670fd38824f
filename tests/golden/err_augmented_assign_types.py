# A failed augmented assignment names the augmented operator.
for a, b in [(1, "a"), ("a", 1), ([1], 2), (None, None)]:
    for op in ["+=", "-=", "*=", "//=", "**=", "|=", "@="]:
        try:
            x = a
            exec(f"x {op} b")
        except TypeError as e:
            print(op, e)
class Plain:
    pass
class OnlyAdd:
    def __add__(self, other):
        return NotImplemented
for v in (Plain(), OnlyAdd()):
    try:
        v += 1
    except TypeError as e:
        print(e)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print(e)
n = 2
try:
    n **= "x"
except TypeError as e:
    print(e)
