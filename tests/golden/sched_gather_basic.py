import asyncio

async def worker(name, delay, ticks):
    print("start", name)
    for i in range(ticks):
        await asyncio.sleep(0)
        print(name, "tick", i)
    if delay:
        await asyncio.sleep(delay)
    print("end", name)
    return name.upper()

async def main():
    results = await asyncio.gather(
        worker("a", 0.04, 1),
        worker("b", 0, 3),
        worker("c", 0.02, 0),
        worker("d", 0, 0),
    )
    print("results", results)
    t = asyncio.create_task(worker("e", 0, 2))
    r = await asyncio.gather(t, worker("f", 0, 1))
    print("results", r, t.done())

asyncio.run(main())
