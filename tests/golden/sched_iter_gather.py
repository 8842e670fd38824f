import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def work(name, steps, fail=False):
    for s in range(steps):
        print(name, 'step', s)
        await asyncio.sleep(0)
    if fail:
        print(name, 'raises')
        raise ValueError(name)
    print(name, 'returns')
    return name

async def main():
    t = asyncio.create_task(ticker(30))
    await asyncio.sleep(0)
    print('gather plain: before')
    r = await asyncio.gather(work('a', 2), work('b', 0), work('c', 1))
    print('gather plain: after', r)
    print('gather return_exceptions: before')
    r = await asyncio.gather(work('d', 1, True), work('e', 2), return_exceptions=True)
    print('gather return_exceptions: after', [type(x).__name__ for x in r])
    print('gather raising: before')
    try:
        await asyncio.gather(work('f', 0, True), work('g', 3))
    except ValueError as e:
        print('gather raising: caught', e)
    print('gather cancelled: before')
    g = asyncio.gather(work('h', 5), work('i', 5))
    await asyncio.sleep(0)
    print('gather cancelled: cancel ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled: caught')
    print('gather of no awaitables: before')
    r = await asyncio.gather()
    print('gather of no awaitables: after', r)
    print('gather child cancelled: before')
    c = asyncio.create_task(work('j', 5))
    g = asyncio.gather(c, work('k', 1), return_exceptions=True)
    await asyncio.sleep(0)
    c.cancel()
    r = await g
    print('gather child cancelled: after', [type(x).__name__ for x in r])
    await t
    print('end')

asyncio.run(main())
