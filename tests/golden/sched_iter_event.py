import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def waiter(name, ev):
    print(name, 'wait: before')
    r = await ev.wait()
    print(name, 'wait: after', r)

async def main():
    t = asyncio.create_task(ticker(12))
    await asyncio.sleep(0)
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(n, ev)) for n in 'ab']
    await asyncio.sleep(0)
    print('set: before')
    ev.set()
    print('set: after', ev.is_set())
    await asyncio.gather(*ws)
    print('wait on set event: before')
    await waiter('c', ev)
    ev.clear()
    w = asyncio.create_task(waiter('d', ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print('set then clear: waiter still wakes')
    await w
    await t
    print('end')

asyncio.run(main())
