# The server side of benches/net_load.py: an asyncio echo server written
# with a Protocol, run under pyasync or python3. Prints its port, then
# serves until the driver terminates it.
import asyncio
import sys


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, '127.0.0.1', 0, backlog=2048)
    print(server.sockets[0].getsockname()[1], flush=True)
    sys.stdout.flush()
    await server.serve_forever()


asyncio.run(main())
