import asyncio

class Buffer:
    def __init__(self, size):
        self.size = size
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

async def producer(name, buf, n):
    for i in range(n):
        await buf.put(f"{name}{i}")
        print(name, "put", i)

async def consumer(name, buf, n):
    for _ in range(n):
        item = await buf.get()
        print(name, "got", item)

async def main():
    buf = Buffer(2)
    tasks = [
        asyncio.create_task(producer("p", buf, 4)),
        asyncio.create_task(producer("q", buf, 4)),
        asyncio.create_task(consumer("c1", buf, 5)),
        asyncio.create_task(consumer("c2", buf, 3)),
    ]
    for t in tasks:
        await t
    print("left:", buf.items)

asyncio.run(main())
