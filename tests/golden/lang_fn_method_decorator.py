def logged(fn):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper

class Calc:
    def __init__(self):
        self.total = 0

    @logged
    def add(self, n):
        self.total += n
        return self.total

c = Calc()
c.add(3)
print(c.add(4))
