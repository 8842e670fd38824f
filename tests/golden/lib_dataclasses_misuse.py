import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY, FrozenInstanceError, MISSING

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def make(body):
    try:
        ns = {"dataclass": dataclass, "field": field, "KW_ONLY": KW_ONLY}
        exec(body, ns)
        return ns["C"]
    except Exception as e:
        print(type(e).__name__, e)

make("@dataclass\nclass C:\n    x: int = 1\n    y: int\n")
make("@dataclass\nclass C:\n    x: dict = {}\n")
make("@dataclass\nclass C:\n    x: set = set()\n")
make("@dataclass\nclass C:\n    x = field(default=1)\n")
make("@dataclass(order=True, eq=False)\nclass C:\n    x: int\n")
make("@dataclass(order=True)\nclass C:\n    x: int\n    def __lt__(self, o): return True\n")
make("@dataclass(unsafe_hash=True)\nclass C:\n    x: int\n    def __hash__(self): return 1\n")
make("@dataclass(frozen=True)\nclass C:\n    x: int\n    def __setattr__(self, n, v): pass\n")
show(field, default=1, default_factory=list)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: list = field(default_factory=list)
    d: int = field(default=7, init=False, repr=False)

print(K(1), K(1, b=3, c=[1]), K.__match_args__)
show(K, 1, 2)
show(K, 1, d=5)
print([f.name for f in fields(K)], [f.kw_only for f in fields(K)], fields(K)[2].default_factory)
show(fields, 5)
show(fields, object)
show(asdict, K)
show(astuple, 3)
show(replace, K(1), d=2)
show(replace, 5)
print(replace(K(1), b=9), is_dataclass(K), is_dataclass(K(1)), is_dataclass(int))

@dataclass(kw_only=True)
class W:
    x: int
    y: int = 0
print(W(x=1), W.__match_args__)
show(W, 1)

@dataclass(frozen=True)
class F:
    x: int
    y: tuple = ()
f = F(1)
show(setattr, f, "x", 2)
show(setattr, f, "z", 2)
show(delattr, f, "x")
print(isinstance(FrozenInstanceError("m"), AttributeError), hash(f) == hash(F(1)), f == F(1))

@dataclass(order=True)
class O:
    a: int
    b: str = field(compare=False, default="")
print(O(1, "z") < O(2, "a"), O(1, "x") == O(1, "y"), sorted([O(3), O(1), O(2)]))
show(lambda: O(1) < 2)
show(lambda: O(1) >= "s")

@dataclass(eq=False)
class NE:
    x: int
print(NE(1) == NE(1), "__hash__" in NE.__dict__)

@dataclass
class Unh:
    x: int
print(Unh.__hash__)

@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: list = field(hash=False, default_factory=list)
print(hash(UH(3)) == hash(UH(3, [1])))

@dataclass(init=False, repr=False, eq=False, match_args=False)
class Bare:
    x: int = 3
b = Bare()
print(b.x, "__match_args__" in Bare.__dict__, "__repr__" in Bare.__dict__)

@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    items: list
    m: dict
    t: tuple
o = Outer([Inner(1), Inner(2)], {"k": Inner(3)}, (Inner(4),))
print(asdict(o))
print(astuple(o))
print(asdict(Inner(1), dict_factory=lambda kv: sorted(kv)))
print(astuple(Inner(5), tuple_factory=list))
print(MISSING is dataclasses.MISSING, repr(fields(K)[2].default) == repr(MISSING))
