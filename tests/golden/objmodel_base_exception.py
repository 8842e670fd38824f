# BaseException's members: args, notes, traceback, cause and context, as
# attributes of builtin and user exceptions, with their misuse.
print(sorted(dir(BaseException)))
print(sorted(dir(ValueError)) == sorted(dir(BaseException)))


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class MyError(ValueError):
    pass


for e in [ValueError(1, 2), MyError("m")]:
    t("args", lambda: e.args)
    t("with_traceback", lambda: e.with_traceback(None) is e)
    t("traceback", lambda: e.__traceback__)
    t("cause", lambda: (e.__cause__, e.__context__, e.__suppress_context__))
    e.add_note("first")
    e.add_note("second")
    t("notes", lambda: e.__notes__)
    t("str", lambda: e.__str__())
    t("repr", lambda: e.__repr__())
    t("reduce", lambda: e.__reduce__())
    t("dict", lambda: e.__dict__)
    e.__setstate__({"extra": 3})
    t("setstate", lambda: e.extra)
    t("setstate none", lambda: e.__setstate__(None))

t("descriptor", lambda: BaseException.args)
t("method", lambda: BaseException.with_traceback)
t("slot", lambda: BaseException.__init__)
t("unbound", lambda: BaseException.add_note(KeyError(), "k").__class__)
t("new", lambda: BaseException.__new__(MyError, 1, 2).args)
e = MyError()
BaseException.__init__(e, 4, 5)
t("init", lambda: e.args)
try:
    raise KeyError("k")
except KeyError as k:
    tb = k.__traceback__
    t("tb type", lambda: type(tb).__name__)
    t("tb line", lambda: tb.tb_lineno)
    t("tb next", lambda: tb.tb_next)
    t("tb same", lambda: k.__traceback__ is tb)
    t("tb moved", lambda: ValueError().with_traceback(tb).__traceback__ is tb)
    k.__traceback__ = None
    t("tb cleared", lambda: k.__traceback__)


def inner():
    raise OSError("deep")


try:
    inner()
except OSError as o:
    t("tb chain", lambda: (o.__traceback__.tb_lineno, o.__traceback__.tb_next.tb_lineno))
    t("tb end", lambda: o.__traceback__.tb_next.tb_next)
print("-- misuse")
e = ValueError(1)
t("add_note type", lambda: e.add_note(1))
t("add_note arity", lambda: e.add_note())
t("with_traceback type", lambda: e.with_traceback(1))
t("with_traceback arity", lambda: e.with_traceback())
t("set traceback", lambda: setattr(e, "__traceback__", 5))
t("setstate type", lambda: e.__setstate__(1))
t("keywords", lambda: ValueError(x=1))
t("new subtype", lambda: BaseException.__new__(int))
t("new no args", lambda: BaseException.__new__())
t("wrong receiver", lambda: BaseException.with_traceback(1, None))
t("cause type", lambda: setattr(e, "__cause__", 1))
e.__notes__ = 5
t("notes not list", lambda: e.add_note("x"))
