import asyncio

async def main():
    q = asyncio.Queue(1)
    await q.put("a")
    print("full:", q.full())
    q.put_nowait("b")

asyncio.run(main())
