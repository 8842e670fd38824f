import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def worker(name, lock, hold):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        for _ in range(hold):
            await asyncio.sleep(0)
        print(name, "releases")
    print(name, "done")

async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker(14))
    tasks = [asyncio.create_task(worker(f"w{i}", lock, i % 3)) for i in range(5)]
    for task in tasks:
        await task
    await t
    print("locked at the end:", lock.locked())

asyncio.run(main())
