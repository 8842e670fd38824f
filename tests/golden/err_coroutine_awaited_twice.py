import asyncio
async def f():
    return 1
async def main():
    c = f()
    print(await c)
    try_twice = c
    print(await try_twice)
asyncio.run(main())
