import typing
from typing import (TypeVar, ParamSpec, NewType, NamedTuple, cast, overload, final,
                    no_type_check, runtime_checkable, Protocol, Generic, Any, ClassVar,
                    Final, Literal, Text)

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

T = TypeVar("T")
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
print(T, Co, Contra, N, B, T.__name__, N.__constraints__, B.__bound__)
print(T.__covariant__, Co.__covariant__, Contra.__contravariant__)
P = ParamSpec("P")
print(P, P.__name__)
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, type(UserId(5)))
print(cast(str, 1), cast(list, None))
Pt = NamedTuple("Pt", x=int, y=int)
print(Pt(1, 2), Pt._fields)
Row = NamedTuple("Row", [("a", str), ("b", int)])
print(Row("s", 3), Row("s", 3).b)
print(Any, ClassVar, Final, Literal, Text is str, typing.TYPE_CHECKING)
show(Any)
show(Final)

@overload
def f(x: int) -> int: ...
def g(x): return x
print(overload(g) is g, final(g) is g, no_type_check(g) is g)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class S(Generic[T]):
    pass
print(S[int] is S or S[int].__origin__ is S, Closable.__name__)
