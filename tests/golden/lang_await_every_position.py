import asyncio
async def g(x):
    return x * 2
async def main():
    print(await g(1))
    x = 1 + await g(2)
    print(x)
    print(f"v={await g(3)}")
    print([await g(4), await g(5)])
    print({await g(6): await g(7)})
    if await g(0) == 0:
        print("zero")
    while await g(0):
        pass
    for i in [await g(1)]:
        print(i)
    y = await g(1) if await g(0) else await g(2)
    print(y, -await g(3), await g(1) < await g(2) < await g(3))
    print(await g(1) and await g(0), await g(0) or await g(9))
    d = {'a': 1}
    d['a'] += await g(5)
    print(d)
    lst = [0, 0]
    lst[await g(0)] = await g(8)
    print(lst, lst[await g(0)])
    a, b = await g(1), await g(2)
    print(a, b)
    return await g(10)
print(asyncio.run(main()))
