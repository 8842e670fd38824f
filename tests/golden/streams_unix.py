# Streams over Unix sockets, refused connections and misuse of the
# connection helpers.
import asyncio
import os
import socket
import tempfile


async def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'echo.sock')

        async def upper(reader, writer):
            async for line in reader:
                writer.write(line.upper())
                await writer.drain()
            writer.close()

        server = await asyncio.start_unix_server(upper, path)
        print(type(server).__name__, os.path.exists(path))
        reader, writer = await asyncio.open_unix_connection(path)
        for word in (b'alpha\n', b'beta\n'):
            writer.write(word)
            print(await asyncio.wait_for(reader.readline(), 5))
        writer.write_eof()
        print(await asyncio.wait_for(reader.read(), 5), reader.at_eof())
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()

        try:
            await asyncio.open_unix_connection(os.path.join(d, 'missing'))
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)

    # A port nothing listens on.
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)

    # The limit given to open_connection and start_server reaches the readers.
    async def long_lines(reader, writer):
        try:
            await reader.readline()
        except ValueError as e:
            print('server:', type(e).__name__, e)
        writer.write(b'0123456789\n')
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(long_lines, '127.0.0.1', 0, limit=4)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=5)
    print(repr(reader).startswith('<StreamReader limit=5 transport='))
    writer.write(b'too long a line\n')
    try:
        await asyncio.wait_for(reader.readline(), 5)
    except ValueError as e:
        print('client:', type(e).__name__, e)
    print(await asyncio.wait_for(reader.read(), 5))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


try:
    asyncio.run(asyncio.open_connection())
except ValueError as e:
    print(type(e).__name__, e)
asyncio.run(main())
coro = asyncio.open_connection('127.0.0.1', 1)
try:
    coro.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
