from dataclasses import dataclass, field
@dataclass
class A:
    x: int
try:
    hash(A(1))
except TypeError as e:
    print(e)
print(A.__hash__)
@dataclass(frozen=True)
class B:
    x: int
    y: str = "s"
print(hash(B(1)) == hash((1, "s")), {B(1): 'b'}[B(1)], len({B(1), B(1), B(2)}))
@dataclass(unsafe_hash=True)
class C:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(C(3)) == hash((3,)), C(3) in {C(3)})
@dataclass(eq=False)
class D:
    x: int
d = D(1)
print(d in {d}, D(1) in {d})
@dataclass
class E:
    x: int
    def __hash__(self):
        return 7
print(hash(E(1)))
try:
    @dataclass(unsafe_hash=True)
    class F:
        x: int
        def __hash__(self):
            return 7
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class G:
    x: int
    def __eq__(self, o):
        return True
try:
    print(hash(G(1)))
except TypeError as e:
    print(e)
