# Value patterns: dotted names compared with ==.
import math

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Config:
    class Limits:
        MAX = 100

def name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case math.pi:
            return "pi"
        case Config.Limits.MAX:
            return "the max"
        case _:
            return "unknown"

for c in ["red", "green", "blue", math.pi, 100, "purple"]:
    print(c, "->", name(c))

class Weird:
    def __eq__(self, other):
        print("Weird.__eq__ called with", other)
        return other == "x"

class Holder:
    W = "x"

match Weird():
    case Holder.W:
        print("matched via __eq__ of the subject")
