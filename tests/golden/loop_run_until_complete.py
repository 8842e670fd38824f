# run_until_complete with futures, tasks, coroutines and other awaitables.
import asyncio

loop = asyncio.new_event_loop()


async def double(x):
    await asyncio.sleep(0)
    return x * 2


print(loop.run_until_complete(double(4)))

task = loop.create_task(double(5), name="dbl")
print(task.get_name(), loop.run_until_complete(task))

fut = loop.create_future()
loop.call_soon(fut.set_result, "from future")
print(loop.run_until_complete(fut))
print(loop.run_until_complete(fut))


class Awaitable:
    def __await__(self):
        value = yield from asyncio.ensure_future(double(10))
        return value + 1


print(loop.run_until_complete(Awaitable()))


async def fails():
    await asyncio.sleep(0)
    raise ValueError("inside")


try:
    loop.run_until_complete(fails())
except ValueError as e:
    print(type(e).__name__, e)


async def stops():
    loop.stop()
    await asyncio.sleep(0.01)
    return "late"


t = loop.create_task(stops())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print(type(e).__name__, e)
print("task done?", t.done())
print(loop.run_until_complete(t))

for bad in [5, None, "text", [1]]:
    try:
        loop.run_until_complete(bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    loop.run_until_complete()
except TypeError as e:
    print(type(e).__name__, e)


async def nested():
    coro = double(1)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("nested", type(e).__name__, e)
    coro.close()
    return "ok"


print(loop.run_until_complete(nested()))

cancelled = loop.create_future()
loop.call_soon(cancelled.cancel)
try:
    loop.run_until_complete(cancelled)
except asyncio.CancelledError as e:
    print("CancelledError", repr(e))

loop.close()
coro = double(3)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print(type(e).__name__, e)
coro.close()
coro = double(1)
try:
    loop.create_task(coro)
except RuntimeError as e:
    print(type(e).__name__, e)
coro.close()
