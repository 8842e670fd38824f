# Class patterns with user classes, keyword and positional (__match_args__).
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz):
            return f"3d {x} {y} {zz}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "some point"
        case Plain(a=1, b=b):
            return f"plain with b={b}"
        case Plain(c=_):
            return "plain with c"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 3), Plain(), 42]:
    print(where(p))

p = Plain()
p.a = 2
print(where(p))
