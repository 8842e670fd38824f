# Guards: evaluated after the pattern binds; a failing guard moves on,
# and the bindings it made stay visible.
def sign(n):
    match n:
        case x if x > 0:
            return "positive"
        case x if x < 0:
            return "negative"
        case _:
            return "zero"

for n in [5, -2, 0]:
    print(n, sign(n))

calls = []
def check(tag, result):
    calls.append(tag)
    return result

match (1, 2):
    case (a, b) if check("first", False):
        print("unexpected")
    case (a, 3) if check("second", True):
        print("unexpected")
    case (a, b) if check("third", True):
        print("matched third with", a, b)
print("guards evaluated:", calls)

match 10:
    case y if y > 100:
        pass
    case _:
        print("y stays bound after its guard failed:", y)

x = "before"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        print("a failed pattern binds nothing:", x)

# walrus in a guard
match [1, 2, 3]:
    case [*items] if (total := sum(items)) > 5:
        print("total", total)
