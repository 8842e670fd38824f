import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker(12))
    await asyncio.sleep(0)
    print('sleep(0): before')
    r = await asyncio.sleep(0)
    print('sleep(0): after', r)
    print('sleep(0, result): before')
    r = await asyncio.sleep(0, 'zero')
    print('sleep(0, result): after', r)
    print('sleep(-1): before')
    r = await asyncio.sleep(-1, result='neg')
    print('sleep(-1): after', r)
    await t
    t = asyncio.create_task(ticker(3))
    print('sleep(0.05, result): before')
    r = await asyncio.sleep(0.05, result='later')
    print('sleep(0.05, result): after', r)
    print('end')

asyncio.run(main())
