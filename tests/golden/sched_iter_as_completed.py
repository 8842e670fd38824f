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

async def main():
    t = asyncio.create_task(ticker(25))
    await asyncio.sleep(0)
    print('as_completed: before')
    for i, aw in enumerate(asyncio.as_completed([asyncio.create_task(work('a', 3)), asyncio.create_task(work('b', 0)), asyncio.create_task(work('c', 1))])):
        print('as_completed: awaiting', i)
        r = await aw
        print('as_completed: got', r)
    print('as_completed with timeout: before')
    try:
        for aw in asyncio.as_completed([asyncio.create_task(work('d', 0)), asyncio.create_task(asyncio.sleep(5))], timeout=0.05):
            print('as_completed with timeout: got', await aw)
    except asyncio.TimeoutError:
        print('as_completed with timeout: TimeoutError')
    await t
    print('end')

asyncio.run(main())
