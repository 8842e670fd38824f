# The names asyncio.streams provides, and misuse of the constructors and
# helpers.
import asyncio
import asyncio.streams

print(asyncio.streams.__all__)
for name in asyncio.streams.__all__:
    print(name, getattr(asyncio, name) is getattr(asyncio.streams, name))
print(asyncio.StreamReaderProtocol.__mro__)
print(asyncio.StreamReader, asyncio.StreamWriter)
print(asyncio.IncompleteReadError, asyncio.LimitOverrunError)
print(issubclass(asyncio.StreamReaderProtocol, asyncio.Protocol))

# Outside a running loop a reader takes the current loop.
reader = asyncio.StreamReader()
print(repr(reader), type(reader._loop).__name__)


async def main():
    loop = asyncio.get_running_loop()
    r = asyncio.StreamReader(loop=loop)
    print(r._loop is loop, r._limit, asyncio.StreamReader(5)._limit)
    for args in ((1, loop, 3), ()):
        try:
            asyncio.StreamReader(*args, bogus=1)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        await asyncio.open_connection('127.0.0.1', 1, limit=0)
    except ValueError as e:
        print(type(e).__name__, e)
    class Closed:
        def is_closing(self):
            return True

        def __repr__(self):
            return '<Closed>'

    w = asyncio.StreamWriter(Closed(), None, None, loop)
    print(repr(w))
    try:
        w.write(b'x')
    except AttributeError as e:
        print(type(e).__name__, e)
    del w
    p = asyncio.StreamReaderProtocol(r)
    print(p._stream_reader is r, p._get_close_waiter(None).done())
    p.eof_received()
    print(repr(r), r.at_eof())
    try:
        asyncio.streams.FlowControlMixin()._get_close_waiter(None)
    except NotImplementedError as e:
        print(type(e).__name__, repr(e))
    for call in (asyncio.open_connection, asyncio.open_unix_connection):
        try:
            await call(1, 2, 3)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        await asyncio.start_server()
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
