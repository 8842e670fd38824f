import asyncio

async def slow(name):
    print(name, "start")
    try:
        await asyncio.sleep(0.5)
        print(name, "never")
    except asyncio.CancelledError:
        print(name, "cancelled by wait_for")
        raise
    finally:
        print(name, "cleanup")

async def main():
    try:
        await asyncio.wait_for(slow("one"), timeout=0.03)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, type(e.__cause__).__name__, e.__suppress_context__)
    print("TimeoutError is asyncio.TimeoutError:", asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow("two"))
    try:
        await asyncio.wait_for(t, 0.02)
    except TimeoutError:
        print("timed out; task cancelled?", t.cancelled(), t.done())

asyncio.run(main())
