import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    print(t.cancelled(), t.done())
    await asyncio.sleep(0)
    print(t.cancelled(), t.done())
    await t
asyncio.run(main())
