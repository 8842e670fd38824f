import asyncio

async def leaf(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    print("leaf", name)
    return name

async def main():
    inner1 = asyncio.gather(leaf("a", 2), leaf("b", 0))
    inner2 = asyncio.gather(leaf("c", 1), leaf("d", 3))
    outer = await asyncio.gather(inner1, inner2, leaf("e", 1))
    print(outer)
    async def branch(n):
        return await asyncio.gather(*[leaf(f"{n}-{i}", i) for i in range(3)])
    print(await asyncio.gather(branch("x"), branch("y")))

asyncio.run(main())
