import asyncio

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    g = asyncio.gather()
    print("empty gather done:", g.done(), g.result())
    print("awaited:", await g)
    print("after await")
    r = await asyncio.gather(return_exceptions=True)
    print("again", r)
    await t

asyncio.run(main())
