class Proxy:
    def __init__(self, target):
        self.target = target
        self.hits = 0

    def __getattr__(self, name):
        self.hits += 1
        if name.startswith("x_"):
            return "dynamic " + name
        return getattr(self.target, name)

class Target:
    color = "red"

    def shout(self):
        return "TARGET"

p = Proxy(Target())
print(p.color, p.shout(), p.x_one, p.hits)
print(p.target.color, p.hits)
print(hasattr(p, "x_two"), getattr(p, "missing", "default"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
setattr(p, "color", "blue")
print(p.color, p.target.color)
