from dataclasses import dataclass, field, asdict, fields, astuple, replace
import dataclasses
@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(asdict(p), astuple(p), [f.name for f in fields(Point)], replace(p, y=5))

