# Servers: start_serving=False, serve_forever cancelled, `async with`,
# wait_closed waiting for open connections, and Unix-socket servers.
import asyncio
import os
import socket
import tempfile


class Greeter(asyncio.Protocol):
    def connection_made(self, transport):
        transport.write(b'hello\n')
        transport.close()


async def fetch(loop, port):
    got = loop.create_future()

    class Reader(asyncio.Protocol):
        def __init__(self):
            self.data = b''

        def data_received(self, data):
            self.data += data

        def connection_lost(self, exc):
            got.set_result(self.data)

    await loop.create_connection(Reader, '127.0.0.1', port)
    return await asyncio.wait_for(got, 5)


async def main():
    loop = asyncio.get_running_loop()

    server = await loop.create_server(Greeter, '127.0.0.1', 0, start_serving=False)
    print(server.is_serving())
    port = server.sockets[0].getsockname()[1]
    await server.start_serving()
    print(server.is_serving())
    print(await fetch(loop, port))

    # serve_forever until cancelled: the server closes itself.
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print(await fetch(loop, port))
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(' sockets=')[0])
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled')
    print(server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print(type(e).__name__, str(e).replace(repr(server), 'SERVER'))
    server.close()

    # async with closes the server on exit.
    async with await loop.create_server(Greeter, '127.0.0.1', 0) as srv:
        port = srv.sockets[0].getsockname()[1]
        print(srv.is_serving(), await fetch(loop, port))
    print(srv.is_serving())

    # wait_closed waits for the connections still open.
    held = []

    class Holder(asyncio.Protocol):
        def connection_made(self, transport):
            held.append(transport)

    srv = await loop.create_server(Holder, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    client, _ = await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    await asyncio.sleep(0.01)
    waiter = asyncio.create_task(srv.wait_closed())
    await asyncio.sleep(0.01)
    print('waiting before close:', waiter.done())
    waiter.cancel()
    srv.close()
    closing = asyncio.create_task(srv.wait_closed())
    await asyncio.sleep(0.01)
    print('closed while a connection is open:', closing.done())
    held[0].close()
    await asyncio.wait_for(closing, 5)
    print('closed after the connection ended:', closing.done())
    client.close()

    # A Unix-socket server and client.
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'sock')
        srv = await loop.create_unix_server(Greeter, path)
        print(srv.sockets[0].family == socket.AF_UNIX, srv.sockets[0].getsockname() == path)
        got = loop.create_future()

        class Reader(asyncio.Protocol):
            def data_received(self, data):
                got.set_result(data)

        transport, _ = await loop.create_unix_connection(Reader, path)
        print(await asyncio.wait_for(got, 5), transport.get_extra_info('peername') == path)
        transport.close()
        srv.close()
        await srv.wait_closed()
        # The socket file left behind is replaced by the next server.
        srv = await loop.create_unix_server(Greeter, path)
        srv.close()
        for coro in [loop.create_unix_server(Greeter),
                     loop.create_unix_connection(Greeter),
                     loop.create_unix_server(Greeter, path, sock=socket.socket())]:
            try:
                await coro
            except ValueError as e:
                print(type(e).__name__, e)
        try:
            await loop.create_unix_connection(Greeter, os.path.join(d, 'missing'))
        except OSError as e:
            print(type(e).__name__, e.errno)


asyncio.run(main())
