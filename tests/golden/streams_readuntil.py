# StreamReader.readuntil and readexactly: separators, limits, the errors
# and their attributes.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b'key=value;;next;;')
    print(await r.readuntil(b'='), await r.readuntil(b';;'))
    print(await r.readuntil(separator=b';;'), repr(r))
    r.feed_data(b'a\nb')
    print(await r.readuntil())

    # A separator split across two pieces of data.
    r = asyncio.StreamReader()

    async def feed():
        for piece in (b'part one <', b'<END', b'>> rest'):
            await asyncio.sleep(0.01)
            r.feed_data(piece)
        await asyncio.sleep(0.01)
        r.feed_eof()

    task = asyncio.create_task(feed())
    print(await r.readuntil(b'<<END>>'))
    try:
        await r.readuntil(b'<<END>>')
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected, repr(r))
    await task

    # The errors leave or empty the buffer.
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b'0123456789|tail|')
    try:
        await r.readuntil(b'|')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed, e.args, repr(r))
    print(await r.read(11), await r.readuntil(b'|'))
    r.feed_data(b'abcdefghijklmnop')
    try:
        await r.readuntil(b'||')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed, repr(r))
    try:
        await r.readuntil(b'')
    except ValueError as e:
        print(type(e).__name__, e)
    print(await r.read(100))
    r.feed_data(b'abc')
    for bad in ('|', None, 5, [1]):
        try:
            await r.readuntil(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    r.feed_eof()
    try:
        await r.readuntil(b'?')
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, len(e.partial), e.expected, repr(r))

    # readexactly
    r = asyncio.StreamReader()
    r.feed_data(b'0123456789')
    print(await r.readexactly(3), await r.readexactly(0), await r.readexactly(7))

    async def feed2():
        for piece in (b'ab', b'cd', b'ef'):
            await asyncio.sleep(0.01)
            r.feed_data(piece)
        await asyncio.sleep(0.01)
        r.feed_eof()

    task = asyncio.create_task(feed2())
    print(await r.readexactly(5), repr(r))
    try:
        await r.readexactly(2)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected, repr(r))
    try:
        await r.readexactly(2)
    except EOFError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    await task
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    print(await r.readexactly(0))

    # The exception types.
    e = asyncio.IncompleteReadError(b'xy', None)
    print(repr(e), e.args, str(e))
    e = asyncio.IncompleteReadError(b'', 10)
    print(repr(e), isinstance(e, EOFError))
    e = asyncio.LimitOverrunError('too long', 42)
    print(repr(e), e.args, e.consumed, isinstance(e, EOFError))
    print(asyncio.IncompleteReadError.__mro__)
    print(asyncio.LimitOverrunError.__mro__)
    print(e.__reduce__()[1], asyncio.IncompleteReadError(b'q', 3).__reduce__()[1])
    for args in ((), (b'x',), ('msg',)):
        try:
            asyncio.IncompleteReadError(*args)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            asyncio.LimitOverrunError(*args)
        except TypeError as e:
            print(type(e).__name__, e)


asyncio.run(main())
