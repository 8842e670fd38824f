class Inspect:
    def __enter__(self):
        return "value"

    def __exit__(self, exc_type, exc_value, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc_value))
        print("tb is None:", tb is None)
        return True

with Inspect() as v:
    print("got", v)

with Inspect():
    raise RuntimeError("bad")

def g():
    with Inspect():
        1 / 0
    return "after suppressed"
print(g())
