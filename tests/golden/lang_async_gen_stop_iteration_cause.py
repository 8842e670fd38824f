# StopIteration or StopAsyncIteration escaping a generator becomes a RuntimeError raised from it; asynccontextmanager lets them pass.
import asyncio
from contextlib import asynccontextmanager

async def agen(kind):
    yield 1
    raise kind("boom")

async def main():
    for kind in (StopIteration, StopAsyncIteration):
        g = agen(kind)
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print(e, type(e.__cause__).__name__, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

    @asynccontextmanager
    async def cm():
        yield
    for kind in (StopIteration, StopAsyncIteration):
        try:
            async with cm():
                raise kind("inner")
        except BaseException as e:
            print(type(e).__name__, e)

def gen():
    yield 1
    raise StopIteration("x")
try:
    list(gen())
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
asyncio.run(main())
