import asyncio

N = 100000


async def sleeper(i):
    await asyncio.sleep(0.5)
    return i % 7


async def main():
    tasks = []
    for i in range(N):
        tasks.append(asyncio.create_task(sleeper(i)))
    total = 0
    for t in tasks:
        total += await t
    print(N, total)


asyncio.run(main())
