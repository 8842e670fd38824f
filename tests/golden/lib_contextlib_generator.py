# contextmanager: what reaches the generator, what is suppressed, and the
# RuntimeErrors for generators that misbehave.
from contextlib import contextmanager


def run(label, cm, exc=None):
    try:
        with cm as value:
            print(label, "body got", repr(value))
            if exc is not None:
                raise exc
        print(label, "completed")
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


@contextmanager
def plain():
    yield "v"


@contextmanager
def catches(kind):
    try:
        yield
    except kind as e:
        print("  generator caught", repr(e))


@contextmanager
def reraises():
    try:
        yield
    except Exception as e:
        print("  saw", repr(e))
        raise


@contextmanager
def replaces():
    try:
        yield
    except Exception:
        raise TypeError("replaced")


@contextmanager
def stops_with(value):
    yield
    return value


@contextmanager
def no_yield():
    return
    yield


@contextmanager
def yields_twice():
    yield 1
    yield 2


@contextmanager
def yields_after_catch():
    try:
        yield
    except ValueError:
        yield


@contextmanager
def raises_on_exit():
    yield
    raise OSError("on exit")


run("plain", plain())
run("plain+err", plain(), KeyError("k"))
run("catch", catches(ValueError), ValueError("v"))
run("catch-other", catches(ValueError), KeyError("k"))
run("reraise", reraises(), ValueError("again"))
run("replace", replaces(), ValueError("orig"))
run("stop-value", stops_with(5))
run("no-yield", no_yield())
run("twice", yields_twice())
run("twice+err", yields_twice(), ValueError("x"))
run("yield-after-catch", yields_after_catch(), ValueError("x"))
run("raise-on-exit", raises_on_exit())
run("stopiteration", plain(), StopIteration("si"))
run("catch-stopiteration", catches(StopIteration), StopIteration("si"))
run("generatorexit", catches(GeneratorExit), GeneratorExit())
run("keyboard", plain(), KeyboardInterrupt("kb"))

try:
    with replaces():
        raise ValueError("orig")
except TypeError as e:
    print("context:", repr(e.__context__))

# __exit__ called by hand, with and without an instance.
cm = catches(ValueError)
cm.__enter__()
print(cm.__exit__(ValueError, None, None))
cm = reraises()
cm.__enter__()
err = KeyError("same")
print(cm.__exit__(KeyError, err, None))
cm = plain()
cm.__enter__()
print(cm.__exit__(None, None, None))


# Arguments are passed through; the decorated function keeps its name.
@contextmanager
def tagged(name, *, upper=False):
    """Doc of tagged."""
    print("<" + (name.upper() if upper else name) + ">")
    yield name
    print("</" + name + ">")


print(tagged.__name__, tagged.__doc__)
with tagged("b", upper=True) as n:
    print("inside", n)


# Used as a decorator, a fresh generator runs for every call.
@tagged("call")
def work(x):
    print("work", x)
    return x * 2


print(work(1), work(2))
