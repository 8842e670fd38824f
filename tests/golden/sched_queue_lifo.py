import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)
        q.task_done()
        if item == "last":
            return

async def main():
    q = asyncio.LifoQueue()
    print(isinstance(q, asyncio.LifoQueue), isinstance(q, asyncio.Queue), type(q).__name__)
    for i in range(4):
        q.put_nowait(i)
    print(str(q))
    print([q.get_nowait() for _ in range(2)])
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.sleep(0)
    q.put_nowait("last")
    await c
    print("left:", str(q))
    bounded = asyncio.LifoQueue(2)
    await bounded.put("a")
    await bounded.put("b")
    putter = asyncio.create_task(bounded.put("c"))
    await asyncio.sleep(0)
    print("putter waiting:", not putter.done(), bounded.full())
    print(await bounded.get())
    await putter
    print([bounded.get_nowait() for _ in range(bounded.qsize())])

asyncio.run(main())
