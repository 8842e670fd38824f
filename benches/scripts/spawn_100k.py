import asyncio

N = 100000


async def work(i):
    await asyncio.sleep(0)
    return i


async def main():
    tasks = []
    for i in range(N):
        tasks.append(asyncio.create_task(work(i)))
    total = 0
    for t in tasks:
        total += await t
    print(N, total)


asyncio.run(main())
