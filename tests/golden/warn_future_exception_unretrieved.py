# A future whose exception nobody retrieved says so when it goes away
# (Future.__del__); result(), exception() or awaiting it counts as
# retrieving, and so does a task's report of its own exception.
import asyncio


async def fails():
    raise KeyError('task')


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError('never raised'))
    del f
    print('dropped a future with an exception')
    for how in ('result', 'exception'):
        f = loop.create_future()
        f.set_exception(KeyError(how))
        try:
            getattr(f, how)()
        except KeyError:
            pass
        f = None
        print('retrieved by', how)
    f = loop.create_future()
    f.set_exception(KeyError('awaited'))
    try:
        await f
    except KeyError:
        pass
    f = None
    print('retrieved by await')
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    t = None
    print('a task reports once')

asyncio.run(main())
