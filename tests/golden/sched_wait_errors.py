import asyncio

async def c():
    return 1

async def main():
    t = asyncio.create_task(c())
    cases = [
        lambda: asyncio.wait([]),
        lambda: asyncio.wait(t),
        lambda: asyncio.wait([t], return_when="SOMETIMES"),
        lambda: asyncio.wait([t], return_when=3),
        lambda: asyncio.wait([t], 5),
        lambda: asyncio.wait([1, 2]),
    ]
    for make in cases:
        try:
            aw = make()
            print("made", type(aw).__name__)
            await aw
        except (TypeError, ValueError, AttributeError) as e:
            print(type(e).__name__ + ":", e)
    co = c()
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
