# Assigning function attributes: type checks and read-only ones.


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f(a, b=2, *, c=3):
    return (a, b, c)


def assign(name, value):
    def run():
        setattr(f, name, value)
        return getattr(f, name)
    return run


attempt("defaults list", assign("__defaults__", [1]))
attempt("kwdefaults list", assign("__kwdefaults__", [1]))
attempt("globals", assign("__globals__", {}))
attempt("closure", assign("__closure__", None))
attempt("code int", assign("__code__", 1))
attempt("name int", assign("__name__", 1))
attempt("qualname int", assign("__qualname__", None))
attempt("module int", assign("__module__", 1))
attempt("doc int", assign("__doc__", 1))
attempt("call", lambda: f(1))
attempt("defaults none", assign("__defaults__", None))
attempt("call missing b", lambda: f(1))
attempt("defaults back", assign("__defaults__", (7,)))
attempt("call b", lambda: f(1))
attempt("kwdefaults none", assign("__kwdefaults__", None))
attempt("call missing c", lambda: f(1))
attempt("kwdefaults dict", assign("__kwdefaults__", {"c": 5}))
attempt("call c", lambda: f(1))
attempt("defaults two", assign("__defaults__", (8, 9)))
attempt("call both", lambda: f(c=0))
attempt("name", assign("__name__", "renamed"))
attempt("repr-free name", lambda: (f.__name__, f.__qualname__))
attempt("dict keeps only own", lambda: vars(f))
f.tag = "t"
attempt("dict tag", lambda: vars(f))
attempt("code attr", lambda: setattr(f.__code__, "co_argcount", 3))
