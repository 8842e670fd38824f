# The methods of async generators: which are there, driving one by hand,
# and misuse.
import asyncio


def attempt(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("got", got)
    finally:
        print("ticker done")


NAMES = ['asend', 'athrow', 'aclose', '__aiter__', '__anext__', '__name__',
         '__qualname__', 'send', 'throw', '__next__']


async def main():
    agen = ticker(3)
    print([n for n in NAMES if hasattr(agen, n)])
    print([n for n in NAMES if n in dir(agen)])
    print(agen.__name__, agen.__qualname__, agen.__aiter__() is agen)
    attempt("asend()", lambda: agen.asend())
    attempt("aclose(1)", lambda: agen.aclose(1))
    attempt("__anext__(1)", lambda: agen.__anext__(1))
    attempt("athrow(typ=1)", lambda: agen.athrow(typ=1))
    print(await agen.__anext__())
    print(await agen.asend('hello'))
    try:
        await agen.athrow(KeyError('k'))
    except KeyError as e:
        print("KeyError", e)
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await agen.aclose())
    other = ticker(5)
    print([x async for x in other if x < 2])
    third = ticker(2)
    print(await third.__anext__())
    await third.aclose()
    print(type(third).__name__)


asyncio.run(main())
