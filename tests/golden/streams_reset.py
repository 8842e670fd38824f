# A peer that resets the connection mid-stream: reads, drain and
# wait_closed all raise the reset; async for stops with it too.
import asyncio
import socket
import struct


async def main():
    async def resetter(reader, writer):
        writer.write(b'first line\nsecond line\n')
        await writer.drain()
        await reader.readline()
        sock = writer.get_extra_info('socket')
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                        struct.pack('ii', 1, 0))
        writer.transport.abort()

    server = await asyncio.start_server(resetter, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await asyncio.wait_for(reader.readline(), 5))
    writer.write(b'go\n')
    await asyncio.sleep(0.1)
    try:
        print(await asyncio.wait_for(reader.read(), 5))
    except ConnectionResetError as e:
        print('read:', type(e).__name__, e)
    print('exception():', repr(reader.exception()))
    try:
        writer.write(b'more')
        await writer.drain()
    except ConnectionResetError as e:
        print('drain:', type(e).__name__, e)
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print('wait_closed:', type(e).__name__, e)
    print('closing', writer.is_closing())

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    lines = []
    try:
        async for line in reader:
            lines.append(line)
            if len(lines) == 2:
                writer.write(b'go\n')
    except ConnectionResetError as e:
        print('async for:', type(e).__name__, e, lines)
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
