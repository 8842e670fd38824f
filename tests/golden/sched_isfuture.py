import asyncio


class Duck:
    _asyncio_future_blocking = False


class NotYet:
    _asyncio_future_blocking = None


class Plain:
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(asyncio.sleep(0))
    coro = asyncio.sleep(0)
    d = NotYet()
    d._asyncio_future_blocking = True
    for obj in (fut, task, Duck(), NotYet(), d, Plain(), coro, None, 1, asyncio.Future):
        print(type(obj).__name__, asyncio.isfuture(obj))
    await coro
    await task
    try:
        asyncio.isfuture()
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.isfuture(1, 2)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
