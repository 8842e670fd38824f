import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def producer(q, items):
    for it in items:
        print('put: before', it)
        await q.put(it)
        print('put: after', it, q.qsize())
    print('producer done')

async def consumer(name, q, n):
    for _ in range(n):
        print(name, 'get: before')
        it = await q.get()
        print(name, 'get: after', it)
        q.task_done()
        print(name, 'task_done', it)

async def run(kind, items):
    print('===', kind.__name__)
    q = kind(maxsize=2)
    t = asyncio.create_task(ticker(12))
    await asyncio.sleep(0)
    p = asyncio.create_task(producer(q, items))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    c = asyncio.create_task(consumer('c', q, len(items)))
    print('join: before')
    await q.join()
    print('join: after')
    await p
    await c
    await t

async def main():
    await run(asyncio.Queue, [1, 2, 3, 4])
    await run(asyncio.LifoQueue, [1, 2, 3, 4])
    await run(asyncio.PriorityQueue, [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')])

asyncio.run(main())
