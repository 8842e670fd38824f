import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def user(name, lock, hold):
    print(name, 'acquire: before', lock.locked())
    async with lock:
        print(name, 'acquired')
        for _ in range(hold):
            await asyncio.sleep(0)
        print(name, 'release')
    print(name, 'released')

async def main():
    t = asyncio.create_task(ticker(15))
    await asyncio.sleep(0)
    lock = asyncio.Lock()
    print('uncontended: before')
    await lock.acquire()
    print('uncontended: after')
    lock.release()
    us = [asyncio.create_task(user(n, lock, 2)) for n in 'abc']
    await asyncio.gather(*us)
    await t
    print('end')

asyncio.run(main())
