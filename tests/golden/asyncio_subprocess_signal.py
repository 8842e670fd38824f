# loop.add_signal_handler/remove_signal_handler: the callback runs as a
# loop callback; invalid signals, SIGKILL and coroutines are refused.
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    got = []
    loop.add_signal_handler(signal.SIGUSR1, lambda *a: got.append(a), 'x', 1)
    os.kill(os.getpid(), signal.SIGUSR1)
    print('after kill', got)
    await asyncio.sleep(0.05)
    print('after sleep', got)
    os.kill(os.getpid(), signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.05)
    print(len(got))
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGTERM)
    await stop.wait()
    print('stopped by SIGTERM')
    loop.remove_signal_handler(signal.SIGTERM)

    def t(f):
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)

    async def co():
        pass

    t(lambda: loop.add_signal_handler(signal.SIGKILL, print))
    t(lambda: loop.add_signal_handler(signal.SIGSTOP, print))
    t(lambda: loop.add_signal_handler('x', print))
    t(lambda: loop.add_signal_handler(0, print))
    t(lambda: loop.add_signal_handler(100, print))
    t(lambda: loop.add_signal_handler(signal.SIGUSR2, co))
    t(lambda: loop.remove_signal_handler(signal.SIGUSR2))
    t(lambda: loop.remove_signal_handler(signal.SIGKILL))
    t(lambda: loop.remove_signal_handler('x'))
    t(lambda: loop.remove_signal_handler(100))

    def boom():
        raise ValueError('from the handler')
    loop.set_exception_handler(lambda loop, ctx: print('handler error:', ctx['exception']))
    loop.add_signal_handler(signal.SIGUSR2, boom)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    loop.remove_signal_handler(signal.SIGUSR2)
    print('done')


asyncio.run(main())
