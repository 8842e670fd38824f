# Which of the methods of futures and tasks are there, through dir(),
# hasattr() and the types themselves.
import asyncio

FUTURE = ['add_done_callback', 'cancel', 'cancelled', 'done', 'exception',
          'get_loop', 'remove_done_callback', 'result', 'set_exception',
          'set_result']
TASK = FUTURE + ['cancelling', 'get_coro', 'get_name', 'set_name', 'uncancel']
OTHER = ['append', 'send', 'throw', 'gi_running', 'cr_running', 'wait']


def present(obj, names):
    return [n for n in names if hasattr(obj, n)]


def listed(obj, names):
    return [n for n in names if n in dir(obj)]


async def work():
    await asyncio.sleep(0)
    return 'w'


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(work(), name='worker')
    print(present(fut, TASK + OTHER))
    print(listed(fut, TASK + OTHER))
    print(present(task, TASK + OTHER))
    print(listed(task, TASK + OTHER))
    print(present(asyncio.Future, TASK))
    print(present(asyncio.Task, TASK))
    print(dir(task) == sorted(dir(task)))
    print(type(fut.done).__name__, type(task.get_name).__name__)
    print(repr(asyncio.Future.done), repr(asyncio.Task.get_name))
    # Unbound methods from the types.
    print(asyncio.Future.done(fut), asyncio.Task.get_name(task))
    print(asyncio.Future.cancelled(task), asyncio.Task.done(task))
    fut.set_result(1)
    print(asyncio.Future.result(fut), fut.exception())
    print(await task, asyncio.Future.result(task), task.get_coro().__name__)
    try:
        asyncio.Future.done(5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Task.cancelling(fut)
    except TypeError as e:
        print(type(e).__name__, e)
    for name in ['gi_code', 'nonesuch']:
        try:
            getattr(task, name)
            print(name, 'present')
        except AttributeError as e:
            print(name, type(e).__name__)
    # A bound method is rebound each time, and calls through.
    m = task.get_name
    task.set_name('renamed')
    print(m(), task.get_name is not task.get_name)


asyncio.run(main())
