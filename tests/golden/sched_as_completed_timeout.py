import asyncio

cancelled = []

async def job(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("fast", 0.02), ("slow", 0.4), ("slower", 0.5)]]
    results = []
    for aw in asyncio.as_completed(tasks, timeout=0.1):
        try:
            results.append(await aw)
        except asyncio.TimeoutError:
            results.append("timeout")
    print(results)
    print("slow done?", tasks[1].done())

asyncio.run(main())
print("cancelled at shutdown:", sorted(cancelled))
