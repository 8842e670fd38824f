# ExitStack: order of callbacks, suppression, exceptions raised by
# callbacks and how their __context__ chains end up.
from contextlib import ExitStack, contextmanager


def chain(e):
    parts = []
    while e is not None:
        parts.append(repr(e))
        e = e.__context__
    return " <- ".join(parts)


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val))
        return self.suppress


with ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b")))
    print(stack.callback(print, "cb", 1, sep="-") is print)
    stack.push(lambda *exc: print("pushed fn", exc[0]))
    pushed = CM("pushed")
    print(stack.push(pushed) is pushed)

print("-- suppression")
with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("swallow", suppress=True))
    stack.enter_context(CM("inner"))
    raise KeyError("k")
print("after suppressed")


def raiser(exc):
    def cb(*details):
        print("raiser sees", repr(details[1]))
        raise exc
    return cb


print("-- callbacks raising")
try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError("first cb")))
        stack.push(raiser(IndexError("second cb")))
        raise KeyError("body")
except Exception as e:
    print("got", chain(e))

try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError("only")))
except Exception as e:
    print("got", chain(e))

try:
    with ExitStack() as stack:
        stack.push(lambda *d: True)
        stack.push(raiser(IndexError("then suppressed")))
        raise KeyError("body")
    print("all suppressed")
except Exception as e:
    print("unexpected", chain(e))

try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("after suppress")))
        stack.push(lambda *d: True)
        raise KeyError("body")
except Exception as e:
    print("got", repr(e))

# An exception raised while handling another one, inside the with.
try:
    try:
        raise OSError("outer handling")
    except OSError:
        with ExitStack() as stack:
            stack.push(raiser(ValueError("cb")))
            raise KeyError("body")
except Exception as e:
    print("got", chain(e))

print("-- pop_all and close")
with ExitStack() as stack:
    stack.callback(print, "moved")
    other = stack.pop_all()
    print(type(other).__name__)
print("first stack closed")
other.close()
other.close()


@contextmanager
def gen(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


stack = ExitStack()
names = [stack.enter_context(gen(n)) for n in "xyz"]
print(names)
stack.close()

print("-- misuse")
for f in [lambda: ExitStack().enter_context(5),
          lambda: ExitStack().enter_context(CM),
          lambda: ExitStack().callback(),
          lambda: ExitStack().push(),
          lambda: ExitStack(1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    with ExitStack() as stack:
        stack.push(5)
except TypeError as e:
    print(type(e).__name__, e)
