import asyncio

async def body():
    print("never printed: cancelled before its first step")

async def main():
    t = asyncio.create_task(body())
    print(t.cancel())
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())

asyncio.run(main())
