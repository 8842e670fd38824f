import asyncio

async def job(name, sem, steps):
    print(name, "waiting, locked =", sem.locked())
    async with sem:
        print(name, "running")
        for _ in range(steps):
            await asyncio.sleep(0)
        print(name, "finished")

async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(job(f"j{i}", sem, (i * 2) % 3 + 1)) for i in range(6)]
    for t in tasks:
        await t
    print("value back to", sem._value, sem.locked())

asyncio.run(main())
