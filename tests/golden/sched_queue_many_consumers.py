import asyncio

async def consumer(name, q):
    while True:
        item = await q.get()
        print(name, "got", item)
        if item is None:
            return
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(7):
        q.put_nowait(i)
        if i % 3 == 2:
            await asyncio.sleep(0)
    for _ in consumers:
        await q.put(None)
    for c in consumers:
        await c
    print("qsize", q.qsize())

asyncio.run(main())
