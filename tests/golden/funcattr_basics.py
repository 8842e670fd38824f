# Function objects: module, globals, attribute dict, defaults, doc, names.
import functools


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f(a, b=2, *args, c=3.0, **kw):
    "doc of f"
    return (a, b, c)


attempt("module", lambda: f.__module__)
attempt("globals type", lambda: type(f.__globals__).__name__)
attempt("globals is globals()", lambda: f.__globals__ is globals())
attempt("globals has f", lambda: f.__globals__["f"] is f)
NEW_GLOBAL = 41
attempt("globals sees new", lambda: f.__globals__["NEW_GLOBAL"])
attempt("empty dict", lambda: f.__dict__)
f.calls = 1
attempt("dict", lambda: f.__dict__)
attempt("vars", lambda: vars(f))
attempt("attr", lambda: f.calls)
attempt("missing", lambda: f.nope)
attempt("defaults", lambda: f.__defaults__)
attempt("kwdefaults", lambda: f.__kwdefaults__)
attempt("qualname", lambda: f.__qualname__)
attempt("doc", lambda: f.__doc__)
attempt("name", lambda: f.__name__)


def set_names():
    f.__qualname__ = "Q.f"
    f.__doc__ = "new doc"
    f.__module__ = "elsewhere"
    return f.__qualname__, f.__doc__, f.__module__


attempt("set", set_names)


def set_defaults():
    f.__defaults__ = (5,)
    return f(1), f.__defaults__


attempt("set defaults", set_defaults)


def set_kwdefaults():
    f.__kwdefaults__ = {"c": 9}
    return f(1), f.__kwdefaults__


attempt("set kwdefaults", set_kwdefaults)


def g():
    pass


attempt("no defaults", lambda: (g.__defaults__, g.__kwdefaults__, g.__doc__))
attempt("lambda", lambda: ((lambda: 0).__name__, (lambda: 0).__module__))


def outer():
    def inner():
        pass
    return inner


attempt("inner", lambda: (outer().__qualname__, outer().__module__))


class K:
    def method(self):
        "method doc"


attempt("method", lambda: (K.method.__qualname__, K.method.__module__, K().method.__doc__))
attempt("bound module", lambda: K().method.__module__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def h(q):
    "h doc"
    return q * 2


attempt("wrapped", lambda: h.__wrapped__.__name__)
attempt("wraps copies", lambda: (h.__name__, h.__qualname__, h.__doc__, h.__module__))
attempt("wrapper call", lambda: h(4))
attempt("wrapped dict", lambda: sorted(h.__dict__))
