# Exceptions: handlers with tuples and `as`, else/finally, raise and raise
# from, user exception classes, .args, the built-in hierarchy, assert, with.
import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where


class Quiet(AppError):
    def __str__(self):
        return "quiet!"


def risky(kind):
    if kind == "value":
        return int("x")
    if kind == "type":
        return len(5)
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 // 0
    if kind == "attr":
        return None.foo
    if kind == "name":
        return undefined_name
    if kind == "notfound":
        raise NotFound("user")
    if kind == "runtime":
        raise RuntimeError("boom", 42)
    if kind == "notimpl":
        raise NotImplementedError
    if kind == "assert":
        assert kind == "other", "kinds differ"
    if kind == "stop":
        return next(iter([]))
    return "fine"


for kind in ["value", "type", "key", "index", "zero", "attr", "name", "notfound",
             "runtime", "notimpl", "assert", "stop", "none"]:
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e, e.args, isinstance(e, LookupError))
    except (ValueError, TypeError) as e:
        print("bad value/type", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", type(e).__name__, e, e.args)
    except AppError as e:
        print("app", type(e).__name__, e, e.args, e.key, e.where)
    except NameError as e:
        print("name", type(e).__name__, e, e.args)
    except Exception as e:
        print("other", type(e).__name__, repr(e), e.args, str(e))
    else:
        print("else", result)
    finally:
        print("finally", kind)


def unbound():
    if False:
        x = 1
    return x


def recurse(n):
    return recurse(n + 1)


for fn in [unbound, lambda: recurse(0)]:
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e, isinstance(e, NameError), type(e).__mro__[1].__name__)
    except RecursionError as e:
        print(type(e).__name__, e, isinstance(e, RuntimeError))

for exc in [KeyboardInterrupt(), SystemExit(3), StopIteration("v"), AssertionError("a")]:
    try:
        raise exc
    except Exception as e:
        print("Exception caught", type(e).__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__, e.args)

try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    raise StopIteration(7)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

for cls in [BaseException, Exception, ValueError, TypeError, KeyError, IndexError,
            ZeroDivisionError, AttributeError, NameError, UnboundLocalError,
            RuntimeError, StopIteration, AssertionError, NotImplementedError,
            RecursionError, KeyboardInterrupt, SystemExit, LookupError,
            ArithmeticError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

e = ValueError("one", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("x")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(NotFound("u")), str(Quiet("loud")), repr(Quiet("loud")), Quiet("a", "b").args)
e.args = ("changed",)
print(e, e.args)


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad input {s!r}") from e


try:
    convert("zz")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          e.__suppress_context__)


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AppError("missing " + k)


try:
    lookup({}, "a")
except AppError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)


def order():
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs before return")


print(order())


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        raise
    finally:
        print("outer finally")


try:
    nested()
except KeyError as e:
    print("reraised", repr(e))

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("assert", repr(e), e.args)
try:
    assert [], ("list", "empty")
except AssertionError as e:
    print("assert", repr(e), e.args)

name_kept = "ok"
try:
    raise ValueError
except ValueError as name_kept:
    pass
try:
    print(name_kept)
except NameError as e:
    print(type(e).__name__, e)

def raise_it(x):
    raise x


for x in [3, "text", int, ValueError, ValueError("inst")]:
    try:
        raise_it(x)
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", repr(e))

try:
    raise ValueError("a") from 5
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("x")
    except 42:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("closing with", exc[0])
        return False


try:
    with Resource() as r:
        raise NotFound("cfg", where="disk")
except AppError as e:
    print("after with:", e, isinstance(r, Resource))
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)
