import asyncio

# 200,000 hand-offs through two bounded queues: the server answers every
# number the client puts with that number plus one.
HANDOFFS = 200000


async def server(requests, replies):
    while True:
        n = await requests.get()
        if n is None:
            break
        await replies.put(n + 1)


async def client(requests, replies):
    total = 0
    for i in range(HANDOFFS // 2):
        await requests.put(i)
        total += await replies.get()
    await requests.put(None)
    return total


async def main():
    requests, replies = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    s = asyncio.create_task(server(requests, replies))
    total = await client(requests, replies)
    await s
    print(HANDOFFS, total)


asyncio.run(main())
