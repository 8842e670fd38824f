import asyncio

async def double(x):
    return x * 2

async def add(a, b=10):
    return a + b

async def main():
    print(await double(21))
    print(await add(1))
    print(await add(1, 2))
    print(await add(b=5, a=6))
    v = await double("ab")
    print(v)
    return "main done"

print(asyncio.run(main()))
