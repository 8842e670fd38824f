from dataclasses import dataclass, field, asdict, fields, astuple, replace
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, 3), Child(1))

try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print(e)
try:
    Point(1, 2) < 3
except TypeError as e:
    print(e)
