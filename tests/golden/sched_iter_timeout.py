import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker(20))
    await asyncio.sleep(0)
    print('timeout no expiry: before')
    async with asyncio.timeout(5) as cm:
        print('timeout no expiry: inside')
        await asyncio.sleep(0)
        print('timeout no expiry: inside after sleep')
    print('timeout no expiry: after', cm.expired())
    print('timeout None: before')
    async with asyncio.timeout(None) as cm:
        print('timeout None: inside', cm.when())
        await asyncio.sleep(0)
    print('timeout None: after')
    print('timeout expires: before')
    try:
        async with asyncio.timeout(0.05) as cm:
            print('timeout expires: inside')
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout expires: TimeoutError', cm.expired())
    print('timeout_at: before')
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.05) as cm:
            print('timeout_at: inside')
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at: TimeoutError', cm.expired())
    print('timeout in the past: before')
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('timeout in the past: inside')
            await asyncio.sleep(0)
            print('timeout in the past: not reached')
    except TimeoutError:
        print('timeout in the past: TimeoutError')
    t2 = asyncio.create_task(ticker(4))
    print('timeout rescheduled: before')
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout rescheduled: TimeoutError')
    await t
    print('end')

asyncio.run(main())
