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

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    t = asyncio.create_task(ticker(40))
    await asyncio.sleep(0)
    print('FIRST_COMPLETED: before')
    ts = [asyncio.create_task(work('a', 1), name='a'), asyncio.create_task(work('b', 3), name='b')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED: after', names(done), names(pending))
    await asyncio.wait(pending)
    print('FIRST_EXCEPTION: before')
    ts = [asyncio.create_task(work('c', 1, True), name='c'), asyncio.create_task(work('d', 4), name='d')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION: after', names(done), names(pending))
    for x in done:
        x.exception()
    await asyncio.wait(pending)
    print('FIRST_EXCEPTION no error: before')
    ts = [asyncio.create_task(work('e', 1), name='e'), asyncio.create_task(work('f', 2), name='f')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION no error: after', names(done), names(pending))
    print('ALL_COMPLETED: before')
    ts = [asyncio.create_task(work('g', 2), name='g'), asyncio.create_task(work('h', 0), name='h')]
    done, pending = await asyncio.wait(ts)
    print('ALL_COMPLETED: after', names(done), names(pending))
    print('timeout: before')
    s = asyncio.create_task(asyncio.sleep(0.3), name='s')
    q = asyncio.create_task(work('q', 1), name='q')
    done, pending = await asyncio.wait([s, q], timeout=0.05)
    print('timeout: after', names(done), names(pending))
    s.cancel()
    print('already done: before')
    done, pending = await asyncio.wait([q])
    print('already done: after', names(done), names(pending))
    await t
    print('end')

asyncio.run(main())
