# StreamReader.read: sizes, the end of the stream, waiting for data.
import asyncio


async def feed_later(reader, chunks, eof=True):
    for chunk in chunks:
        await asyncio.sleep(0.01)
        reader.feed_data(chunk)
    if eof:
        await asyncio.sleep(0.01)
        reader.feed_eof()


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b'abcdef')
    print(await r.read(2), await r.read(0), await r.read(100))
    print(r.at_eof(), repr(r))
    r.feed_data(b'')
    print(repr(r))
    r.feed_data(bytearray(b'xy'))
    r.feed_data(memoryview(b'z!'))
    print(await r.read(3), repr(r))
    r.feed_eof()
    print(r.at_eof(), repr(r))
    print(await r.read(5), r.at_eof(), await r.read(5), await r.read())

    # read() gathers everything to the end.
    r = asyncio.StreamReader(limit=3)
    task = asyncio.create_task(feed_later(r, [b'one ', b'two ', b'three']))
    print(await r.read())
    await task
    print(await r.read(), await r.read(-5))

    # read(n) waits for some data and returns what is there, even less.
    r = asyncio.StreamReader()
    task = asyncio.create_task(feed_later(r, [b'12', b'345'], eof=False))
    print(await r.read(10))
    print(await r.read(1), await r.read(10))
    await task
    r.feed_eof()
    print(await r.read(10))

    # An exception set on the reader is raised by every read, even with
    # data buffered.
    r = asyncio.StreamReader()
    r.feed_data(b'data')
    r.set_exception(ConnectionResetError('gone'))
    print(r.exception(), repr(r))
    for coro in (r.read(2), r.read(0), r.read(), r.readline(),
                 r.readexactly(1), r.readuntil(b'a')):
        try:
            print(await coro)
        except Exception as e:
            print(type(e).__name__, e)

    # A waiting read gets the exception.
    r = asyncio.StreamReader()

    async def fail_later():
        await asyncio.sleep(0.01)
        r.set_exception(ValueError('bad data'))

    task = asyncio.create_task(fail_later())
    try:
        await r.read(4)
    except ValueError as e:
        print('waiting read:', type(e).__name__, e)
    await task

    # Wrong arguments.
    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    for bad in ('2', None, 1.5):
        try:
            print(await r.read(bad))
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        r.feed_data('text')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        r.feed_data(5)
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(r))


asyncio.run(main())
