import asyncio

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    async with asyncio.timeout(0.5) as cm:
        print("inside, expired:", cm.expired(), type(cm).__name__)
        await asyncio.sleep(0)
        print("still inside")
    print("after, expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm2:
        print("no deadline:", cm2.when(), repr(cm2))
        await asyncio.sleep(0.01)
    print(repr(cm2))
    await t

asyncio.run(main())
