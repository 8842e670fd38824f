import asyncio

async def player(name, mine, other, rounds):
    for i in range(rounds):
        await mine.wait()
        mine.clear()
        print(name, i)
        other.set()

async def main():
    ping = asyncio.Event()
    pong = asyncio.Event()
    a = asyncio.create_task(player("ping", ping, pong, 4))
    b = asyncio.create_task(player("pong", pong, ping, 4))
    ping.set()
    await a
    await b
    print("ping set:", ping.is_set(), "pong set:", pong.is_set())

asyncio.run(main())
