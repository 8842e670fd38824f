# Transport flow control and half-closing: write buffer limits calling
# pause_writing/resume_writing, pause_reading/resume_reading, write_eof
# with eof_received keeping the other side open, writelines, and misuse.
import asyncio
import socket


class Sink(asyncio.Protocol):
    """Reads nothing until told to: the sender's buffer fills up."""

    def connection_made(self, transport):
        self.transport = transport
        self.received = 0
        self.eof = asyncio.get_running_loop().create_future()
        transport.pause_reading()
        print('sink reading:', transport.is_reading())

    def data_received(self, data):
        self.received += len(data)

    def eof_received(self):
        print('sink eof')
        self.transport.write(b'thanks')
        self.eof.set_result(None)
        return True  # keep the connection open to answer

    def connection_lost(self, exc):
        print('sink lost', exc)


class Source(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.events = []
        self.resumed = asyncio.get_running_loop().create_future()
        self.lost = asyncio.get_running_loop().create_future()

    def pause_writing(self):
        self.events.append('pause')

    def resume_writing(self):
        self.events.append('resume')
        if not self.resumed.done():
            self.resumed.set_result(None)

    def data_received(self, data):
        print('source got', data)

    def eof_received(self):
        print('source eof')

    def connection_lost(self, exc):
        print('source lost', exc)
        self.lost.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    sinks = []

    def make_sink():
        sinks.append(Sink())
        return sinks[-1]

    server = await loop.create_server(make_sink, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    transport, source = await loop.create_connection(Source, '127.0.0.1', port)
    await asyncio.sleep(0.01)
    sink = sinks[0]

    print(transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=1000)
    print(transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(low=100)
    print(transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=4096, low=1024)
    for bad in [dict(high=1, low=2), dict(high=-1, low=-2)]:
        try:
            transport.set_write_buffer_limits(**bad)
        except ValueError as e:
            print(type(e).__name__, e)

    # Write far more than the socket buffers hold.
    chunk = b'x' * 65536
    total = 0
    while transport.get_write_buffer_size() == 0:
        transport.write(chunk)
        total += len(chunk)
        if total > 64 * 1024 * 1024:
            print('buffer never filled')
            break
    print('buffered:', transport.get_write_buffer_size() > 0, source.events)

    # Let the sink read: the buffer drains and writing resumes.
    sink.transport.resume_reading()
    print('sink reading:', sink.transport.is_reading())
    await asyncio.wait_for(source.resumed, 10)
    print(source.events)

    transport.writelines([b'a', bytearray(b'b'), memoryview(b'c')])
    print(transport.can_write_eof())
    transport.write_eof()
    transport.write_eof()
    await asyncio.wait_for(sink.eof, 10)
    print('sink got all:', sink.received == total + 3)
    await asyncio.sleep(0.05)

    for bad in ['text', 42, None]:
        try:
            transport.write(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        transport.write(b'more')
    except RuntimeError as e:
        print(type(e).__name__, e)


    sink.transport.close()
    await asyncio.wait_for(source.lost, 5)
    print(transport.is_closing(), transport.get_write_buffer_size())
    # Closing twice, aborting after: nothing more happens.
    transport.close()
    transport.abort()
    await asyncio.sleep(0.01)

    # abort() drops what is buffered and loses the connection at once.
    lost = loop.create_future()

    class Aborter(asyncio.Protocol):
        def connection_made(self, t):
            t.pause_reading()
            t.pause_reading()
            print('paused:', t.is_reading())
            t.resume_reading()
            t.resume_reading()
            print('reading:', t.is_reading())
            t.abort()
            print('closing:', t.is_closing())

        def connection_lost(self, exc):
            print('aborter lost', exc)
            lost.set_result(None)

    await loop.create_connection(Aborter, '127.0.0.1', port)
    await asyncio.wait_for(lost, 5)
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()


asyncio.run(main())
