import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    t = asyncio.create_task(job())
    print("right after create:", t.done())
    await asyncio.sleep(0)
    print("after one step:", t.done())
    r = await t
    print("after await:", t.done(), r, t.result(), t.cancelled())

asyncio.run(main())
