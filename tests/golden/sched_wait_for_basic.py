import asyncio

async def job(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")
    return name + "!"

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.wait_for(job("quick", 0), timeout=0.5))
    print(await asyncio.wait_for(job("short", 0.02), 0.5))
    task = asyncio.create_task(job("task", 0))
    print(await asyncio.wait_for(task, 1), task.done())
    await t

asyncio.run(main())
