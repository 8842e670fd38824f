import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print(name, "finished")
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("slow", 0.08), ("fast", 0.02), ("mid", 0.05)]]
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print("done:", sorted(t.get_name() and t.result() for t in done), "pending:", len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
