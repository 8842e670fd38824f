import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def user(name, sem, hold):
    print(name, 'acquire: before', sem.locked())
    async with sem:
        print(name, 'acquired')
        for _ in range(hold):
            await asyncio.sleep(0)
        print(name, 'release')
    print(name, 'released')

async def main():
    for kind in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        print('===', kind.__name__)
        t = asyncio.create_task(ticker(12))
        await asyncio.sleep(0)
        sem = kind(2)
        us = [asyncio.create_task(user(n, sem, 2)) for n in 'abcd']
        await asyncio.gather(*us)
        if kind is asyncio.BoundedSemaphore:
            try:
                sem.release()
            except ValueError as e:
                print('ValueError', e)
        else:
            sem.release()
            print('released beyond', sem.locked())
        await t
    print('end')

asyncio.run(main())
