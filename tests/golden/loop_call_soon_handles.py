# call_soon / call_later / call_at: handles, their reprs, and argument checks.
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

loop = asyncio.new_event_loop()


def show(*args):
    print("called", args)


h = loop.call_soon(show, 1, "two")
print(type(h).__name__, isinstance(h, asyncio.Handle), h.cancelled())
print(repr(h))
h2 = loop.call_soon(show, 3)
h2.cancel()
print(h2.cancelled(), repr(h2))
h2.cancel()
th = loop.call_at(12345.5, show, "timer")
print(type(th).__name__, isinstance(th, asyncio.TimerHandle), isinstance(th, asyncio.Handle))
print(th.when(), repr(th))
th.cancel()
print(repr(th), th.cancelled())
lh = loop.call_later(1000, show)
print(lh.when() > loop.time(), lh.cancelled())
lh.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
print(repr(h))

# Order: call_soon FIFO, timers by deadline, past deadlines count as due.
order = []
loop.call_at(loop.time() + 0.002, order.append, "t2")
loop.call_at(loop.time() + 0.001, order.append, "t1")
loop.call_later(-5, order.append, "past")
loop.call_soon(order.append, "soon1")
loop.call_soon(order.append, "soon2")
loop.call_later(0.01, loop.stop)
loop.run_forever()
print(order)

# Argument errors (checked without debug mode).
async def coro_func():
    pass


for call in [
    lambda: loop.call_soon(),
    lambda: loop.call_later(1),
    lambda: loop.call_later(),
    lambda: loop.call_at(),
    lambda: loop.call_later("soon", show),
    lambda: loop.call_at(None, show),
    lambda: loop.call_soon(show, key=1),
]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

# Without debug mode, a bad callback fails only when it runs.
seen = []
loop.set_exception_handler(lambda l, ctx: seen.append(ctx["message"]))
loop.call_soon(42)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)

# In debug mode the loop checks callbacks when they are scheduled.
loop.set_debug(True)
print("debug", loop.get_debug())
for method, lead in [("call_soon", ()), ("call_later", (1,)), ("call_at", (1,))]:
    for bad in [1, None, coro_func, "text"]:
        try:
            getattr(loop, method)(*lead, bad)
        except TypeError as e:
            print(method, type(e).__name__, e)
    c = coro_func()
    try:
        getattr(loop, method)(*lead, c)
    except TypeError as e:
        print(method, type(e).__name__, e)
    c.close()
loop.set_debug(False)

loop.close()
for call in [lambda: loop.call_soon(show), lambda: loop.call_later(1, show), lambda: loop.call_at(1, show)]:
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e)
