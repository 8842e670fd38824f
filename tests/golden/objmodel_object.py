# object's members: what every class inherits, called directly and through
# instances, classes and super(), with their misuse.
print(sorted(dir(object)))


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    pass


c = C()
d = C()
t("lt", lambda: object.__lt__(c, d))
t("le", lambda: c.__le__(d))
t("gt", lambda: c.__gt__(1))
t("ge", lambda: C.__ge__(c, c))
t("eq same", lambda: c.__eq__(c))
t("eq other", lambda: c.__eq__(d))
t("ne same", lambda: c.__ne__(c))
t("ne other", lambda: object.__ne__(c, d))
t("hash type", lambda: type(c.__hash__()).__name__)
t("hash eq", lambda: c.__hash__() == hash(c))
t("class", lambda: c.__class__)
t("class of class", lambda: C.__class__)
t("class of object", lambda: object.__class__)
t("sizeof", lambda: c.__sizeof__() > 0)
t("init_subclass", lambda: C.__init_subclass__())
t("subclasshook", lambda: C.__subclasshook__(int))
t("object subclasshook", lambda: object.__subclasshook__())
t("str", lambda: object.__str__(ValueError(3)))
t("repr", lambda: object.__repr__(c).startswith("<__main__.C object at 0x"))
t("format empty", lambda: c.__format__("") == str(c))
t("getstate empty", lambda: c.__getstate__())
c.x = 1
t("getattribute", lambda: c.__getattribute__("x"))
t("getstate", lambda: c.__getstate__())
t("dir", lambda: "x" in c.__dir__() and "__eq__" in c.__dir__())
object.__setattr__(c, "y", 5)
t("setattr", lambda: c.y)
object.__delattr__(c, "y")
t("delattr", lambda: hasattr(c, "y"))
t("new", lambda: type(object.__new__(C)).__name__)
t("init", lambda: object.__init__(c))


class F:
    def __eq__(self, other):
        return 5


t("ne inverts eq", lambda: F().__ne__(1))
t("ne through object", lambda: object.__ne__(F(), 1))
print("-- misuse")
t("format spec", lambda: c.__format__("x"))
t("format type", lambda: object.__format__(c, 1))
t("init_subclass positional", lambda: object.__init_subclass__(1))
t("init_subclass keyword", lambda: C.__init_subclass__(x=1))
t("init args", lambda: object.__init__(c, 1))
t("lt arity", lambda: object.__lt__(c))
t("eq arity", lambda: c.__eq__())
t("setattr name", lambda: object.__setattr__(c, 1, 2))
t("delattr missing", lambda: object.__delattr__(c, "y"))
t("delattr arity", lambda: object.__delattr__(c))
t("getattribute name", lambda: object.__getattribute__(c, 1))
t("getattribute missing", lambda: c.__getattribute__("nope"))
t("reduce_ex arity", lambda: c.__reduce_ex__())
t("object args", lambda: object(1))
t("new no args", lambda: object.__new__())
t("new not type", lambda: object.__new__(1))
t("hash args", lambda: c.__hash__(1))
t("descriptor no receiver", lambda: object.__init__())


class D:
    def __init__(self, *a):
        object.__init__(self, *a)


t("subclass init args", lambda: D(1))


class E:
    def __new__(cls, *a):
        return object.__new__(cls)


t("own new init args", lambda: object.__init__(E(), 1))
t("own new", lambda: type(E(1, 2)).__name__)
