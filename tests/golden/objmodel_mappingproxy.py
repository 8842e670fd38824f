# A class's __dict__ is a read-only mappingproxy that follows the class.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class C:
    a = 1
    def m(self): pass
d = C.__dict__
t("type", lambda: type(d).__name__)
t("getitem", lambda: d["a"])
t("contains", lambda: ("a" in d, "zz" in d))
t("get", lambda: (d.get("a"), d.get("zz", 0)))
t("keys", lambda: [k for k in d.keys() if not k.startswith("__")])
t("iter", lambda: [k for k in d if not k.startswith("__")])
t("len", lambda: len(d) > 2)
t("live", lambda: (setattr(C, "b", 2), d["b"])[1])
t("setitem", lambda: d.__setitem__("z", 1))
t("assign", lambda: d.update({}))
def f(): d["z"] = 1
t("subscript assign", f)
t("missing", lambda: d["nope"])
t("copy", lambda: type(d.copy()).__name__)
t("eq", lambda: C.__dict__ == C.__dict__)
t("dict()", lambda: dict(d)["a"])
t("vars", lambda: type(vars(C)).__name__)
