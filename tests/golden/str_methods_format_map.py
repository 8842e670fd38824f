# str.format_map looks every field up in one mapping.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
show(lambda: "{a.real}".format_map({"a": 3}))
show(lambda: "{a[0]}|{a[1]:>3}".format_map({"a": [5, 6]}))
show(lambda: "{a!r:>6}".format_map({"a": "x"}))
show(lambda: "{a:{w}}|".format_map({"a": "x", "w": 4}))
show(lambda: "{{a}}".format_map({}))
show(lambda: "plain".format_map(1))


class Defaults(dict):
    def __missing__(self, key):
        return key.upper()


class Doubler:
    def __getitem__(self, key):
        return key * 2


show(lambda: "{a} {bc}".format_map(Defaults(a=1)))
show(lambda: "{a} {b}".format_map(Doubler()))

# Misuse.
show(lambda: "{a}".format_map({}))
show(lambda: "{0}".format_map({"0": 1}))
show(lambda: "{}".format_map({}))
show(lambda: "{0[a]}".format_map({}))
show(lambda: "{a}".format_map(1))
show(lambda: "{a".format_map({"a": 1}))
show(lambda: "x".format_map())
show(lambda: "x".format_map({}, {}))
show(lambda: "x".format_map(m={}))
show(lambda: str.format_map(1, {}))

# format itself, through the table.
show(lambda: "{0}+{0}={x}".format(1, x=2))
show(lambda: str.format("{}-{}", "a", "b"))
show(lambda: "{}".format())
