from enum import Enum, IntEnum, StrEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


for bad in [lambda: Color(3), lambda: Color["BLUE"], lambda: Color.BLUE, lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 3
except AttributeError as e:
    print(e)
try:
    del Color.GREEN
except AttributeError as e:
    print(e)
try:
    class Bigger(Color):
        BLUE = 3
except TypeError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    class Word(StrEnum):
        A = 1
except TypeError as e:
    print(e)
print(Color(2))
Color(42)
