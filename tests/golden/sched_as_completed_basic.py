import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print(name, "finished")
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("c", 0.09), ("a", 0.03), ("b", 0.06)]]
    it = asyncio.as_completed(tasks)
    print(type(it).__name__)
    for i, aw in enumerate(it):
        r = await aw
        print(i, "got", r)
    fs = [asyncio.create_task(job("p", 0)), asyncio.create_task(job("q", 0.02))]
    print([await f for f in asyncio.as_completed(fs)])

asyncio.run(main())
