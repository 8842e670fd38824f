# Deeply nested patterns mixing every kind.
class Node:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

def evaluate(tree):
    match tree:
        case int(n) | float(n):
            return n
        case Node("+", l, r):
            return evaluate(l) + evaluate(r)
        case Node("*", 0, _) | Node("*", _, 0):
            return 0
        case Node("*", l, r):
            return evaluate(l) * evaluate(r)
        case Node(op="-", left=l, right=None):
            return -evaluate(l)
        case Node("-", l, r):
            return evaluate(l) - evaluate(r)
        case {"lit": value}:
            return value
        case [*parts]:
            return sum(evaluate(p) for p in parts)
        case _:
            raise ValueError(f"bad tree {tree!r}")

t = Node("+", 2, Node("*", 3, Node("-", 10, {"lit": 4})))
print(evaluate(t))
print(evaluate(Node("*", Node("+", 1, 1), 0)))
print(evaluate(Node("-", 5, None)))
print(evaluate([1, 2, Node("+", 3, 4)]))
try:
    evaluate("oops")
except ValueError as e:
    print("ValueError:", e)

data = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}]}
match data:
    case {"users": [{"name": str(first), "roles": [*_, "dev"]}, *others]}:
        print("first user", first, "is a dev; others:", len(others))

# nested match statements
for v in [(1, "a"), (2, "b"), (1, "z")]:
    match v:
        case (1, s):
            match s:
                case "a":
                    print("one-a")
                case _:
                    print("one-other")
        case _:
            print("not one")
