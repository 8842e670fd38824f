import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i
    print("ticker done")

async def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return

async def main():
    async for t in ticker(3):
        print("tick", t)
    print([x async for x in ticker(2)])
    e = echo()
    print(await e.__anext__())
    print(await e.asend("a"))
    print(await e.asend("b"))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("echo finished")
    g = ticker(5)
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    print(type(g).__name__)

asyncio.run(main())
