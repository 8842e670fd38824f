import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def work(name, steps):
    me = asyncio.current_task()
    print(name, 'is', me.get_name())
    for s in range(steps):
        print(name, 'step', s, len(asyncio.all_tasks()))
        await asyncio.sleep(0)
    return name

async def main():
    t = asyncio.create_task(ticker(10), name='ticker')
    await asyncio.sleep(0)
    print('main is', asyncio.current_task().get_name())
    print('all_tasks', sorted(x.get_name() for x in asyncio.all_tasks()))
    a = asyncio.create_task(work('a', 2), name='A')
    print('all_tasks after create', sorted(x.get_name() for x in asyncio.all_tasks()))
    await a
    print('all_tasks after a', sorted(x.get_name() for x in asyncio.all_tasks()))
    await t
    print('all_tasks at end', sorted(x.get_name() for x in asyncio.all_tasks()))

asyncio.run(main())
