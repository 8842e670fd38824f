class Settings:
    base = 10
    double = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    print("class body runs", base, double)

    def total(self):
        return self.base + self.double

    if double > 5:
        big = True
    else:
        big = False

print(Settings.double, Settings.upper, Settings.big, Settings().total())
print(sorted([k for k in Settings.__dict__ if not k.startswith("__")]))
