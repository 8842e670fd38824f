import asyncio

async def victim():
    await asyncio.sleep(0.5)

async def failing():
    await asyncio.sleep(0)
    raise OSError("disk")

async def main():
    inner = asyncio.create_task(victim())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too:", outer.cancelled())
    try:
        await asyncio.shield(failing())
    except OSError as e:
        print("OSError through shield:", e)
    t = asyncio.create_task(victim())
    s = asyncio.shield(t)
    print("cancel the shield:", s.cancel(), "task untouched:", t.cancelled())
    await asyncio.sleep(0)
    print("task still pending:", not t.done())
    t.cancel()
    await asyncio.sleep(0)
    print("task cancelled:", t.cancelled())

asyncio.run(main())
