import asyncio

async def getter(name, q):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    tasks = {n: asyncio.create_task(getter(n, q)) for n in "abcd"}
    await asyncio.sleep(0)
    print(str(q))
    tasks["a"].cancel()
    tasks["c"].cancel()
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait(2)
    for name, t in tasks.items():
        try:
            await t
        except asyncio.CancelledError:
            print(name, "is cancelled")
    print(str(q))

asyncio.run(main())
