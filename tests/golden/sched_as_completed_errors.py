import asyncio

async def c():
    return 1

async def main():
    t = asyncio.create_task(c())
    it = asyncio.as_completed(t)
    print("created lazily:", type(it).__name__)
    try:
        next(it)
    except TypeError as e:
        print("TypeError:", e)
    try:
        for aw in asyncio.as_completed([1]):
            pass
    except TypeError as e:
        print("TypeError:", e)
    print("empty:", list(asyncio.as_completed([])))
    await t

asyncio.run(main())
