# A class defining __eq__ without __hash__ is unhashable.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and other.x == self.x


seen = {}
print(Point(1) == Point(1))
seen[Point(1)] = True
