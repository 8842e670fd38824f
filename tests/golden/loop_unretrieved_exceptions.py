# Errors nobody retrieved go through the loop's exception handler; without
# one, the default handler writes them (sys.stderr is sys.stdout here).
import os as _os
import sys as _sys

_HERE = _os.path.dirname(_os.path.abspath(__file__)) + _os.sep


class _HideDir:
    """The real stdout without this directory's path, which differs by machine."""

    def write(self, text):
        return _sys.__stdout__.write(text.replace(_HERE, ""))

    def flush(self):
        _sys.__stdout__.flush()


_sys.stdout = _HideDir()
import asyncio
import sys

sys.stderr = sys.stdout


async def fails(n):
    raise ValueError("failed %d" % n)


async def forgotten():
    t = asyncio.create_task(fails(1))
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    print("after del")


asyncio.run(forgotten())


async def future_forgotten():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("never looked at"))
    del fut
    print("after future del")


asyncio.run(future_forgotten())


# With a handler: the message and the exception reach it.
def handler(loop, ctx):
    print("handler:", ctx["message"], "|", repr(ctx.get("exception")))


async def with_handler():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(fails(2))
    await asyncio.sleep(0)
    del t
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(OSError("io"))
    del fut
    print("end of with_handler")


asyncio.run(with_handler())


# Retrieved exceptions are not reported.
async def retrieved():
    t = asyncio.create_task(fails(3))
    await asyncio.sleep(0)
    print("retrieved:", repr(t.exception()))
    del t


asyncio.run(retrieved())


# An exception left in a task when asyncio.run shuts down.
async def background():
    try:
        await asyncio.sleep(10)
    finally:
        raise RuntimeError("in finally")


async def leaves_task():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(leaves_task())
print("done")
