# `__del__` runs when an instance's last reference goes: `del`, a
# rebinding, a frame returning, a container emptied, a temporary, and
# module teardown at exit. It runs once, even if the object is revived.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A(1)
del a
print("after del")
b = A(2)
b = A(3)
print("after rebinding")


def f():
    x = A(4)
    return "returned"


print(f())
A(5)
print("after a temporary")


class B(A):
    pass


B(6)
print("subclasses inherit __del__")


class Revive:
    def __del__(self):
        global saved
        saved = self
        print("revived")


Revive()
print(type(saved).__name__)
saved = None
print("a revived object is not finalised twice")


class Late:
    pass


Late.__del__ = lambda self: print("del added later")
Late()
print("after Late")

d = {"k": A(7)}
d["k"] = None
print("after replacing the dict value")
keep_first = A(8)
keep_second = A(9)
_private = A(10)
print("end of script")
