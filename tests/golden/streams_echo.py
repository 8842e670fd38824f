# The documentation's TCP echo server and client with streams, on
# 127.0.0.1 with a port the system picks, stopping by itself.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Received {message!r} from a {type(addr).__name__} of {len(addr)}")
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')
    print('Close the connection')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    await asyncio.wait_for(tcp_echo_client('Hello World!', port), 5)
    # Several clients, one after another and then at once.
    for text in ('one', 'two'):
        await asyncio.wait_for(tcp_echo_client(text, port), 5)
    await asyncio.wait_for(asyncio.gather(
        *(tcp_echo_client(f'client {i}', port) for i in range(3))), 5)
    server.close()
    await server.wait_closed()
    print('served', server.is_serving())


asyncio.run(main())
