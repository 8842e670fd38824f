# Dataclasses defined in functions and classes, ClassVar and InitVar
# pseudo-fields, and frozen inheritance rules.
import dataclasses
from dataclasses import dataclass, field, InitVar, fields, replace
from typing import ClassVar

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

@dataclass
class B:
    x: int
    k: ClassVar[int] = 5
    i: InitVar[int] = 3
    def __post_init__(self, i):
        self.y = i * 2

b = B(1, 4)
print(b, b.y, [f.name for f in fields(B)], list(B.__dataclass_fields__), B.__match_args__, B.k)
print(replace(b, i=7).y, replace(b).y, B.__init__.__qualname__)

@dataclass
class NeedsInit:
    n: InitVar[int]
    def __post_init__(self, n):
        self.double = 2 * n
print(NeedsInit(4).double)
show(replace, NeedsInit(1))

@dataclass
class Shared:
    registry: ClassVar[list] = []
    y: int = 0
print(Shared(), Shared.registry, [f.name for f in fields(Shared)])

@dataclass(frozen=True)
class Frozen:
    x: int

@dataclass
class Thawed:
    x: int

def inherit(base, frozen):
    try:
        @dataclass(frozen=frozen)
        class Child(base):
            y: int = 0
        return Child
    except TypeError as e:
        print(type(e).__name__, e)

inherit(Frozen, False)
inherit(Thawed, True)
print(inherit(Frozen, True)(1, 2), inherit(Thawed, False)(3))

def local():
    @dataclass
    class Local:
        x: int
    return Local
show(local())
print(local()(2), local().__init__.__qualname__)

class Outer:
    @dataclass
    class Inner:
        a: int
        b: list = field(default_factory=list)
show(Outer.Inner)
print(Outer.Inner(1), Outer.Inner.__init__.__qualname__)

@dataclass(init=False)
class NoInit:
    x: int = 1
print(NoInit.__match_args__, NoInit().x)

@dataclass(frozen=True)
class Doubling:
    x: int
    def __post_init__(self):
        object.__setattr__(self, "x", self.x * 2)
print(Doubling(2))

@dataclass
class WithMatchArgs:
    a: int
    b: int
    __match_args__ = ("b",)
print(WithMatchArgs.__match_args__)
match WithMatchArgs(1, 2):
    case WithMatchArgs(v):
        print("matched", v)

@dataclass
class Unhashable:
    x: int
show(hash, Unhashable(1))

@dataclass
class Node:
    value: int = 0
    next: object = None
loop = Node(1)
loop.next = Node(2, loop)
print(loop)

class AlwaysEqual:
    def __eq__(self, other):
        return True
try:
    @dataclass
    class HoldsUnhashable:
        item: AlwaysEqual = AlwaysEqual()
except ValueError as e:
    print(type(e).__name__, str(e).replace(__name__, "M"))
