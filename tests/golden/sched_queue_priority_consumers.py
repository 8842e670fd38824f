import asyncio

async def consumer(name, pq):
    while True:
        prio, what = await pq.get()
        print(name, "got", prio, what)
        pq.task_done()
        if what == "stop":
            return
        await asyncio.sleep(0)

async def main():
    pq = asyncio.PriorityQueue(maxsize=3)
    consumers = [asyncio.create_task(consumer(f"c{i}", pq)) for i in range(2)]
    items = [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d"), (2, "x"), (0, "first")]
    for item in items:
        await pq.put(item)
        print("put", item, "qsize", pq.qsize())
    await pq.join()
    print("joined")
    await pq.put((9, "stop"))
    await pq.put((9, "stop"))
    for c in consumers:
        await c

asyncio.run(main())
