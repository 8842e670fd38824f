import asyncio

async def inner():
    try:
        print("inner start")
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("inner cancelled")
        await asyncio.sleep(0)
        print("inner cleanup done")
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), 0.4)
    except asyncio.CancelledError:
        print("outer sees CancelledError")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.02)
    print("cancelling outer")
    t.cancel()
    await asyncio.sleep(0)
    print("after one iteration")
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled:", t.cancelled())

asyncio.run(main())
