import asyncio

class Worker:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = []

    async def step(self, i):
        await asyncio.sleep(self.delay)
        self.done.append(i)
        return f"{self.name}:{i}"

    async def run(self, n):
        results = []
        for i in range(n):
            results.append(await self.step(i))
        return results

async def main():
    a = Worker("a", 0.01)
    b = Worker("b", 0.015)
    ta = asyncio.create_task(a.run(3))
    tb = asyncio.create_task(b.run(2))
    print(await ta)
    print(await tb)
    print(a.done, b.done)
    t1 = asyncio.create_task(a.step(9))
    t2 = asyncio.create_task(b.step(8))
    print([await t1, await t2])

asyncio.run(main())
