import asyncio
async def f():
    return 1
async def main():
    c = f()
    t = asyncio.create_task(c)
    await t
    await c
asyncio.run(main())
