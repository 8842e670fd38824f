import asyncio

async def sleeper(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(name, "tick", i)
    return name

async def main():
    a = asyncio.create_task(sleeper("a", 5))
    b = asyncio.create_task(sleeper("b", 3))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel("child msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", repr(e))
    print("b done?", b.done(), "g cancelled?", g.cancelled())
    await b

    c = asyncio.create_task(sleeper("c", 5))
    d = asyncio.create_task(sleeper("d", 2))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    c.cancel("ignored message")
    res = await g2
    print("results", res, [type(r).__name__ for r in res])

asyncio.run(main())
