for n in range(4):
    print(n, "even" if n % 2 == 0 else "odd")
x = None
y = x if x is not None else "fallback"
print(y)
print([1 if True else 2, 1 if False else 2])

def sign(v):
    return "neg" if v < 0 else "zero" if v == 0 else "pos"

print(sign(-3), sign(0), sign(8))

def loud(v):
    print("eval", v)
    return v

print(loud("a") if loud(False) else loud("b"))
