# An inventory script: dataclasses, json, enum, formatting, collections and
# a producer/consumer queue, as a tutorial would combine them.
import asyncio, time, json, random, itertools, functools, collections, dataclasses, enum, string, math, sys
from dataclasses import dataclass, field, asdict
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    def total(self): return self.qty * 2
items = [Item("a", 1), Item("b", 2, ["x"])]
print(asdict(items[1]), [i.total() for i in items], Item("a", 1) == items[0])
print(json.dumps({"items": [asdict(i) for i in items]}, indent=2))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), Color["GREEN"].value, list(Color), Color.RED.name)
print(f"{math.pi:.3f} {1234567.891:,.2f} {0.25:.1%} {42:>6} {'x':*^7} {255:#x} {3:03d}")
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
c = collections.Counter("hello world")
print(c.most_common(3), sum(c.values()))
dq = collections.deque(maxlen=3)
for i in range(5): dq.append(i)
print(dq, list(itertools.chain.from_iterable([[1], [2, 3]])))
print(functools.reduce(lambda a, b: a + b, range(5)), list(itertools.groupby("aabbc")) and [k for k, _ in itertools.groupby("aabbc")])
s = "Hello, World"
print(s[::-1], s.split(", "), s.lower().count("l"), s.replace("l", "L", 1), s.center(20, "-"))
print(sys.version_info[:2] >= (3, 8), isinstance(sys.argv, list))
async def produce(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
async def consume(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total
async def main():
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(produce(q, 10), consume(q))
    print("total", total)
    results = await asyncio.gather(*[asyncio.sleep(0.01 * i, result=i) for i in range(3)])
    print(results)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
asyncio.run(main())
