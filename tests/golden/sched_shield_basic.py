import asyncio

async def important():
    print("important start")
    await asyncio.sleep(0.04)
    print("important end")
    return "saved"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner done?", inner.done())
        raise

async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller task cancelled:", c.cancelled())
    print("inner result:", await inner, inner.cancelled())
    print("direct:", await asyncio.shield(important()))

asyncio.run(main())
