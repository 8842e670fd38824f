# add_reader/add_writer: when their callbacks run relative to call_soon
# callbacks and timers, replacing and removing them, and errors raised
# inside them.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    order = []
    done = loop.create_future()

    def on_read(tag):
        order.append(('read', tag, b.recv(10)))
        loop.remove_reader(b)

    # Data ready and a timer due in the same iteration: the I/O callback
    # queues first, then the timer, then what they schedule.
    a.send(b'data')
    loop.add_reader(b, on_read, 'first')
    loop.call_later(0, lambda: order.append('timer'))
    loop.call_soon(lambda: order.append('soon'))
    await asyncio.sleep(0.01)
    print(order)

    # A second add_reader replaces the first; its callback gets the args.
    order.clear()
    loop.add_reader(b, on_read, 'replaced')
    loop.add_reader(b, on_read, 'replacement')
    a.send(b'x')
    await asyncio.sleep(0.01)
    print(order)
    print(loop.remove_reader(b))

    # A writable socket calls its writer every iteration until removed.
    calls = []

    def on_write():
        calls.append(len(calls))
        if len(calls) == 3:
            print('removed writer:', loop.remove_writer(a))
            done.set_result(None)

    loop.add_writer(a, on_write)
    await asyncio.wait_for(done, 5)
    print(calls, loop.remove_writer(a))

    # Reader and writer on the same descriptor.
    both = []
    loop.add_reader(a.fileno(), lambda: both.append('r'))
    loop.add_writer(a.fileno(), lambda: both.append('w'))
    b.send(b'!')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(sorted(set(both)))
    print(loop.remove_reader(a), loop.remove_writer(a), loop.remove_reader(a))
    a.recv(10)

    # An error in a reader goes to the exception handler; the reader stays.
    errors = []
    loop.set_exception_handler(lambda l, ctx: errors.append(
        (ctx['message'].split(' at ')[0], type(ctx['exception']).__name__)))

    def broken():
        b.recv(10)
        raise ZeroDivisionError('boom')

    loop.add_reader(b, broken)
    a.send(b'1')
    await asyncio.sleep(0.01)
    a.send(b'2')
    await asyncio.sleep(0.01)
    print(errors)
    loop.remove_reader(b)
    loop.set_exception_handler(None)

    # A file object with fileno() is accepted as well.
    class Wrapper:
        def fileno(self):
            return b.fileno()

    got = loop.create_future()
    loop.add_reader(Wrapper(), lambda: got.set_result(b.recv(10)))
    a.send(b'wrapped')
    print(await asyncio.wait_for(got, 5))
    print(loop.remove_reader(Wrapper()))
    a.close()
    b.close()


asyncio.run(main())
