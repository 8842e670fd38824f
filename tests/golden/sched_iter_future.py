import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def waiter(name, fut):
    print(name, 'waits')
    try:
        r = await fut
        print(name, 'got', r)
    except asyncio.CancelledError:
        print(name, 'cancelled')
    except Exception as e:
        print(name, 'raised', repr(e))

def cb(tag):
    def f(fut):
        print('callback', tag, fut.done())
    return f

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker(20))
    await asyncio.sleep(0)
    f = loop.create_future()
    w = asyncio.create_task(waiter('w1', f))
    f.add_done_callback(cb('one'))
    c2 = cb('two')
    f.add_done_callback(c2)
    f.add_done_callback(cb('three'))
    print('removed', f.remove_done_callback(c2))
    await asyncio.sleep(0)
    print('set_result: before')
    f.set_result(42)
    print('set_result: after')
    await w
    print('w1 done')
    f = asyncio.Future()
    f.add_done_callback(cb('exc'))
    w = asyncio.create_task(waiter('w2', f))
    await asyncio.sleep(0)
    print('set_exception: before')
    f.set_exception(KeyError('k'))
    print('set_exception: after')
    await w
    f = asyncio.Future()
    f.add_done_callback(cb('cancel'))
    w = asyncio.create_task(waiter('w3', f))
    await asyncio.sleep(0)
    print('cancel: before')
    print('cancel ->', f.cancel())
    print('cancel: after')
    await w
    print('callback on done future: before')
    f.add_done_callback(cb('late'))
    print('callback on done future: after')
    await t
    print('end')

asyncio.run(main())
