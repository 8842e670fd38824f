import asyncio

# 200,000 hand-offs between two tasks through a pair of asyncio.Events:
# each side waits for its event, clears it and sets the other side's.
HANDOFFS = 200000


async def player(mine, theirs, rounds, trace):
    for _ in range(rounds):
        await mine.wait()
        mine.clear()
        trace[0] = (trace[0] * 31 + rounds) % 1000003
        trace[1] += 1
        theirs.set()


async def main():
    ping, pong = asyncio.Event(), asyncio.Event()
    trace = [7, 0]
    a = asyncio.create_task(player(ping, pong, HANDOFFS // 2, trace))
    b = asyncio.create_task(player(pong, ping, HANDOFFS // 2, trace))
    ping.set()
    await asyncio.gather(a, b)
    print(trace[1], trace[0])


asyncio.run(main())
