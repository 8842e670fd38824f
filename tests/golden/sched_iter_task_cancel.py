import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def victim(name, catch=False):
    try:
        for s in range(10):
            print(name, 'step', s)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, 'sees CancelledError', asyncio.current_task().cancelling())
        if catch:
            print(name, 'uncancel ->', asyncio.current_task().uncancel())
            print(name, 'swallows')
            return 'survived'
        raise

async def main():
    t = asyncio.create_task(ticker(20))
    await asyncio.sleep(0)
    v = asyncio.create_task(victim('a'))
    await asyncio.sleep(0)
    print('cancel: before', v.cancelling())
    print('cancel ->', v.cancel())
    print('cancel again ->', v.cancel('again'))
    print('cancelling', v.cancelling())
    try:
        await v
    except asyncio.CancelledError:
        print('cancel: after', v.cancelled())
    print('cancel done ->', v.cancel())
    v = asyncio.create_task(victim('b', True))
    await asyncio.sleep(0)
    v.cancel()
    print('b result', await v, v.cancelling())
    v = asyncio.create_task(victim('c'))
    print('cancel before start ->', v.cancel())
    try:
        await v
    except asyncio.CancelledError:
        print('c cancelled before it ran')
    await t
    print('end')

asyncio.run(main())
