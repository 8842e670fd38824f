# Sequence patterns: lists, tuples, ranges; star captures; not str/dict.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first} middle={middle} last={last}"
        case (a, *rest):
            return f"head={a} rest={rest}"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5), [1, 2, 3, 4, 5, 6]]:
    print(repr(v), "->", seq(v))

for v in ["ab", {"a": 1, "b": 2}, {1, 2}, 12]:
    match v:
        case [a, b]:
            print(repr(v), "is a sequence?!")
        case _:
            print(repr(v), "is not a sequence")

match [1, 2, 3]:
    case [*all_items]:
        print("star alone:", all_items, type(all_items).__name__)

match (1, 2, 3):
    case 1, *_, 3:
        print("open sequence with star wildcard")

match [1, [2, 3]]:
    case [a, (b, c)]:
        print("nested:", a, b, c)

match 1, 2:
    case a, b:
        print("tuple subject, open sequence pattern:", a, b)
