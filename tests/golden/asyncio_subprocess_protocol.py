# loop.subprocess_exec/shell with a SubprocessProtocol, and
# connect_read_pipe/connect_write_pipe over os.pipe().
import asyncio, os, signal

class Proto(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {}
    def connection_made(self, transport):
        self.events.append('connection_made')
        self.transport = transport
    def pipe_data_received(self, fd, data):
        self.data[fd] = self.data.get(fd, b'') + data
    def pipe_connection_lost(self, fd, exc):
        self.events.append(('pipe_connection_lost', fd, exc))
    def process_exited(self):
        self.events.append('process_exited')
    def connection_lost(self, exc):
        self.events.append(('connection_lost', exc))
        self.done.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(lambda: Proto(done), 'sh', '-c', 'cat; echo err >&2')
    print(type(transport).__name__ != '', isinstance(transport, asyncio.SubprocessTransport), proto.events)
    print(transport.get_returncode(), transport.get_pid() > 0)
    stdin = transport.get_pipe_transport(0)
    print(isinstance(stdin, asyncio.WriteTransport), isinstance(transport.get_pipe_transport(1), asyncio.ReadTransport))
    stdin.write(b'abc')
    stdin.write_eof()
    await done
    print(proto.events[0], proto.events[-1], sorted(e[1] for e in proto.events if e[0] == 'pipe_connection_lost'), 'process_exited' in proto.events)
    print(proto.data, transport.get_returncode())
    transport.close()
    print(transport.is_closing())

    done = loop.create_future()
    transport, proto = await loop.subprocess_shell(lambda: Proto(done), 'exit 3', stdin=None, stdout=None, stderr=None)
    await done
    print(proto.events, transport.get_returncode(), transport.get_pipe_transport(1))
    transport.close()

    # connect_read_pipe / connect_write_pipe over os.pipe()
    r, w = os.pipe()
    class Reader(asyncio.Protocol):
        def __init__(self):
            self.got = []
            self.closed = loop.create_future()
        def connection_made(self, t):
            print('reader connected', type(t).__name__ != '')
        def data_received(self, data):
            self.got.append(data)
        def eof_received(self):
            print('reader eof')
        def connection_lost(self, exc):
            print('reader lost', exc)
            self.closed.set_result(None)
    rt, rp = await loop.connect_read_pipe(Reader, _Pipe(r))
    wt, wp = await loop.connect_write_pipe(asyncio.BaseProtocol, _Pipe(w))
    print(rt.is_reading(), wt.can_write_eof(), wt.get_write_buffer_size())
    wt.write(b'hello ')
    wt.write(b'pipe')
    wt.close()
    await rp.closed
    print(b''.join(rp.got))

class _Pipe:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def close(self):
        os.close(self.fd)

asyncio.run(main())
