class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        self.log.append(f"exit {self.name} {t.__name__ if t else '-'}")
        return False

log = []
with CM("a", log) as a, CM("b", log) as b:
    log.append(f"body {a.name}{b.name}")
print(log)

log = []
try:
    with CM("a", log), CM("b", log):
        raise ValueError("boom")
except ValueError:
    log.append("caught")
print(log)

log = []
with CM("outer", log):
    with CM("inner", log):
        log.append("deep")
print(log)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)

with Suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
try:
    with Suppress(KeyError):
        int("q")
except ValueError as e:
    print("not suppressed:", e)
