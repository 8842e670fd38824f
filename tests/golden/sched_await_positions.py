import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    t = asyncio.create_task(val(5))
    value = await t
    print(value)
    print(await val("printed directly"))
    x = 1 + await val(2)
    print(x)
    y = await val(3) * await val(4)
    print(y)
    xs = [await val("a"), await val("b")]
    print(xs)
    d = {"k": await val("v"), await val("k2"): 2}
    print(d)
    print(len(await val([1, 2, 3])))
    if await val(True):
        print("await in if")
    n = 0
    while await val(n < 2):
        n += 1
    print("while with await ran", n, "times")
    z = await val("yes") if await val(0) else await val("no")
    print(z)
    s = f"{await val(9)}"
    print(s)
    print(-await val(6), not await val(False))
    w = (await val([10, 20]))[1]
    print(w)
    r = await val(2) ** 3
    print(r)
    return await val("returned")

print(asyncio.run(main()))
