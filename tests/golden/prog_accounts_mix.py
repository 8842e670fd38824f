# A bank-style script: properties, class and static methods, exception
# classes, generators, match, number formatting and a worker queue.
import asyncio
from typing import List, Dict, Optional, Any
class Account:
    _next_id = 1
    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
    @property
    def balance(self) -> float:
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError("negative")
        self._balance = v
    def __repr__(self): return f"Account({self.owner!r}, {self._balance:.2f})"
    def __lt__(self, o): return self._balance < o._balance
    @classmethod
    def from_str(cls, s): n, b = s.split(":"); return cls(n, float(b))
    @staticmethod
    def fee(x): return round(x * 0.01, 2)
accts = [Account.from_str(s) for s in ["ann:10", "bob:5.5", "cy:7"]]
print(sorted(accts), min(accts), Account.fee(123.456), accts[0].id, accts[2].id)
try:
    accts[0].balance = -1
except ValueError as e:
    print("error:", e)
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need = need
try:
    raise InsufficientFunds(5, 3)
except InsufficientFunds as e:
    print(e, e.need, e.args, repr(e))
def gen(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
g = gen(3); print(next(g), g.send("hi"), list(g))
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)}, [y for x in [[1, 2], [3]] for y in x])
match {"type": "point", "x": 1, "y": 2}:
    case {"type": "point", "x": x, "y": y} if x < y:
        print("point", x, y)
a, *rest = [1, 2, 3, 4]; print(a, rest)
print(divmod(-7, 2), -7 // 2, -7 % 2, 2 ** 100, round(2.5), round(3.5), round(2.675, 2), 0.1 + 0.2, 1e16, float("inf"))
print(int("ff", 16), bin(10), oct(8), chr(65), ord("a"), abs(-3.5), pow(2, 10, 1000))
async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0.02 * item)
            results.append((name, item))
        finally:
            q.task_done()
async def main():
    q = asyncio.Queue()
    for i in range(6): q.put_nowait(i)
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    await q.join()
    for w in ws: w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print(results)
asyncio.run(main())
