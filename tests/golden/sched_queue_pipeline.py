import asyncio

async def stage(name, inq, outq, fn):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            inq.task_done()
            print(name, "stops")
            return
        result = fn(item)
        print(name, item, "->", result)
        await outq.put(result)
        inq.task_done()

async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(1), asyncio.Queue()
    s1 = asyncio.create_task(stage("double", q1, q2, lambda x: x * 2))
    s2 = asyncio.create_task(stage("inc", q2, q3, lambda x: x + 1))
    for i in range(5):
        await q1.put(i)
        print("fed", i)
    await q1.put(None)
    await q1.join()
    print("stage 1 drained")
    await s1
    await s2
    results = []
    while True:
        r = q3.get_nowait()
        if r is None:
            break
        results.append(r)
    print(results)

asyncio.run(main())
