fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

fs = [lambda: i for i in range(3)]
print([f() for f in fs])

def build():
    out = []
    for name in ["a", "b"]:
        def show():
            return name
        out.append(show)
    name = "changed"
    return out
print([f() for f in build()])

def late():
    def get():
        return value
    value = "assigned after def"
    return get
print(late()())
