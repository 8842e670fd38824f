# Errors raised while matching: they propagate out of the match statement.
class Holder:
    def make(self):
        return 1

def undefined_value(v):
    match v:
        case 1 | missing.value:
            return "one"

print(undefined_value(1))
try:
    undefined_value(2)
except NameError as e:
    print("NameError:", e)

def method_as_class(v):
    match v:
        case Holder.make():
            return "?"

try:
    method_as_class(3)
except TypeError as e:
    print("TypeError:", e)

class Explodes:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise ValueError("property raised")

try:
    match Explodes():
        case Explodes(x):
            print("unreachable")
except ValueError as e:
    print("ValueError:", e)

class Eq:
    def __eq__(self, other):
        raise RuntimeError("no comparisons")

class Consts:
    ONE = 1

try:
    match Eq():
        case Consts.ONE:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    match {"a": 1}:
        case {"a": int(x)} if x / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError in guard:", e)
