# Or-patterns and as-patterns.
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case [x, y] as pair | (x, y, _) as pair:
            return f"pair-ish {x} {y} from {pair}"
        case (1 | 2) as n, ("x" | "y") as c:
            return f"combo {n} {c}"
        case {"k": [1, *_] | (0, *_) as inner}:
            return f"inner {inner}"
        case _:
            return "no"

for v in [1, 3, 4, "a", "b", "c", [5, 6], (7, 8, 9), (2, "y"), (3, "y"),
          {"k": [1, 2]}, {"k": (0,)}, {"k": [2]}]:
    print(repr(v), "->", f(v))

# an or-pattern binds the names of the alternative that matched
match [1, 2]:
    case [a, 0] | [0, a] | [_, a]:
        print("a =", a)
