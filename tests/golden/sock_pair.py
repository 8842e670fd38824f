# The loop's sock_* methods on a connected pair of non-blocking sockets.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    print(a.gettimeout(), b.getblocking())

    # A receive that has to wait: the data is sent later by a timer.
    loop.call_later(0.01, a.send, b'late')
    print(await asyncio.wait_for(loop.sock_recv(b, 100), 5))

    await loop.sock_sendall(a, b'hello')
    print(await loop.sock_recv(b, 3))
    print(await loop.sock_recv(b, 100))

    # recv_into a bytearray.
    buf = bytearray(8)
    await loop.sock_sendall(b, b'abcd')
    n = await asyncio.wait_for(loop.sock_recv_into(a, buf), 5)
    print(n, buf)

    # A big sendall fills the socket buffer; the reader drains it.
    payload = bytes(range(256)) * 4096
    got = bytearray()

    async def reader():
        while len(got) < len(payload):
            chunk = await loop.sock_recv(b, 65536)
            if not chunk:
                break
            got.extend(chunk)

    task = asyncio.create_task(reader())
    await asyncio.wait_for(loop.sock_sendall(a, payload), 10)
    await asyncio.wait_for(task, 10)
    print(len(got), bytes(got) == payload)

    # Two tasks waiting on the same socket in turn.
    results = []

    async def recv_one(tag):
        results.append((tag, await loop.sock_recv(b, 1)))

    t1 = asyncio.create_task(recv_one('x'))
    await asyncio.sleep(0)
    a.send(b'1')
    await asyncio.wait_for(t1, 5)
    t2 = asyncio.create_task(recv_one('y'))
    await asyncio.sleep(0)
    a.send(b'2')
    await asyncio.wait_for(t2, 5)
    print(results)

    # A cancelled receive leaves no reader behind.
    t3 = asyncio.create_task(loop.sock_recv(b, 10))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print('cancelled')
    print(loop.remove_reader(b))

    # The peer closes: recv gives b''.
    a.close()
    print(await asyncio.wait_for(loop.sock_recv(b, 10), 5))
    b.close()

    # Misuse.
    for args in [(), (1,), (1, 2, 3, 4)]:
        try:
            await loop.sock_recv(*args)
        except TypeError as e:
            print(type(e).__name__)
    c, d = socket.socketpair()
    loop.set_debug(True)
    try:
        await loop.sock_recv(c, 1)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await loop.sock_sendall(c, b'x')
    except ValueError as e:
        print(type(e).__name__, e)
    loop.set_debug(False)
    c.close()
    d.close()
    try:
        await loop.sock_recv(c, 1)
    except OSError as e:
        print(type(e).__name__, e)


asyncio.run(main())
