import asyncio

async def compute():
    print("computing once")
    await asyncio.sleep(0.01)
    return 42

async def main():
    t = asyncio.create_task(compute())
    a = await t
    b = await t
    print(a, b, a == b)
    print(t.result())

asyncio.run(main())
