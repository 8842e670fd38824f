# Datagram endpoints: a UDP echo server and a connected client, an
# unconnected sender with addresses, and the errors of misuse.
import asyncio
import socket


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server: made', type(transport).__name__)

    def datagram_received(self, data, addr):
        print('server: got', data, addr[0])
        self.transport.sendto(data.upper(), addr)

    def connection_lost(self, exc):
        print('server: lost', exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        print('client: made')

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):
        print('client: error', type(exc).__name__)

    def connection_lost(self, exc):
        print('client: lost', exc)
        self.closed.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(EchoServer, local_addr=('127.0.0.1', 0))
    addr = server.get_extra_info('sockname')
    print(isinstance(server, asyncio.DatagramTransport), server.get_extra_info('peername'))

    transport, client = await loop.create_datagram_endpoint(Client, remote_addr=addr)
    print(transport.get_extra_info('peername') == addr)
    for word in [b'one', b'two', b'three']:
        transport.sendto(word)
        print('client: reply', await asyncio.wait_for(client.replies.get(), 5))
    try:
        transport.sendto(b'x', ('127.0.0.1', 9))
    except ValueError as e:
        print(type(e).__name__, str(e).replace(str(addr[1]), 'PORT'))
    try:
        transport.sendto('text')
    except TypeError as e:
        print(type(e).__name__, e)
    transport.sendto(b'')
    print(transport.get_write_buffer_size())
    transport.close()
    await asyncio.wait_for(client.closed, 5)

    # Unconnected: each datagram names its destination.
    sender, proto = await loop.create_datagram_endpoint(Client, family=socket.AF_INET)
    sender.sendto(b'ping', addr)
    print('unconnected reply:', await asyncio.wait_for(proto.replies.get(), 5))
    sender.abort()
    await asyncio.wait_for(proto.closed, 5)

    # An existing socket.
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(('127.0.0.1', 0))
    t, p = await loop.create_datagram_endpoint(Client, sock=sock)
    t.sendto(b'from sock', addr)
    print(await asyncio.wait_for(p.replies.get(), 5))
    t.close()
    await asyncio.wait_for(p.closed, 5)

    for kwargs in [dict(), dict(local_addr='127.0.0.1'),
                   dict(sock=socket.socket(), local_addr=('127.0.0.1', 0)),
                   dict(sock=socket.socket(type=socket.SOCK_DGRAM), local_addr=('127.0.0.1', 0))]:
        try:
            await loop.create_datagram_endpoint(Client, **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, str(e).split(' fd=')[0])

    server.close()
    await asyncio.sleep(0.01)


asyncio.run(main())
