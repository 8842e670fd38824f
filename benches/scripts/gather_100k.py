import asyncio

N = 100000


async def work(i):
    await asyncio.sleep(0)
    return i % 11


async def main():
    results = await asyncio.gather(*[work(i) for i in range(N)])
    print(len(results), sum(results))


asyncio.run(main())
