# Streams between two peers: one closes early, one reads slowly while the
# other drains, one uses write_eof; servers used with async with.
import asyncio


async def main():
    # readexactly when the peer sends less and closes.
    async def short_sender(reader, writer):
        writer.write(b'abc')
        await writer.drain()
        writer.close()

    async with await asyncio.start_server(short_sender, '127.0.0.1', 0) as server:
        print('serving', server.is_serving())
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        try:
            await asyncio.wait_for(reader.readexactly(10), 5)
        except asyncio.IncompleteReadError as e:
            print(type(e).__name__, e, e.partial, e.expected)
        print(reader.at_eof(), await reader.read(), await reader.readline())
        writer.close()
        await writer.wait_closed()
    print('after async with', server.is_serving())

    # drain with a slow reader: the writer waits, the data all arrives.
    got = asyncio.Queue()

    async def slow_reader(reader, writer):
        total = 0
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            total += len(chunk)
            await asyncio.sleep(0.001)
        await got.put(total)
        writer.close()

    server = await asyncio.start_server(slow_reader, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    block = b'x' * 100_000
    for _ in range(40):
        writer.write(block)
        await asyncio.wait_for(writer.drain(), 10)
    print('can write eof', writer.can_write_eof())
    writer.write_eof()
    print('received', await asyncio.wait_for(got.get(), 10))
    print('eof read', await asyncio.wait_for(reader.read(), 5))
    writer.close()
    await writer.wait_closed()
    print('closing', writer.is_closing())
    server.close()
    await server.wait_closed()

    # write_eof half-closes: the server answers after reading to the end.
    async def summer(reader, writer):
        numbers = [int(line) async for line in reader]
        writer.write(b'%d\n' % sum(numbers))
        await writer.drain()
        writer.close()

    async with await asyncio.start_server(summer, '127.0.0.1', 0) as server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.writelines([b'%d\n' % i for i in range(101)])
        writer.write_eof()
        print('sum', await asyncio.wait_for(reader.readline(), 5))
        print('then', await asyncio.wait_for(reader.read(), 5))
        writer.close()
        await writer.wait_closed()

    # A handler that is a plain function, and the writer's repr parts.
    def plain(reader, writer):
        print('plain handler', type(reader).__name__, type(writer).__name__)
        writer.close()

    async with await asyncio.start_server(plain, '127.0.0.1', 0) as server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print(await asyncio.wait_for(reader.read(), 5))
        print(writer.transport is writer.get_extra_info('socket') is None,
              type(writer.get_extra_info('peername')).__name__,
              writer.get_extra_info('nothing', 'dflt'))
        print(repr(writer).startswith('<StreamWriter transport=<'),
              'reader=<StreamReader eof transport=' in repr(writer))
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
