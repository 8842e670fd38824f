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

async def slow():
    try:
        print('slow starts')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise

async def main():
    t = asyncio.create_task(ticker(25))
    await asyncio.sleep(0)
    print('wait_for completes: before')
    r = await asyncio.wait_for(work('a', 2), timeout=5)
    print('wait_for completes: after', r)
    print('wait_for None timeout: before')
    r = await asyncio.wait_for(work('b', 1), None)
    print('wait_for None timeout: after', r)
    print('wait_for on done task: before')
    d = asyncio.create_task(work('c', 0))
    await d
    r = await asyncio.wait_for(d, 1)
    print('wait_for on done task: after', r)
    print('wait_for times out: before')
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError:
        print('wait_for times out: TimeoutError')
    print('wait_for timeout 0: before')
    try:
        await asyncio.wait_for(slow(), 0)
    except asyncio.TimeoutError:
        print('wait_for timeout 0: TimeoutError')
    await t
    print('end')

asyncio.run(main())
