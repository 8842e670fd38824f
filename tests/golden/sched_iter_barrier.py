import asyncio


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)


def show(b):
    r = repr(b)
    print(r[:r.index(' object at ')], r[r.index('['):])


async def party(name, barrier, delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    print(name, 'wait: before', barrier.n_waiting)
    i = await barrier.wait()
    print(name, 'wait: after, index', i)
    return i


async def main():
    t = asyncio.create_task(ticker(40))
    await asyncio.sleep(0)
    b = asyncio.Barrier(3)
    show(b)
    print('parties', b.parties, 'n_waiting', b.n_waiting, 'broken', b.broken)
    ps = [asyncio.create_task(party(n, b, d)) for n, d in (('a', 0), ('b', 2), ('c', 1))]
    await asyncio.sleep(0)
    show(b)
    print('gathered', await asyncio.gather(*ps))
    show(b)
    print('second round')
    ps = [asyncio.create_task(party(n, b, 0)) for n in 'def']
    print('gathered', await asyncio.gather(*ps))
    print('async with')

    async def user(name):
        async with b as pos:
            print(name, 'inside at', pos)

    await asyncio.gather(user('x'), user('y'), user('z'))
    print('reset while filling')
    ps = [asyncio.create_task(party(n, b, 0)) for n in 'gh']
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show(b)
    await b.reset()
    show(b)
    for p in ps:
        try:
            await p
        except asyncio.BrokenBarrierError as e:
            print('BrokenBarrierError', e)
    show(b)
    print('abort')
    ps = [asyncio.create_task(party(n, b, 0)) for n in 'ij']
    await asyncio.sleep(0)
    await b.abort()
    show(b)
    for p in ps:
        try:
            await p
        except asyncio.BrokenBarrierError as e:
            print('BrokenBarrierError', e, isinstance(e, RuntimeError))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('wait on broken:', e)
    print('broken', b.broken)
    await b.reset()
    print('after reset broken', b.broken)
    show(b)
    print('cancel a waiter')
    p = asyncio.create_task(party('k', b, 0))
    await asyncio.sleep(0)
    show(b)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('k cancelled')
    show(b)
    print('single party', await asyncio.Barrier(1).wait())
    await t


asyncio.run(main())
