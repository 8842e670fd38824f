class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.x, q.y)
q = p.moved(dy=5, dx=-3)
print(q.x, q.y, q.norm2())
p.x = 10
print(p.x, p.norm2())
p.label = "extra"
print(p.label)
m = p.norm2
print(m())
