name = "world"
n = 42
pi = 3.14159
s = "it's"
print(f"hello {name}")
print(f"{n} and {pi}")
print(f"{name!r} {s!r}")
print(f"[{n:>5}]")
print(f"[{name:>8}]")
print(f"{pi:.2f}")
print(f"{n:.2f}")
half = 2.5
threehalf = 3.5
print(f"{half:.0f} {threehalf:.0f}")
print(f"no fields")
print(f"{n}{n}{n}")
items = [1, "a"]
print(f"list: {items}, none: {None}, bool: {True}")
third = 1.0 / 3
print(f"{third:.3f}")
print(F"upper F {n}")
print(f'single quotes {name}')
