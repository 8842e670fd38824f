# Class patterns with builtin types: one positional matches the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"non-empty list starting with {x}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case _:
            return "other"

for v in [True, -3, 7, 1.5, "", "hi", [9, 8], [], (1, 2), (1, 2, 3), {"k": 0}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", kind(v))
