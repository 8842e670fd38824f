import asyncio

async def putter(name, q, item):
    try:
        await q.put(item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "put", item)

async def drain(q, n):
    for _ in range(n):
        print("drain", await q.get())
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(1)
    q.put_nowait("first")
    tasks = [asyncio.create_task(putter(f"p{i}", q, i)) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    tasks[0].cancel()
    print(q.get_nowait())
    tasks[1].cancel()
    d = asyncio.create_task(drain(q, 2))
    for t in tasks:
        try:
            await t
        except asyncio.CancelledError:
            print("cancelled:", t.cancelled())
    await d
    print(str(q))

asyncio.run(main())
