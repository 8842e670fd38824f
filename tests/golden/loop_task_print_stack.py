# Task.print_stack: the frame of a suspended task, the traceback of a
# failed one, nothing for a cancelled one.
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


async def inner():
    await asyncio.sleep(1)


async def outer():
    await inner()


async def bad():
    def f():
        raise ValueError("v")

    f()


class Writer:
    def write(self, text):
        sys.stdout.write(text.replace("Stack", "STACK"))


async def main():
    t = asyncio.create_task(outer(), name="T")
    t.print_stack(file=sys.stdout)
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    t.print_stack(limit=1, file=sys.stdout)
    t.print_stack(limit=0, file=sys.stdout)
    t.print_stack(limit=-1, file=sys.stdout)
    t.print_stack(file=Writer())
    for call in [
        lambda: t.print_stack(limit="x", file=sys.stdout),
        lambda: t.print_stack(1, 2, 3),
        lambda: t.print_stack(None, sys.stdout),
        lambda: t.print_stack(0),
        lambda: t.print_stack(colour=1),
    ]:
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
    sys.stderr = sys.stdout
    t.print_stack()
    sys.stderr = sys.__stderr__
    t.cancel()
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)

    t2 = asyncio.create_task(bad(), name="bad")
    await asyncio.sleep(0)
    t2.print_stack(file=sys.stdout)
    t2.print_stack(limit=1, file=sys.stdout)
    t2.print_stack(limit=0, file=sys.stdout)
    t2.exception()

    t3 = asyncio.create_task(bad(), name="never ran")
    t3.cancel()
    await asyncio.sleep(0)
    t3.print_stack(file=sys.stdout)

    async def done():
        return 1

    t4 = asyncio.create_task(done(), name="done")
    await t4
    t4.print_stack(file=sys.stdout)


asyncio.run(main())
