import asyncio

async def sleeper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("sleeper: cancelled, cleaning up")
        raise
    finally:
        print("sleeper: finally")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: caught CancelledError")
    print(t.cancelled(), t.done())

asyncio.run(main())
