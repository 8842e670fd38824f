class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("exit", self.name, kind, exc)
        return self.suppress

with Tag("a") as v:
    print("inside", v)

with Tag("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Tag("outer") as o, Tag("inner") as i:
    print("both", o, i)

def f():
    with Tag("ret"):
        return "returned"
print(f())

for n in range(3):
    with Tag(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
