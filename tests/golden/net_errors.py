# Network failures under the loop: refused connections, a port in use, a
# peer that closes or is reset mid-stream, and misuse of the loop's methods.
import asyncio
import socket
import struct


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def show(e, port=None):
    text = str(e)
    if port is not None:
        text = text.replace(str(port), 'PORT')
    print(type(e).__name__, text)


class Recorder(asyncio.Protocol):
    def __init__(self, name, done):
        self.name = name
        self.done = done

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        print(self.name, 'data', data)

    def eof_received(self):
        print(self.name, 'eof')

    def connection_lost(self, exc):
        print(self.name, 'lost', type(exc).__name__, exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()

    port = free_port()
    try:
        await asyncio.wait_for(loop.create_connection(asyncio.Protocol, '127.0.0.1', port), 5)
    except OSError as e:
        show(e, port)
        print(e.errno, isinstance(e, ConnectionRefusedError))

    sock = socket.socket()
    sock.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_connect(sock, ('127.0.0.1', port)), 5)
    except OSError as e:
        show(e, port)
    sock.close()

    server = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0)
    used = server.sockets[0].getsockname()[1]
    try:
        await loop.create_server(asyncio.Protocol, '127.0.0.1', used, reuse_address=False)
    except OSError as e:
        show(e, used)
        print(e.errno)
    server.close()
    await server.wait_closed()

    # A peer that writes, then closes: data, eof, then the connection is lost.
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]
    done = loop.create_future()
    connecting = asyncio.create_task(
        loop.create_connection(lambda: Recorder('closed-peer', done), '127.0.0.1', port))
    peer, _ = await asyncio.wait_for(loop.sock_accept(listener), 5)
    await connecting
    peer.sendall(b'last words')
    peer.close()
    await asyncio.wait_for(done, 5)

    # A peer reset mid-stream (SO_LINGER 0 sends RST on close).
    done = loop.create_future()
    connecting = asyncio.create_task(
        loop.create_connection(lambda: Recorder('reset-peer', done), '127.0.0.1', port))
    peer, _ = await asyncio.wait_for(loop.sock_accept(listener), 5)
    transport, protocol = await connecting
    peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    peer.close()
    await asyncio.wait_for(done, 5)
    print(transport.is_closing())
    # Writes after the connection was lost are dropped silently.
    transport.write(b'into the void')
    listener.close()

    # Misuse of the loop's methods.
    for coro in [
        loop.create_connection(asyncio.Protocol),
        loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, sock=socket.socket()),
        loop.create_server(asyncio.Protocol),
        loop.create_server(asyncio.Protocol, '127.0.0.1', 0, ssl=True),
        loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, server_hostname='x'),
        loop.create_connection(asyncio.Protocol, sock=socket.socket(type=socket.SOCK_DGRAM)),
    ]:
        try:
            await coro
        except (ValueError, TypeError) as e:
            print(type(e).__name__, str(e).split(' fd=')[0])

    for bad in ['x', -1, 1.5]:
        try:
            loop.add_reader(bad, print)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_reader(0)
    except TypeError as e:
        print(type(e).__name__)


asyncio.run(main())

# A closed loop refuses new readers but removing is harmless.
loop = asyncio.new_event_loop()
loop.close()
a, b = socket.socketpair()
try:
    loop.add_reader(a, print)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    loop.add_writer(a, print)
except RuntimeError as e:
    print(type(e).__name__, e)
print(loop.remove_reader(a), loop.remove_writer(a))
a.close()
b.close()
