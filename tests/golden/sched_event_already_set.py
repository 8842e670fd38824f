import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def quick(event):
    for i in range(3):
        await event.wait()
        print("quick passed", i)
    await asyncio.sleep(0)
    print("quick slept")

async def main():
    event = asyncio.Event()
    event.set()
    t = asyncio.create_task(ticker(4))
    q = asyncio.create_task(quick(event))
    await q
    await t

asyncio.run(main())
