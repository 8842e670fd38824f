# Mapping patterns: literal and value keys, extra keys allowed, **rest.
class Keys:
    ID = "id"

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {Keys.ID: int(i)}:
            return f"has id {i}"
        case {1: one, -2: minus_two}:
            return f"numeric keys {one} {minus_two}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4), "extra": True},
    {"type": "key", "key": "q", "shift": False, "ctrl": True},
    {"type": "key", "key": 5},
    {"id": 7},
    {1: "a", -2: "b"},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))

d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **others}:
        print("others:", others)
        others["z"] = 26
print("original untouched:", d)

match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {"x": 1}:
    case {"y": _}:
        print("missing key matched?!")
    case {"x": _}:
        print("present key matched")
