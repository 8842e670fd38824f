# StreamReaderProtocol and StreamWriter over a transport written in Python:
# the callbacks, flow control both ways, drain, close and wait_closed.
import asyncio


class Transport:
    def __init__(self):
        self.sent = []
        self.closing = False
        self.protocol = None

    def __repr__(self):
        return '<Transport>'

    def write(self, data):
        self.sent.append(bytes(data))

    def writelines(self, lines):
        self.sent.append(b''.join(lines))

    def write_eof(self):
        self.sent.append('EOF')

    def can_write_eof(self):
        return True

    def is_closing(self):
        return self.closing

    def close(self):
        self.closing = True
        asyncio.get_running_loop().call_soon(self.protocol.connection_lost, None)

    def get_extra_info(self, name, default=None):
        return {'peername': ('peer', 1)}.get(name, default)

    def pause_reading(self):
        print('  pause_reading')

    def resume_reading(self):
        print('  resume_reading')


async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=4)
    protocol = asyncio.StreamReaderProtocol(reader)
    transport = Transport()
    transport.protocol = protocol
    protocol.connection_made(transport)
    print(repr(reader))
    try:
        reader.set_transport(transport)
    except AssertionError as e:
        print(type(e).__name__, e)

    # Reading pauses past twice the limit and resumes within it.
    protocol.data_received(b'12345678')
    print('fed 8')
    protocol.data_received(b'9')
    print('fed 9', repr(reader))
    protocol.data_received(b'abc')
    print(await reader.read(4), repr(reader))
    print(await reader.read(4), repr(reader))
    print(await reader.read(4), repr(reader))

    # A paused transport resumes when a reader starts waiting.
    protocol.data_received(b'x' * 9)
    print(await reader.readexactly(9))
    task = asyncio.create_task(reader.read(1))
    await asyncio.sleep(0)
    protocol.data_received(b'y')
    print(await task)

    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    print(repr(writer))
    print(writer.transport is transport, writer.get_extra_info('peername'),
          writer.get_extra_info('nothing', 'default'), writer.can_write_eof())
    writer.write(b'hello ')
    writer.writelines([b'wor', b'ld'])
    print(writer.write_eof(), transport.sent)

    # drain waits while writing is paused.
    await writer.drain()
    protocol.pause_writing()
    drained = asyncio.create_task(writer.drain())
    await asyncio.sleep(0)
    print('paused drain done:', drained.done())
    protocol.resume_writing()
    await drained
    print('resumed drain done:', drained.done())
    try:
        protocol.resume_writing()
    except AssertionError as e:
        print(type(e).__name__, e)

    # eof_received keeps the transport open; close ends the reader.
    print(protocol.eof_received(), repr(reader))
    print(writer.is_closing())
    writer.close()
    print(writer.is_closing())
    await asyncio.wait_for(writer.wait_closed(), 1)
    print('closed', reader.at_eof())
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print(type(e).__name__, e)

    # A connection lost with an error: the reader, wait_closed and
    # paused drains all see it.
    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(reader)
    transport = Transport()
    protocol.connection_made(transport)
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    protocol.pause_writing()
    drained = asyncio.create_task(writer.drain())
    await asyncio.sleep(0)
    protocol.connection_lost(ConnectionResetError('reset by peer'))
    for coro in (drained, reader.read(), writer.wait_closed(), writer.drain()):
        try:
            await coro
        except ConnectionResetError as e:
            print(type(e).__name__, e)

    # client_connected_cb runs at connection_made; a coroutine as a task.
    async def serve(reader, writer):
        line = await reader.readline()
        writer.write(line.upper())
        print('served', line)

    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(reader, serve)
    transport = Transport()
    protocol.connection_made(transport)
    protocol.data_received(b'ping\n')
    await asyncio.sleep(0)
    print(transport.sent)
    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(
        reader, lambda r, w: print('plain callback', r is reader, repr(w)))
    protocol.connection_made(Transport())

    print(asyncio.StreamReaderProtocol.__mro__[1].__name__,
          isinstance(protocol, asyncio.StreamReaderProtocol))


asyncio.run(main())
