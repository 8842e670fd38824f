# suppress, closing, nullcontext, the abstract bases and ContextDecorator.
from contextlib import (suppress, closing, nullcontext, ContextDecorator,
                        AbstractContextManager, AbstractAsyncContextManager,
                        ExitStack, contextmanager)

with suppress(KeyError):
    {}["x"]
with suppress(LookupError):
    [][1]
with suppress():
    pass
with suppress(ValueError, TypeError):
    int("x")
for exc in [KeyError, ValueError, KeyboardInterrupt]:
    try:
        with suppress(KeyError, ZeroDivisionError):
            raise exc("e")
        print("suppressed", exc.__name__)
    except BaseException as e:
        print("escaped", type(e).__name__)
s = suppress(OSError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(FileNotFoundError, None, None),
      s.__exit__(KeyError, None, None))
with s:
    raise OSError("reused")
print("reused ok")


class Thing:
    def close(self):
        print("closed")


with closing(Thing()) as t:
    print(type(t).__name__)
try:
    with closing(Thing()):
        raise ValueError("in closing")
except ValueError as e:
    print("closing re-raised", e)

with nullcontext() as n:
    print(n)
obj = [1]
with nullcontext(obj) as n:
    print(n is obj)


class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        print("Mine exit")


with Mine() as m:
    print(type(m).__name__)
print(issubclass(ExitStack, AbstractContextManager),
      issubclass(nullcontext, AbstractAsyncContextManager),
      isinstance(suppress(), AbstractContextManager))


class trace(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.label, typ.__name__ if typ else None)
        return False


@trace("f")
def f(a, b=2):
    """f's doc"""
    return a + b


print(f.__name__, f.__doc__, f(1), f(1, b=5))
with trace("direct"):
    print("body")


@trace("raising")
def g():
    raise KeyError("g")


try:
    g()
except KeyError as e:
    print("g raised", e)

for bad in [lambda: suppress(5).__exit__(KeyError, KeyError(), None),
            lambda: closing(5).__exit__(None, None, None),
            lambda: nullcontext(1, 2),
            lambda: closing(),
            lambda: contextmanager(5)().__enter__()]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)


@contextmanager
def not_a_generator():
    return [1, 2]


try:
    with not_a_generator():
        pass
except TypeError as e:
    print(type(e).__name__, e)
