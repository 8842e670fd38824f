import asyncio

async def player(name, rounds):
    for i in range(rounds):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    a = asyncio.create_task(player("ping", 3))
    b = asyncio.create_task(player("pong", 3))
    c = asyncio.create_task(player("pang", 2))
    await a
    print("a awaited")
    await b
    await c
    print("all done")

asyncio.run(main())
