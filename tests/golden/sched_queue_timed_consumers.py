import asyncio

async def slow_producer(q):
    for i, delay in enumerate([0.02, 0.0, 0.04, 0.0]):
        if delay:
            await asyncio.sleep(delay)
        await q.put(i)
        print("produced", i)
    for _ in range(2):
        await q.put(None)

async def consumer(name, q):
    while (item := await q.get()) is not None:
        print(name, "consumed", item)
    print(name, "exits")

async def main():
    q = asyncio.Queue()
    tasks = [
        asyncio.create_task(consumer("fast", q)),
        asyncio.create_task(consumer("slow", q)),
        asyncio.create_task(slow_producer(q)),
    ]
    for t in tasks:
        await t

asyncio.run(main())
