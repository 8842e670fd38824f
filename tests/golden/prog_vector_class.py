import math
import functools
import itertools


@functools.total_ordering
class Vector:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x:g}, {self.y:g})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def norm(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return self.norm() < other.norm()

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        return iter((self.x, self.y))

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @classmethod
    def from_polar(cls, r, degrees):
        t = math.radians(degrees)
        return cls(round(r * math.cos(t), 9), round(r * math.sin(t), 9))

    @staticmethod
    def zero():
        return Vector()


a, b = Vector(3, 4), Vector(1, -2)
print(a, b, repr(a + b), a - b, 2 * a, a * 0.5, -b)
print(a.norm(), bool(Vector.zero()), bool(b), a == Vector(3, 4), a != b)
print(sorted([a, b, Vector(0, 1), Vector(-5, 0)]))
print(max(a, b), a >= b, a <= b, a.dot(b))
x, y = a
print(x, y, a[1], list(b), tuple(a + b))
print(Vector.from_polar(2, 90), Vector.from_polar(1, 45))

path = [Vector(0, 0), Vector(3, 4), Vector(3, 0), Vector(0, 0)]
legs = [(q - p).norm() for p, q in itertools.pairwise(path)]
print("legs:", legs, "total:", sum(legs))
print("running:", list(itertools.accumulate(legs)))
print("centroid:", functools.reduce(lambda s, v: s + v, path, Vector()) * (1 / len(path)))
pairs = list(itertools.combinations(range(4), 2))
print(pairs, len(list(itertools.permutations("abc"))))
print(list(itertools.product("ab", [1, 2])), list(itertools.islice(itertools.count(10, 5), 4)))
groups = {k: list(g) for k, g in itertools.groupby(sorted("mississippi"))}
print(groups)
print(list(itertools.chain([1, 2], (3,), "ab")), list(zip("abc", itertools.repeat(0))))


@functools.lru_cache(maxsize=None)
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)


print("grid paths:", paths(10, 10), functools.partial(pow, 2)(10))
