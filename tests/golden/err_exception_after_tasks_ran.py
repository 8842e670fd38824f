import asyncio

async def worker(n):
    print("worker", n)
    await asyncio.sleep(0.04 * n)
    print("worker", n, "done")

async def main():
    for n in range(1, 4):
        asyncio.create_task(worker(n))
    await asyncio.sleep(0.06)
    print("main fails now")
    return [][0]

asyncio.run(main())
