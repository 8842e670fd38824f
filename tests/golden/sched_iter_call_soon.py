import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

def cb(*args):
    print('callback', *args)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker(12))
    await asyncio.sleep(0)
    print('call_soon: before')
    loop.call_soon(cb, 'soon', 1)
    h = loop.call_soon(cb, 'cancelled soon')
    h.cancel()
    print('handle cancelled?', h.cancelled())
    loop.call_soon(cb, 'soon', 2)
    await asyncio.sleep(0)
    print('call_soon: after one sleep(0)')
    print('call_later: before')
    loop.call_later(0.1, cb, 'later 0.1')
    loop.call_later(0.05, cb, 'later 0.05')
    h2 = loop.call_later(0.07, cb, 'cancelled later')
    h2.cancel()
    loop.call_at(loop.time() + 0.15, cb, 'at +0.15')
    loop.call_later(0, cb, 'later 0')
    await asyncio.sleep(0)
    print('call_later: after sleep(0)')
    await t
    await asyncio.sleep(0.2)
    print('end')

asyncio.run(main())
