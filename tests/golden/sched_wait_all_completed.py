import asyncio

async def job(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(name, "tick", i)
    print(name, "done")
    return name

async def main():
    tasks = [asyncio.create_task(job(n, k)) for n, k in [("a", 2), ("b", 0), ("c", 3)]]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, type(pending).__name__)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print("again", len(done), len(pending))
    t = asyncio.create_task(job("solo", 1))
    done, pending = await asyncio.wait([t])
    print("solo in done:", t in done)

asyncio.run(main())
