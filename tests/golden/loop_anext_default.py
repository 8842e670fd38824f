# anext() with a default, async comprehensions and async generator
# expressions.
import asyncio


async def agen(n):
    for i in range(n):
        yield i


class Empty:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("broken")


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    a = agen(2)
    print(await anext(a, "end"), await anext(a, "end"), await anext(a, "end"))
    print(await anext(a, None))
    try:
        await anext(a)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await anext(Empty(), "empty default"))
    try:
        await anext(Broken(), "unused")
    except KeyError as e:
        print("KeyError", e)
    for call in [lambda: anext(1), lambda: anext(1, 2), lambda: anext(), lambda: anext(a, 1, 2)]:
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)

    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x: x * x async for x in agen(3)})
    print({x % 2 async for x in agen(5)})
    gen = (x * 10 async for x in agen(3))
    print(type(gen).__name__, [y async for y in gen])
    print([await double(i) for i in range(3)])
    print([await double(x) async for x in agen(3)])
    lazy = (await double(i) for i in range(3))
    print(type(lazy).__name__, [v async for v in lazy])


asyncio.run(main())
