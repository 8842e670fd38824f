import asyncio

async def ticker(n):
    for i in range(n):
        print("  tick", i)
        await asyncio.sleep(0)

async def waiter(name, cond):
    async with cond:
        print(name, "waiting")
        result = await cond.wait()
        print(name, "woke with", result, "holding lock:", cond.locked())
        await asyncio.sleep(0)
        print(name, "leaves")

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(ticker(10))
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        print("notify_all")
        cond.notify_all()
        print("main still holds the lock")
        await asyncio.sleep(0)
    for x in tasks:
        await x
    await t

asyncio.run(main())
