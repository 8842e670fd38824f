from contextlib import contextmanager


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def ignores_error():
    try:
        yield
    except ValueError:
        yield


try:
    with ignores_error():
        raise ValueError
except RuntimeError as e:
    print(e)
with two_yields():
    pass
