# A line-based chat server with three clients, all protocols: each line a
# client sends is broadcast to the others; lines may arrive split or
# several at once, so the server buffers until a newline.
import asyncio


class ChatServer(asyncio.Protocol):
    members = {}

    def connection_made(self, transport):
        self.transport = transport
        self.name = None
        self.buffer = b''

    def data_received(self, data):
        self.buffer += data
        while b'\n' in self.buffer:
            line, self.buffer = self.buffer.split(b'\n', 1)
            self.line_received(line.decode())

    def line_received(self, line):
        if self.name is None:
            self.name = line
            self.broadcast(f'* {line} joined')
            ChatServer.members[line] = self
            self.transport.write(f'welcome {line}, here: {sorted(ChatServer.members)}\n'.encode())
        elif line == '/quit':
            self.transport.write(b'bye\n')
            self.transport.close()
        else:
            self.broadcast(f'{self.name}: {line}')

    def broadcast(self, text):
        for name, member in ChatServer.members.items():
            if member is not self:
                member.transport.write((text + '\n').encode())

    def connection_lost(self, exc):
        if self.name in ChatServer.members:
            del ChatServer.members[self.name]
            self.broadcast(f'* {self.name} left')


class ChatClient(asyncio.Protocol):
    def __init__(self, name):
        self.name = name
        self.lines = asyncio.Queue()
        self.buffer = b''
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport
        # The name, sent in two pieces.
        transport.write(self.name[:2].encode())
        transport.write(self.name[2:].encode() + b'\n')

    def data_received(self, data):
        self.buffer += data
        while b'\n' in self.buffer:
            line, self.buffer = self.buffer.split(b'\n', 1)
            self.lines.put_nowait(line.decode())

    def connection_lost(self, exc):
        self.closed.set_result(exc)

    def say(self, *lines):
        self.transport.write(''.join(line + '\n' for line in lines).encode())

    async def expect(self, count):
        got = []
        for _ in range(count):
            got.append(await asyncio.wait_for(self.lines.get(), 5))
        print(f'{self.name} <-', got)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(ChatServer, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    async def join(name):
        _, client = await loop.create_connection(lambda: ChatClient(name), '127.0.0.1', port)
        await client.expect(1)
        return client

    alice = await join('alice')
    bob = await join('bob')
    await alice.expect(1)
    carol = await join('carol')
    await alice.expect(1)
    await bob.expect(1)

    alice.say('hi all')
    await bob.expect(1)
    await carol.expect(1)

    # Two lines in one write.
    bob.say('hello alice', 'how are you?')
    await alice.expect(2)
    await carol.expect(2)

    carol.say('/quit')
    await carol.expect(1)
    print('carol closed:', await asyncio.wait_for(carol.closed, 5))
    await alice.expect(1)
    await bob.expect(1)

    alice.transport.close()
    await asyncio.wait_for(alice.closed, 5)
    await bob.expect(1)
    bob.transport.close()
    await asyncio.wait_for(bob.closed, 5)
    await asyncio.sleep(0.05)
    print('members left:', ChatServer.members)

    server.close()
    await server.wait_closed()


asyncio.run(main())
