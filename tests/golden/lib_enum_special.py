# _ignore_, _order_, mixins, enum subclasses with methods, tuple and float
# data types, and _missing_ on a StrEnum.
from enum import Enum, IntEnum, StrEnum, auto, unique, ReprEnum
import enum
class N(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(N), N.D + 0)
class O(Enum):
    _ignore_ = "tmp i"
    A = 1
    tmp = 5
    i = 3
print(list(O), hasattr(O, "tmp"), hasattr(O, "_ignore_"))
try:
    class P(Enum):
        B = 2
        A = 1
        _order_ = "A B"
except TypeError as e: print(e)
class Q(Enum):
    B = 2
    A = 1
    _order_ = "B, A"
print(list(Q), hasattr(Q, "_order_"))
class Mix:
    def hello(self): return "hello " + self.name
class M(Mix, Enum):
    X = 1
print(M.X.hello(), repr(M.X), M._member_type_)
class Base(Enum):
    def twice(self): return self.value * 2
class Child(Base):
    K = 4
print(Child.K.twice(), list(Child), Child.K in Child, isinstance(Child.K, Base))
print(sorted([N.C, N.A, N.B]), {O.A, O.A}, N.A in {1}, N(1) is N.A)
print(O.A.__class__ is O, type(O.A).__mro__)
print(enum.Enum.__members__, len(enum.Enum), list(enum.IntEnum))
class T(StrEnum):
    X = auto()
    @classmethod
    def _missing_(cls, value):
        return cls.X if value == "?" else None
print(T("?"), T("x"), T.X == "x")
try: T(1)
except ValueError as e: print(e)
print(unique(O) is O)
try: unique(5)
except Exception as e: print(type(e).__name__, e)
class F(float, Enum):
    A = 1
print(repr(F.A), F.A.value, type(F.A.value).__name__)
class Tup(tuple, Enum):
    A = (1, 2)
print(repr(Tup.A), Tup.A[0], Tup.A.value)
print(N.__members__.keys() if False else list(N.__members__.items())[:2])
print(str(N.A), format(N.A, ">4"), N.A.name, N.A.value, N["B"], N(10))
print(hash(O.A) == hash("A"), O.A.__hash__() == hash("A"))
class V(Enum):
    A = 1
    def __init__(self, v):
        self.doubled = v * 2
print(V.A.doubled, dir(V.A))
import copy
print(copy.deepcopy(V.A) is V.A)
