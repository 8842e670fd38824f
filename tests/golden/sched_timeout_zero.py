import asyncio

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0):
            print("entered zero timeout")
            await asyncio.sleep(0)
            print("after first sleep(0)")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("zero timeout fired")
    try:
        async with asyncio.timeout(-1):
            print("no await inside")
    except TimeoutError:
        print("unexpected TimeoutError")
    print("after negative")
    await asyncio.sleep(0)
    await t

asyncio.run(main())
