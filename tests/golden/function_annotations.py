# A `def`'s annotations: evaluated after its defaults, kept in
# `__annotations__` (parameters in order, then `return`).
order = []


def note(x):
    order.append(x)
    return x


def f(a: note("ann a") = note("def a"), /, b: int = 2, *args: note("ann args"),
      c: note("ann c") = note("def c"), **kw: dict) -> note("ret"):
    pass


print(order)
print(f.__annotations__)


def bare(x, y=1):
    pass


print(bare.__annotations__, bare.__annotations__ is bare.__annotations__)
print(bare.__dict__)
bare.__annotations__ = {"x": str}
print(bare.__annotations__)
print((lambda x: x).__annotations__)


class K:
    def method(self, __private: "P", other: "K") -> None:
        pass


print(K.method.__annotations__)

import inspect
print(inspect.signature(f))
print(inspect.get_annotations(f) == f.__annotations__)


def deco(fn):
    print("decorating", fn.__annotations__)
    return fn


@deco
def decorated(x: int) -> str:
    return str(x)


try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError", e)
