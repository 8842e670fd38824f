import asyncio

async def short():
    await asyncio.sleep(0)
    print("short finishes")
    return "short"

async def spinner(name):
    for i in range(4):
        print(name, i)
        await asyncio.sleep(0)

async def waiter(t):
    print("waiter waits")
    v = await t
    print("waiter resumed with", v)

async def main():
    t = asyncio.create_task(short())
    w = asyncio.create_task(waiter(t))
    s = asyncio.create_task(spinner("spin"))
    await w
    print("main resumed after waiter")
    await s
    print("main done")

asyncio.run(main())
