# f.__code__: names, counts and the flags inspect reads.


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f(a, b, /, c, d=1, *args, e, g=2, **kw):
    x = 1
    return x


code = f.__code__
attempt("type", lambda: type(code).__name__)
attempt("co_name", lambda: code.co_name)
attempt("co_filename", lambda: code.co_filename.rsplit("/", 1)[-1])
attempt("co_firstlineno", lambda: code.co_firstlineno)
attempt("co_argcount", lambda: code.co_argcount)
attempt("co_posonlyargcount", lambda: code.co_posonlyargcount)
attempt("co_kwonlyargcount", lambda: code.co_kwonlyargcount)
attempt("co_varnames", lambda: code.co_varnames)
attempt("co_flags", lambda: code.co_flags)


def plain():
    pass


def star(*a):
    pass


def kw(**k):
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def outer():
    def inner(*a):
        pass

    class C:
        def m(self):
            pass

    return inner, C.m, lambda: 0


class K:
    def m(self):
        pass


for fn in [plain, star, kw, gen, coro, agen, K.m, lambda: 0, *outer()]:
    flags = fn.__code__.co_flags
    print(fn.__qualname__, flags,
          bool(flags & 0x20), bool(flags & 0x80), bool(flags & 0x200),
          bool(flags & 0x4), bool(flags & 0x8), bool(flags & 0x10))

import inspect

print(inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(plain))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(coro))
print(inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(gen))
attempt("code of builtin", lambda: len.__code__)
attempt("set code attr", lambda: setattr(code, "co_name", "x"))
