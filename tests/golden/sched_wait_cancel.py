import asyncio

async def job(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(name, "tick", i)
    return name

async def waiter(tasks):
    try:
        await asyncio.wait(tasks)
    except asyncio.CancelledError:
        print("waiter cancelled; children done?", [t.done() for t in tasks])
        raise

async def main():
    tasks = [asyncio.create_task(job("a", 3)), asyncio.create_task(job("b", 4))]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled", w.cancelled())
    done, pending = await asyncio.wait(tasks)
    print("children still completed:", sorted(t.result() for t in done))

asyncio.run(main())
