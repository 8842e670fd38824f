# The functions inside property, staticmethod and classmethod objects.
class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        "the v"
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 2

    ro = property(lambda self: 1)

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def c(cls):
        return cls.__name__


p = P()
p.v = 5
print(p.v, P.v.fget.__name__, P.v.fset.__name__, P.v.fdel)
print(P.ro.fget(p), P.ro.fset, P.ro.fdel)
print(P.__dict__['s'].__func__(1), P.__dict__['c'].__func__(P), P.__dict__['c'].__func__.__name__)
print(type(P.v).__name__, type(P.__dict__['s']).__name__, type(P.__dict__['c']).__name__)
try:
    p.ro = 3
except AttributeError as e:
    print(type(e).__name__, e)
q = property(None, None, None)
print(q.fget, q.fset, q.fdel)
