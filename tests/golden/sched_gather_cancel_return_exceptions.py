import asyncio

async def child(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "got cancelled")
        raise

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "stubborn result"

async def main():
    g = asyncio.gather(child("a", 10), child("b", 1), return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel:", g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather cancelled even with return_exceptions")
    g = asyncio.gather(stubborn(), return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel:", g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError:
        print("cancel requested: CancelledError despite child result")

asyncio.run(main())
