import asyncio
t = None
async def a():
    global t
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
async def b():
    print(t.cancelled(), t.done())
    await t
asyncio.run(a())
asyncio.run(b())
