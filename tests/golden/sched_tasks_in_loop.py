import asyncio

async def worker(n):
    print("start", n)
    await asyncio.sleep(0)
    print("middle", n)
    await asyncio.sleep(0)
    print("end", n)
    return n * n

async def main():
    tasks = []
    for i in range(4):
        tasks.append(asyncio.create_task(worker(i)))
    print("created all")
    results = []
    for t in tasks:
        results.append(await t)
    print(results)

asyncio.run(main())
