class Boom:
    def __hash__(self): return 3
    def __eq__(self, o):
        raise RuntimeError("boom")
a, b = Boom(), Boom()
for name, op in [("eq", lambda: {a} == {b}), ("and", lambda: {a} & {b}), ("sub", lambda: {a} - {b}),
                 ("union", lambda: {a}.union([b])), ("issubset", lambda: {a}.issubset({b})),
                 ("dict eq", lambda: {a: 1} == {b: 1}), ("frozenset", lambda: frozenset([a, b])),
                 ("set()", lambda: set([a, b])), ("le", lambda: {a} <= {b})]:
    try:
        print(name, op())
    except RuntimeError as e:
        print(name, "RuntimeError", e)
print({1: 2}.get(1), {a} == {a})
