import asyncio

async def guarded():
    try:
        async with asyncio.timeout(0.3):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("wrongly converted")
    except asyncio.CancelledError:
        print("external cancel stays CancelledError")
        raise

async def both():
    async with asyncio.timeout(0.02):
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print("timeout cancel arrives")
            asyncio.current_task().cancel()
            await asyncio.sleep(0)
            print("not reached")

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    t2 = asyncio.create_task(both())
    try:
        await t2
    except asyncio.CancelledError:
        print("extra cancel wins: CancelledError")
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
