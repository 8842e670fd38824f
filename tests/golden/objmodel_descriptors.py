# Descriptors written in Python: data descriptors win over the instance's
# own attributes, non-data ones lose to them; __set_name__, cached_property,
# __getattribute__ and __getattr__.
import functools


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        setattr(owner, "seen_" + name, True)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return ("data", getattr(obj, self.name, None))

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

    def __delete__(self, obj):
        print("delete", self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["raw"] = value


class C:
    d = Data()
    n = NonData()
    s = SetOnly()


c = C()
t("data get", lambda: c.d)
c.d = 5
t("data set", lambda: c.d)
t("dict", lambda: c.__dict__)
c.__dict__["d"] = "shadow"
t("data wins", lambda: c.d)
t("nondata", lambda: c.n)
t("class access", lambda: C.n)
c.n = "own"
t("own wins", lambda: c.n)
del c.d
t("set_name", lambda: C.seen_d)
t("class data", lambda: type(C.d).__name__)
c.s = 3
t("set only", lambda: (c.raw, type(c.s).__name__))
t("delete missing", lambda: delattr(c, "s"))


class Sub(C):
    pass


t("inherited", lambda: Sub().n)
t("super get", lambda: super(Sub, Sub()).n)


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Owner:
        attr = Bad()
except RuntimeError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)


class P:
    def __init__(self):
        self.calls = 0

    @functools.cached_property
    def v(self):
        "the v"
        self.calls += 1
        return 42


p = P()
t("cached", lambda: (p.v, p.v, p.calls))
t("cached dict", lambda: p.__dict__)
del p.v
t("recomputed", lambda: (p.v, p.calls))
t("cached class", lambda: (type(P.v).__name__, P.v.__doc__))
t("cached unnamed", lambda: functools.cached_property(len).__get__(p, P))


class G:
    def __getattribute__(self, name):
        if name == "magic":
            return 7
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


g = G()
g.real = 1
t("getattribute", lambda: (g.magic, g.real, g.other))


class H:
    def __getattribute__(self, name):
        raise AttributeError("hidden " + name)


t("no getattr", lambda: H().x)


class K(G):
    pass


t("inherited getattribute", lambda: (K().magic, K().missing))
