class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, scale=1):
        return (x + self.n) * scale

add5 = Adder(5)
print(add5(1), add5(1, scale=3), callable(add5), callable(5))
print([add5(v) for v in [1, 2, 3]])

class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

print(len(Box([1, 2])), bool(Box([])), bool(Box([0])))
if not Box([]):
    print("empty box is falsy")
print(bool(Flag(True)), bool(Flag(False)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")
print(Flag(False) or "fallback")
print(not Flag(True))

class Nothing:
    pass

print(bool(Nothing()))
