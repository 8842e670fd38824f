# Task and Future reprs as CPython 3.11 prints them: the line a coroutine
# is suspended at (its frame's f_lineno), the forms for not started, done,
# failed, cancelling and cancelled tasks, and the done callbacks.
import asyncio


def deco(f):
    return f


@deco
async def decorated():
    await asyncio.sleep(0)


async def inner(fut):
    show('inner sees', asyncio.current_task())
    await asyncio.sleep(0)
    await fut
    return 'x' * 50


async def outer(fut):
    x = 1
    r = await inner(
        fut)
    return r


async def fails():
    raise ValueError('v')


def module_cb(fut):
    pass


async def big():
    return 12345678901234567890123456789012345678901234567890


def show(label, obj):
    # The script's path depends on the checkout: print only its file name.
    parts = []
    for part in repr(obj).split(' '):
        if '/' in part:
            part = part[part.rindex('/') + 1:]
        parts.append(part)
    print(label, ' '.join(parts))


class Holder:
    def method(self, fut):
        pass


async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(outer(f), name='T')
    show('not started:', t)
    await asyncio.sleep(0)
    show('after one step:', t)
    await asyncio.sleep(0)
    show('waiting:', t)
    f.add_done_callback(print)
    show('two callbacks:', t)
    f.add_done_callback(lambda fut: None)
    f.add_done_callback(Holder().method)
    show('four callbacks:', f)
    f.add_done_callback(module_cb)
    show('five callbacks:', f)
    f.set_result(3)
    show('future done:', t)
    await asyncio.sleep(0)
    show('done:', t)
    d = asyncio.create_task(decorated(), name='D')
    show('decorated, not started:', d)
    await d
    b = asyncio.create_task(fails())
    await asyncio.sleep(0)
    show('failed:', b)
    b.exception()
    c = asyncio.create_task(fails())
    c.cancel()
    show('cancel requested:', c)
    await asyncio.sleep(0)
    show('cancelled:', c)
    r = asyncio.create_task(big())
    await r
    show('long int result:', r)
    fut = asyncio.Future()
    fut.cancel()
    show('', fut)
    fut = asyncio.Future()
    fut.set_exception(KeyError('x'))
    show('', fut)
    fut.exception()
    fut = asyncio.Future()
    fut.set_result([1, 'two'])
    show('', fut)
    fut = asyncio.Future()
    fut.set_result('short')
    show('', fut)

    w = asyncio.create_task(walker(), name='W')
    for i in range(6):
        await asyncio.sleep(0)
        show(f'walker step {i}:', w)
    await w


async def one():
    await asyncio.sleep(0)
    return 1


async def walker():
    for i in range(2):
        await asyncio.sleep(0)
    try:
        x = await one() + await one()
    finally:
        async with asyncio.Lock():
            await asyncio.sleep(0)


asyncio.run(main())
