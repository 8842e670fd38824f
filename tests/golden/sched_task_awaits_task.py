import asyncio

async def inner():
    print("inner start")
    await asyncio.sleep(0.01)
    print("inner end")
    return "inner value"

async def outer(t):
    print("outer start")
    v = await t
    print("outer got", v)
    return "outer(" + v + ")"

async def main():
    ti = asyncio.create_task(inner())
    to = asyncio.create_task(outer(ti))
    print("main waits")
    print(await to)
    print(ti.done(), to.done())

asyncio.run(main())
