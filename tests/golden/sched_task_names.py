import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="custom")
    t3 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    await t1
    await t2
    await t3

asyncio.run(main())
