import asyncio

async def ticker(n):
    for i in range(n):
        print("  tick", i)
        await asyncio.sleep(0)

async def side(name, inbox, outbox, rounds):
    for i in range(rounds):
        ball = await inbox.get()
        print(name, "hits", ball)
        await outbox.put(ball + 1)

async def main():
    a, b = asyncio.Queue(1), asyncio.Queue(1)
    t = asyncio.create_task(ticker(10))
    x = asyncio.create_task(side("x", a, b, 3))
    y = asyncio.create_task(side("y", b, a, 3))
    a.put_nowait(0)
    await x
    await y
    await t
    print("ball:", a.get_nowait())

asyncio.run(main())
