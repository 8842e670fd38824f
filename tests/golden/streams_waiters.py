# StreamReader misuse and waiting: two readers at once, feeding after the
# end, cancelled reads, timeouts, the waiter in the repr.
import asyncio


async def main():
    r = asyncio.StreamReader()
    first = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    print(repr(r))
    for name, coro in (('readuntil', r.readuntil(b'!')),
                       ('readline', r.readline()),
                       ('read', r.read(3)),
                       ('readexactly', r.readexactly(3))):
        try:
            await coro
        except RuntimeError as e:
            print(name, type(e).__name__, e)
    r.feed_data(b'line\n')
    print(await first, repr(r))

    # Feeding after the end is an assertion failure.
    r.feed_eof()
    try:
        r.feed_data(b'late')
    except AssertionError as e:
        print(type(e).__name__, e)
    r.feed_eof()
    print(repr(r), r.at_eof())

    # A cancelled read leaves the buffer to the next reader.
    r = asyncio.StreamReader()
    task = asyncio.create_task(r.readexactly(4))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', task.cancelled(), repr(r))
    r.feed_data(b'abcdef')
    print(await r.readexactly(4), repr(r))

    # Cancelled after data arrived but before it ran: the data stays.
    r = asyncio.StreamReader()
    task = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    r.feed_data(b'kept\n')
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled late', repr(r))
    print(await r.readline())

    # wait_for around a read that never completes.
    r = asyncio.StreamReader()
    try:
        await asyncio.wait_for(r.read(10), 0.05)
    except asyncio.TimeoutError:
        print('timed out', repr(r))
    r.feed_data(b'now')
    print(await asyncio.wait_for(r.read(10), 1))

    # set_exception wakes the waiter; a cancelled waiter is left alone.
    r = asyncio.StreamReader()
    task = asyncio.create_task(r.read(1))
    await asyncio.sleep(0)
    r.set_exception(OSError('broken'))
    try:
        await task
    except OSError as e:
        print('waiter got', type(e).__name__, e)
    print(repr(r))
    r.set_exception(None)
    print(r.exception(), repr(r))
    r.feed_data(b'z')
    print(await r.read(1))

    r = asyncio.StreamReader()
    task = asyncio.create_task(r.read(1))
    await asyncio.sleep(0)
    task.cancel()
    r.set_exception(ValueError('after cancel'))
    try:
        await task
    except asyncio.CancelledError:
        print('still cancelled', repr(r))

    # feed_eof wakes a waiting reader.
    r = asyncio.StreamReader()
    task = asyncio.create_task(r.readuntil(b';'))
    await asyncio.sleep(0)
    r.feed_data(b'ab')
    await asyncio.sleep(0)
    r.feed_eof()
    try:
        await task
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial)

    # Many readers taking turns.
    r = asyncio.StreamReader()

    async def reader(n):
        return n, await r.readexactly(2)

    tasks = []
    for n in range(3):
        tasks.append(asyncio.create_task(reader(n)))
        await asyncio.sleep(0)
        r.feed_data(b'%d%d' % (n, n))
        await asyncio.sleep(0)
    print(await asyncio.gather(*tasks))

    # Methods and their arguments.
    for call in (lambda: r.feed_data(), lambda: r.set_exception(),
                 lambda: r.at_eof(1), lambda: r.feed_eof(1),
                 lambda: r.exception(1), lambda: r.readexactly()):
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)


asyncio.run(main())
