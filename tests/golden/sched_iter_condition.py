import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def waiter(name, cond):
    async with cond:
        print(name, 'wait: before')
        await cond.wait()
        print(name, 'wait: after')

state = {'n': 0}

async def pred_waiter(name, cond):
    async with cond:
        print(name, 'wait_for: before')
        r = await cond.wait_for(lambda: state['n'] >= 2)
        print(name, 'wait_for: after', r)

async def main():
    t = asyncio.create_task(ticker(25))
    await asyncio.sleep(0)
    cond = asyncio.Condition()
    ws = [asyncio.create_task(waiter(n, cond)) for n in 'abc']
    await asyncio.sleep(0)
    print('notify: before')
    async with cond:
        cond.notify()
    print('notify: after')
    await asyncio.sleep(0)
    print('notify_all: before')
    async with cond:
        cond.notify_all()
    print('notify_all: after')
    await asyncio.gather(*ws)
    p = asyncio.create_task(pred_waiter('p', cond))
    await asyncio.sleep(0)
    for i in range(2):
        async with cond:
            state['n'] += 1
            print('notify_all with n =', state['n'])
            cond.notify_all()
        await asyncio.sleep(0)
    await p
    await t
    print('end')

asyncio.run(main())
