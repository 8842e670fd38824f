# match statements: literal, capture, wildcard, value, sequence, mapping,
# class and or-patterns, `as` bindings and guards, plus runtime misuse.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    def __repr__(self):
        return f"Circle({self.center}, {self.radius})"


class Color:
    RED = "red"
    GREEN = "green"


def describe(subject):
    match subject:
        case 0 | 0.5:
            return "zero or half"
        case True:
            return "true"
        case None:
            return "none"
        case "quit" | "exit":
            return "bye"
        case Color.RED:
            return "the colour red"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num if num > 100:
            return f"big number {num}"
        case str(text) if text.startswith("#"):
            return f"comment {text[1:]!r}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [1, 2, *others]:
            return f"starts 1, 2 then {others}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b):
            return f"pair {a} {b}"
        case {"action": "move", "to": [x, y]}:
            return f"move to {x},{y}"
        case {"action": str(act), **rest}:
            return f"action {act} with {sorted(rest)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return f"on an axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {subject}"
        case Circle(Point(x=cx), r) if r > 0:
            return f"circle at x={cx} r={r}"
        case Circle(radius=0):
            return "degenerate circle"
        case str() as s:
            return f"other string {s}"
        case _:
            return f"something else: {type(subject).__name__}"


for subject in [0, 0.5, False, 1, True, None, "quit", "exit", "red", -3, 150, 150.5, 7, "#note", "plain",
                [], [9], (9,), [1, 2], [1, 2, 3, 4], [5, 6, 5], (3, 4), [3, 4, 5], "ab",
                {"action": "move", "to": [1, 2]}, {"action": "jump", "height": 3, "speed": 1},
                {"action": 5}, {}, {"other": 1}, Point(0, 0), Point(0, 4), Point(4, 0), Point(2, 2),
                Point(1, 2), Circle(Point(3, 1), 2), Circle(Point(3, 1), 0), Circle(Point(3, 1), -1),
                {1, 2}, b"bytes", range(2), 3.0]:
    print(repr(subject), "->", describe(subject))


def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["look"]:
            return "looking"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "nothing"


for line in ["go north", "go west", "take lamp key", "take", "look", "", "dance now"]:
    print(repr(line), "->", command(line))


class NoArgs:
    pass


class TooMany:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


def bad_positional(s):
    match s:
        case NoArgs(1):
            return "matched"
    return "no match"


def too_many(s):
    match s:
        case TooMany(x, y):
            return "matched"
    return "no match"


def not_a_class(s):
    match s:
        case describe():
            return "matched"
    return "no match"


for fn, arg in [(bad_positional, NoArgs()), (too_many, TooMany()), (not_a_class, 1), (bad_positional, 5)]:
    try:
        print(fn(arg))
    except TypeError as e:
        print(type(e).__name__, e)
