# dataclasses (defaults, default_factory, generated repr/eq, order, frozen,
# asdict), the string constants, and typing names used only as annotations.
import dataclasses
import string
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Set, Tuple, Union


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    meta: Dict[str, Any] = field(default_factory=dict, repr=False)
    count: int = field(default=1, compare=False)


a = Item("pen")
b = Item("pen", 0.0, [])
c = Item("ink", 2.5, ["refill"], count=3)
a.tags.append("blue")
print(a, b, c, sep="\n")
print(a == b, Item("pen") == Item("pen", count=9), a == "pen", b.tags is Item("x").tags, c.meta)
print(dataclasses.asdict(c), dataclasses.astuple(c), [f.name for f in dataclasses.fields(Item)])
print(dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(3))
print(dataclasses.replace(c, price=3.0), Item.__dataclass_fields__["price"].default)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


vs = sorted([Version(1, 5), Version(0, 9), Version(1)])
print(vs, Version(1) < Version(1, 1), max(vs), hash(Version(2)) == hash(Version(2)), {Version(1), Version(1, 0)})


@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)

    def total(self) -> int:
        return self.value + sum(ch.total() for ch in self.children)

    def __post_init__(self):
        if self.value < 0:
            raise ValueError("negative node")


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree.total(), tree.children[1], Node(5) == Node(5, []))
for bad in [lambda: Item(), lambda: Item("a", 1, [], {}, 1, 2), lambda: Item(nme="x"), lambda: Node(-1),
            lambda: setattr(Version(1), "major", 3), lambda: Version(1) < Item("x"), lambda: hash(a),
            lambda: dataclasses.replace(c, nope=1), lambda: dataclasses.asdict(3)]:
    try:
        print("ok", bad())
    except (TypeError, ValueError, AttributeError, dataclasses.FrozenInstanceError) as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable), string.capwords("hello   wide world"))


def apply(fn: Callable[[int], int], values: Iterable[int]) -> List[int]:
    return [fn(v) for v in values]


def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> Union[int, None]:
    return table.get(key, default)


pair: Tuple[int, str] = (1, "a")
unique: Set[int] = {1, 2}
print(apply(lambda v: v * 3, range(3)), lookup({"a": 1}, "a"), lookup({}, "b", 0), pair, unique)
