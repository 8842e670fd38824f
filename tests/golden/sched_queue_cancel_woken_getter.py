import asyncio

# put_nowait() wakes the first getter; cancelling it before it runs must
# hand the item to the next getter (the except branch's _wakeup_next).

async def getter(name, q):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        print(name, "cancelled; queue has", q.qsize())
        raise
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    c = asyncio.create_task(getter("c", q))
    await asyncio.sleep(0)
    q.put_nowait("item")
    a.cancel()
    print("put and cancelled")
    for t in (a, b):
        try:
            await t
        except asyncio.CancelledError:
            print("a cancelled:", t.cancelled())
    q.put_nowait("another")
    await c

asyncio.run(main())
