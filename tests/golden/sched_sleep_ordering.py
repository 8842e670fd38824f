import asyncio

async def sleeper(name, delay):
    print(name, "sleeps", delay)
    await asyncio.sleep(delay)
    print(name, "woke")
    return name

async def main():
    t1 = asyncio.create_task(sleeper("slow", 0.15))
    t2 = asyncio.create_task(sleeper("fast", 0.03))
    t3 = asyncio.create_task(sleeper("mid", 0.09))
    print(await t1, await t2, await t3)

asyncio.run(main())
