it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(it, "default"))

class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return "only"

o = Once()
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("value:", e.value if hasattr(e, "value") else None, e.args)
