# A server handler that fails: the loop's exception handler hears of it
# and the connection is closed; handlers that return normally leave the
# connection to the writer.
import asyncio


async def failing(reader, writer):
    line = await reader.readline()
    if line == b'fail\n':
        raise ValueError('handler failed')
    writer.write(b'fine\n')
    await writer.drain()
    # Returns without closing: the connection stays open.


async def main():
    loop = asyncio.get_running_loop()

    def report(loop, context):
        print('exception handler:', sorted(context), context['message'])
        print('  ', repr(context['exception']),
              type(context['transport']).__name__)

    loop.set_exception_handler(report)
    server = await asyncio.start_server(failing, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'fail\n')
    print('client reads', await asyncio.wait_for(reader.read(), 5))
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'ok\n')
    print('client reads', await asyncio.wait_for(reader.readline(), 5))
    try:
        await asyncio.wait_for(reader.read(), 0.2)
    except asyncio.TimeoutError:
        print('still open')
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
