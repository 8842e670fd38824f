import asyncio

async def consumer(name, cond, items):
    async with cond:
        while not items:
            print(name, "waits")
            await cond.wait()
            print(name, "notified, items:", items)
        print(name, "takes", items.pop(0))

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0)
    for k in range(3):
        async with cond:
            items.append(f"item{k}")
            print("producer notifies one")
            cond.notify()
        await asyncio.sleep(0)
    for t in tasks:
        await t
    print("left:", items)

asyncio.run(main())
