# Flow control over a real connection: a reader with a small limit pauses
# its transport while its buffer is full and resumes it as it is read; the
# sender's drain waits meanwhile.
import asyncio


async def main():
    drains = []

    async def sender(reader, writer):
        for _ in range(10):
            writer.write(b'y' * 100_000)
            await writer.drain()
            drains.append(len(drains))
        writer.close()

    server = await asyncio.start_server(sender, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection(
        '127.0.0.1', port, limit=1000)
    total = 0
    paused_seen = False
    while True:
        await asyncio.sleep(0.001)
        paused_seen = paused_seen or reader._paused
        chunk = await asyncio.wait_for(reader.read(5000), 5)
        if not chunk:
            break
        total += len(chunk)
    print('received', total, 'paused on the way:', paused_seen)
    print('drains', drains)
    print(reader.at_eof(), reader._paused, repr(reader).split(' transport=')[0])
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
