# An echo server and client written with protocols: the order of the
# callbacks on both sides, extra info, and closing from either end.
import asyncio

events = []


def log(*args):
    print(*args)


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        peer = transport.get_extra_info('peername')
        log('server: connection_made', peer[0], transport.get_extra_info('sockname')[0])
        log('server: socket', type(transport.get_extra_info('socket')).__name__)
        log('server: missing', transport.get_extra_info('nothing', 'default'))

    def data_received(self, data):
        log('server: data_received', data)
        if data == b'quit':
            self.transport.close()
            return
        self.transport.write(data[::-1])

    def eof_received(self):
        log('server: eof_received')

    def connection_lost(self, exc):
        log('server: connection_lost', exc)


class EchoClient(asyncio.Protocol):
    def __init__(self, messages, done):
        self.messages = messages
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        log('client: connection_made', transport.is_closing(), transport.can_write_eof())
        transport.write(self.messages.pop(0))

    def data_received(self, data):
        log('client: data_received', data)
        if self.messages:
            self.transport.write(self.messages.pop(0))
        else:
            self.transport.write(b'quit')

    def eof_received(self):
        log('client: eof_received')

    def connection_lost(self, exc):
        log('client: connection_lost', exc)
        self.done.set_result('closed')


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    print(isinstance(server, asyncio.AbstractServer), server.get_loop() is loop)
    port = server.sockets[0].getsockname()[1]

    done = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClient([b'hello', b'world', b'!'], done), '127.0.0.1', port)
    print(type(protocol).__name__, isinstance(transport, asyncio.Transport))
    print(transport.get_protocol() is protocol)
    print(await asyncio.wait_for(done, 5))
    print(transport.is_closing())

    # A client that closes first: the server sees eof, then loses the
    # connection.
    done2 = loop.create_future()

    class Closer(asyncio.Protocol):
        def connection_made(self, transport):
            transport.write(b'bye')
            transport.close()
            log('closer: closing', transport.is_closing())

        def connection_lost(self, exc):
            log('closer: connection_lost', exc)
            done2.set_result(None)

    await loop.create_connection(Closer, '127.0.0.1', port)
    await asyncio.wait_for(done2, 5)
    await asyncio.sleep(0.05)

    server.close()
    print(server.is_serving(), server.sockets)
    await asyncio.wait_for(server.wait_closed(), 5)
    print('closed')


asyncio.run(main())
