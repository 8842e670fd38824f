import asyncio

async def waiter(name, cond, log):
    async with cond:
        await cond.wait()
        log.append(name)
        print(name, "woke")

async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(f"w{i}", cond, log)) for i in range(6)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after notify(2):", log)
    async with cond:
        cond.notify(n=3)
        cond.notify(0)
    for _ in range(4):
        await asyncio.sleep(0)
    print("after notify(3):", log)
    async with cond:
        cond.notify(10)
    for t in tasks:
        await t
    print("all:", log)

asyncio.run(main())
