import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("swallowing cancel")
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print(t.cancelled())

asyncio.run(main())
