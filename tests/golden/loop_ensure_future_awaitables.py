# ensure_future of futures, coroutines and objects with __await__;
# current_task / all_tasks with a loop given; Handle reprs of odd callbacks.
import asyncio
import sys

sys.stderr = sys.stdout


async def value(x):
    await asyncio.sleep(0)
    return x


class Awaitable:
    def __init__(self, x):
        self.x = x

    def __await__(self):
        got = yield from asyncio.ensure_future(value(self.x))
        return got * 100


class NotAwaitable:
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("same future", asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(value(1))
    print(type(t).__name__, asyncio.ensure_future(t) is t, await t)
    wrapped = asyncio.ensure_future(Awaitable(2))
    print(type(wrapped).__name__, isinstance(wrapped, asyncio.Task))
    print(await wrapped)
    print(await Awaitable(3))
    for bad in [None, 1, NotAwaitable(), value]:
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    me = asyncio.current_task()
    print("current", asyncio.current_task(loop) is me, asyncio.current_task(None) is me)
    print("all", me in asyncio.all_tasks(loop), len(asyncio.all_tasks()))
    fut.cancel()


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.ensure_future(Awaitable(4), loop=loop)))
print(loop.run_until_complete(asyncio.ensure_future(value(5), loop=loop)))
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
h = loop.call_soon(None)
print(repr(h))
seen = []
loop.set_exception_handler(lambda l, ctx: seen.append(ctx["message"]))
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)
loop.close()
coro = value(6)
try:
    asyncio.ensure_future(coro)
except RuntimeError as e:
    print(type(e).__name__, e)
coro.close()
