import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def work(name, steps, fail=False):
    try:
        for s in range(steps):
            print(name, 'step', s)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        print(name, 'raises')
        raise ValueError(name)
    print(name, 'returns')
    return name

async def main():
    t = asyncio.create_task(ticker(30))
    await asyncio.sleep(0)
    print('TaskGroup success: before')
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work('a', 2))
        b = tg.create_task(work('b', 0))
        print('TaskGroup success: body ends')
    print('TaskGroup success: after', a.result(), b.result())
    print('TaskGroup failure: before')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('c', 1, True))
            tg.create_task(work('d', 5))
            print('TaskGroup failure: body sleeps')
            await asyncio.sleep(0)
            print('TaskGroup failure: body ends')
    except* ValueError as eg:
        print('TaskGroup failure: caught', [str(e) for e in eg.exceptions])
    print('TaskGroup body raises: before')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('e', 3))
            await asyncio.sleep(0)
            raise KeyError('body')
    except* KeyError as eg:
        print('TaskGroup body raises: caught', len(eg.exceptions))
    await t
    print('end')

asyncio.run(main())
