import asyncio

async def value(v, n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("value", v)
    return v

async def fail(exc, n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("fail", type(exc).__name__)
    raise exc

async def main():
    res = await asyncio.gather(
        value(1, 2), fail(KeyError("k"), 1), value(2, 0), fail(ZeroDivisionError("z"), 3),
        return_exceptions=True,
    )
    for r in res:
        print(type(r).__name__, repr(r))
    res = await asyncio.gather(fail(ValueError("only"), 0), return_exceptions=True)
    print(res)

asyncio.run(main())
