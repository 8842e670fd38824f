# A line-based chat server with streams: three clients join, each says a
# line that the others receive, then they leave one by one.
import asyncio

clients = {}


async def broadcast(sender, text):
    for name, writer in list(clients.items()):
        if name != sender:
            writer.write(f'{sender}: {text}\n'.encode())
            await writer.drain()


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    writer.write(f'welcome {name}, {len(clients)} here\n'.encode())
    await writer.drain()
    async for line in reader:
        text = line.decode().rstrip('\n')
        if text == '/quit':
            break
        await broadcast(name, text)
    del clients[name]
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    await broadcast('server', f'{name} left')


async def client(name, port, said, everyone_in, all_said):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'{name}\n'.encode())
    print(name, 'got', (await reader.readline()).decode().strip())
    everyone_in.release()
    async with all_said:
        pass
    writer.write(f'hello from {name}\n'.encode())
    heard = []
    while len(heard) < 2:
        heard.append((await reader.readline()).decode().strip())
    said.append((name, sorted(heard)))
    return reader, writer


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    said = []
    everyone_in = asyncio.Semaphore(0)
    all_said = asyncio.Lock()
    await all_said.acquire()
    tasks = []
    for name in ('ann', 'bob', 'cy'):
        tasks.append(asyncio.create_task(
            client(name, port, said, everyone_in, all_said)))
        await everyone_in.acquire()
    all_said.release()
    pairs = await asyncio.wait_for(asyncio.gather(*tasks), 5)
    for name, heard in sorted(said):
        print(name, 'heard', heard)
    # They leave in turn; those still there hear of it.
    for i, (reader, writer) in enumerate(pairs):
        writer.write(b'/quit\n')
        rest = await asyncio.wait_for(reader.read(), 5)
        print('left with', rest.decode().split('\n'))
        writer.close()
        await writer.wait_closed()
        for later_reader, _ in pairs[i + 1:]:
            line = await asyncio.wait_for(later_reader.readline(), 5)
            print('  others hear', line.decode().strip())
    print('clients left:', clients)
    server.close()
    await server.wait_closed()


asyncio.run(main())
