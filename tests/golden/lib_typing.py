import asyncio
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable,
                    Awaitable, Coroutine, Iterable, Iterator, AsyncIterator,
                    AsyncIterable, TypeVar, Generic, Protocol, NamedTuple, cast,
                    TYPE_CHECKING)

if TYPE_CHECKING:
    import no_such_module

T = TypeVar("T")
print(T, TypeVar("U", covariant=True))
print(Any, Optional, Union, List, Dict, Callable)

def first(xs: List[int], default: Optional[int] = None) -> Optional[int]:
    return xs[0] if xs else default

print(first([3, 4]), first([], -1))

def apply(f: Callable[[int, str], Dict[str, Tuple[int, ...]]], *args: Any) -> Any:
    return f(*args)

print(apply(lambda a, b: {b: (a,)}, 1, "k"))

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

print(Box(5).get(), Box[int]("s").get())

class Greeter(Protocol):
    def greet(self) -> str: ...

class English:
    def greet(self) -> str:
        return "hello"

def use(g: Greeter) -> str:
    return g.greet()

print(use(English()))
print(cast(int, "not an int"), cast("List[int]", [1]))
print(typing.TYPE_CHECKING)

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p.x + p.y, tuple(p))

x: Union[int, str, None] = 3
ys: Set[str] = {"a"}
print(x, ys)

async def work(n: int) -> int:
    await asyncio.sleep(0)
    return n * 2

async def runner(items: Iterable[int]) -> List[int]:
    aw: Awaitable[int]
    return [await work(i) for i in items]

print(asyncio.run(runner([1, 2, 3])))

def gen(n: int) -> Iterator[int]:
    yield from range(n)

print(list(gen(3)))
try:
    Optional()
except TypeError as e:
    print("TypeError", e)
