# StreamReader.readline and async iteration: lines, the end of the stream,
# lines longer than the limit.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b'first\nsecond\n\nlast')
    print(await r.readline(), await r.readline(), await r.readline())
    r.feed_eof()
    print(await r.readline(), await r.readline(), r.at_eof())

    # A line arriving in pieces.
    r = asyncio.StreamReader()

    async def feed():
        for piece in (b'hel', b'lo wo', b'rld', b'\nnext\n'):
            await asyncio.sleep(0.01)
            r.feed_data(piece)
        r.feed_eof()

    task = asyncio.create_task(feed())
    print(await r.readline(), repr(r))
    print(await r.readline())
    await task

    # async for stops at the end of the stream.
    r = asyncio.StreamReader()
    r.feed_data(b'a\nbb\nccc')
    r.feed_eof()
    print(r.__aiter__() is r)
    async for line in r:
        print('line', line)
    try:
        await r.__anext__()
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    print([line async for line in r])

    # The limit: a line longer than it is dropped with a ValueError, and
    # reading goes on after it.
    r = asyncio.StreamReader(limit=5)
    print(repr(r))
    r.feed_data(b'1234567890\nok\n')
    try:
        await r.readline()
    except ValueError as e:
        print(type(e).__name__, e, repr(r))
    print(await r.readline())

    r = asyncio.StreamReader(limit=5)
    r.feed_data(b'12345678901234')
    try:
        await r.readline()
    except ValueError as e:
        print(type(e).__name__, e, repr(r))
    r.feed_data(b'tail\n')
    print(await r.readline())

    # Exactly at the limit is fine; one past is not.
    for data in (b'12345\n', b'123456\n', b'1234\n'):
        r = asyncio.StreamReader(limit=5)
        r.feed_data(data)
        try:
            print(await r.readline())
        except ValueError as e:
            print(data, type(e).__name__, e, repr(r))

    # A line growing past the limit while the reader waits.
    r = asyncio.StreamReader(limit=4)

    async def grow():
        for piece in (b'ab', b'cd', b'ef', b'gh\nrest\n'):
            await asyncio.sleep(0.01)
            r.feed_data(piece)

    task = asyncio.create_task(grow())
    try:
        await r.readline()
    except ValueError as e:
        print('grown:', type(e).__name__, e, repr(r))
    await task
    print(await r.readline(), repr(r))

    # A line cut by the end of the stream.
    r = asyncio.StreamReader()
    r.feed_data(b'no newline')
    r.feed_eof()
    print(await r.readline(), r.at_eof())

    # Bad limits.
    for limit in (0, -1):
        try:
            asyncio.StreamReader(limit=limit)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        asyncio.StreamReader(limit='10')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await r.readline(b'x')
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
