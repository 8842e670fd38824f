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

async def outer(aw):
    print('outer awaits shield')
    r = await asyncio.shield(aw)
    print('outer got', r)
    return r

async def main():
    t = asyncio.create_task(ticker(25))
    await asyncio.sleep(0)
    print('shield: before')
    r = await asyncio.shield(work('a', 2))
    print('shield: after', r)
    print('shield cancelled outer: before')
    inner = asyncio.create_task(work('b', 4))
    o = asyncio.create_task(outer(inner))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancel outer ->', o.cancel())
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print('inner result', await inner)
    print('shield done future: before')
    r = await asyncio.shield(inner)
    print('shield done future: after', r)
    await t
    print('end')

asyncio.run(main())
