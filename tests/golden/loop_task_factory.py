# set_task_factory / get_task_factory, create_task(name=), create_future,
# ensure_future on a loop, current_task(loop) / all_tasks(loop).
import asyncio

loop = asyncio.new_event_loop()
print(loop.get_task_factory())
made = []


def factory(l, coro, **kwargs):
    made.append(coro.__name__)
    print("factory: same loop", l is loop, type(coro).__name__, kwargs)
    return asyncio.Task(coro, loop=l)


loop.set_task_factory(factory)
print(loop.get_task_factory() is factory)


async def work(x):
    await asyncio.sleep(0)
    return x + 1


t = loop.create_task(work(1), name="named")
print(t.get_name(), loop.run_until_complete(t))
print(loop.run_until_complete(work(2)))


async def main():
    inner = asyncio.create_task(work(3), name="inner")
    print("inner", inner.get_name(), await inner)
    ensured = asyncio.ensure_future(work(4))
    print("ensured", await ensured)
    print("current", asyncio.current_task(loop) is asyncio.current_task())
    print("all", len(asyncio.all_tasks(loop)))
    return "main done"


print(loop.run_until_complete(main()))
print(made)


# A factory may return any future.
def future_factory(l, coro):
    coro.close()
    fut = l.create_future()
    l.call_soon(fut.set_result, "not run")
    return fut


loop.set_task_factory(future_factory)
print(loop.run_until_complete(work(5)))
loop.set_task_factory(None)
print(loop.get_task_factory())
t = loop.create_task(work(6))
print(type(t).__name__, loop.run_until_complete(t))

for call in [
    lambda: loop.set_task_factory(3),
    lambda: loop.set_task_factory("f"),
    lambda: loop.set_task_factory(),
    lambda: loop.get_task_factory(None),
]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

for bad in [None, 3]:
    try:
        loop.create_task(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# create_future and the Future methods that belong to the loop.
f = loop.create_future()
print(type(f).__name__, f.get_loop() is loop, f._asyncio_future_blocking, f.done())
for call in [f.result, f.exception]:
    try:
        call()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
f.set_result(1)
for call in [lambda: f.set_result(2), lambda: f.set_exception(ValueError())]:
    try:
        call()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
try:
    loop.create_future(1)
except TypeError as e:
    print(type(e).__name__, e)

# Outside a running loop, with the loop given.
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
loop.close()
