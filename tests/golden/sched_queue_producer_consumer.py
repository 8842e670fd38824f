import asyncio

async def producer(q, n):
    for i in range(n):
        print("put", i, "full before:", q.full())
        await q.put(i)
    await q.put(None)
    print("producer done")

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print("  got", item, "qsize", q.qsize())
        total += item
    print("consumer total", total)

async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q, 6))
    c = asyncio.create_task(consumer(q))
    await p
    await c
    print("empty:", q.empty())

asyncio.run(main())
