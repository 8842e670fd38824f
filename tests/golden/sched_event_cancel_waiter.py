import asyncio

async def waiter(name, event):
    try:
        await event.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

def state(obj):
    r = repr(obj)
    return r[r.index("["):]

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(event))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(state(event))
    event.set()
    print(state(event))
    for t in tasks:
        try:
            await t
        except asyncio.CancelledError:
            print("cancelled task:", t.cancelled())
    print(state(event))
    event.clear()
    print(state(event), isinstance(event, asyncio.Event))

asyncio.run(main())
