# __slots__, class docstrings and annotations, __bases__, and the
# attributes of functions scripts read (__defaults__, __closure__, ...).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class S:
    __slots__ = ("x", "y")


s = S()
s.x = 1
t("slot", lambda: s.x)
t("undeclared", lambda: setattr(s, "z", 2))
t("no dict", lambda: s.__dict__)
t("unset", lambda: s.y)


class T(S):
    __slots__ = ["w"]


u = T()
u.w = 1
u.x = 2
t("inherited slots", lambda: (u.w, u.x))
t("subclass undeclared", lambda: setattr(u, "q", 1))


class Open(S):
    pass


o = Open()
o.anything = 3
t("no slots in subclass", lambda: o.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.b = 1
t("slots with dict", lambda: w.b)
try:
    class Clash:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadItem:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)


class Doc:
    "docstring here"
    x: int = 1
    y: str


class NoDoc:
    pass


t("doc", lambda: Doc.__doc__)
t("no doc", lambda: (NoDoc.__doc__, NoDoc().__doc__))
t("annotations", lambda: Doc.__annotations__)
t("bases", lambda: (Doc.__bases__, T.__bases__))
t("doc in dict", lambda: "__doc__" in NoDoc.__dict__)


def f(a, b=2, *args, c=3, d, **kw):
    "f's doc"
    local = 1
    return a


def g(x, /, y):
    return x


def outer():
    z = 1

    def inner():
        return z

    return inner


t("defaults", lambda: (f.__defaults__, f.__kwdefaults__))
t("no defaults", lambda: (g.__defaults__, g.__kwdefaults__))
t("closure", lambda: (outer().__closure__[0].cell_contents, f.__closure__))
t("closure type", lambda: type(outer().__closure__[0]).__name__)
t("doc", lambda: (f.__doc__, g.__doc__))
code = f.__code__
t("code", lambda: (code.co_name, code.co_argcount, code.co_kwonlyargcount))
t("varnames", lambda: code.co_varnames)
t("posonly", lambda: (g.__code__.co_posonlyargcount, g.__code__.co_argcount))
t("freevars", lambda: outer().__code__.co_freevars)
t("qualname", lambda: outer().__code__.co_qualname)
t("code type", lambda: type(code).__name__)
