import asyncio

async def noop():
    pass

async def main(label):
    t = asyncio.create_task(noop())
    u = asyncio.create_task(noop())
    print(label, t.get_name(), u.get_name())
    await t
    await u

asyncio.run(main("first"))
asyncio.run(main("second"))
