# complex literals in match patterns: `1j`, `-1j`, `1+2j`, `-1.5-0j`.
def kind(v):
    match v:
        case 1j:
            return "one j"
        case 1 + 2j:
            return "1+2j"
        case -1j:
            return "minus j"
        case -1.5 - 0j:
            return "minus one and a half"
        case 2:
            return "two"
        case [0j, x]:
            return f"pair with {x!r}"
        case {3j: y}:
            return f"map to {y}"
        case _:
            return f"other {v!r}"

for v in [1j, 1 + 2j, complex(1, 2), -1j, -1.5, 2 + 0j, 2, [0, 1j], {3j: "z"}, 5j]:
    print(repr(v), kind(v))
