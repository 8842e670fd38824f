import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def work(name, steps):
    for s in range(steps):
        print(name, 'step', s)
        await asyncio.sleep(0)
    print(name, 'returns')
    return name

async def main():
    t = asyncio.create_task(ticker(15))
    await asyncio.sleep(0)
    print('create_task: before')
    a = asyncio.create_task(work('a', 1))
    print('create_task: created', a.done())
    r = await a
    print('create_task: after', r)
    print('ensure_future coroutine: before')
    b = asyncio.ensure_future(work('b', 1))
    print('ensure_future coroutine: created', type(b).__name__)
    r = await b
    print('ensure_future coroutine: after', r)
    print('ensure_future task: same?', asyncio.ensure_future(b) is b)
    f = asyncio.get_running_loop().create_future()
    print('ensure_future future: same?', asyncio.ensure_future(f) is f)
    f.set_result(1)
    print('await done future: before')
    r = await f
    print('await done future: after', r)
    print('create_task not awaited: before')
    c = asyncio.create_task(work('c', 2))
    await asyncio.sleep(0)
    print('create_task not awaited: one sleep later', c.done())
    await t
    print('end', c.done())

asyncio.run(main())
