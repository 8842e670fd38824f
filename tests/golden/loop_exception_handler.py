# The loop's exception handler: set/get, the contexts the loop builds, and
# the default handler's text (sys.stderr is sys.stdout here).
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
loop = asyncio.new_event_loop()
print(loop.get_exception_handler())


def boom(x):
    raise ValueError("boom %s" % x)


def handler(l, ctx):
    print("handler: same loop", l is loop)
    print("  keys", sorted(ctx))
    print("  message", ctx["message"])
    print("  exception", repr(ctx.get("exception")))
    if "handle" in ctx:
        print("  handle", type(ctx["handle"]).__name__, ctx["handle"].cancelled())


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(boom, 1)
loop.call_soon(loop.stop)
loop.run_forever()


async def main():
    fut = loop.create_future()
    fut.add_done_callback(boom)
    fut.set_result(3)
    await asyncio.sleep(0)
    await asyncio.sleep(0)


loop.run_until_complete(main())

# Direct calls go to the handler too.
loop.call_exception_handler({"message": "direct", "extra": 1})


# A handler that raises: reported by the default handler.
def bad_handler(l, ctx):
    raise KeyError("from handler")


class Capture:
    """Keeps what is written; tracebacks through asyncio's own files are
    not compared, only the first and last lines."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def show(self):
        lines = "".join(self.parts).splitlines()
        print("captured:", lines[0], "|", lines[-1])
        self.parts.clear()


capture = Capture()
loop.set_exception_handler(bad_handler)
sys.stderr = capture
loop.call_exception_handler({"message": "first"})
sys.stderr = sys.stdout
capture.show()
print("after bad handler")

# The default handler: message, the other keys sorted with their reprs,
# then the exception (here never raised, so without a traceback).
loop.set_exception_handler(None)
print(loop.get_exception_handler())
loop.call_exception_handler({"message": "hello", "zeta": 1, "alpha": [1, 2]})
loop.call_exception_handler({"exception": RuntimeError("r")})
loop.call_exception_handler({})
loop.call_exception_handler({"message": "", "future": "f"})
loop.default_exception_handler({"message": "called directly", "task": 3})
loop.call_exception_handler({"message": "with exc", "exception": KeyError("k"), "b": None})

# Errors of the default handler.
sys.stderr = capture
loop.call_exception_handler(5)
sys.stderr = sys.stdout
capture.show()
print("after bad context")
try:
    loop.default_exception_handler(5)
except AttributeError as e:
    print(type(e).__name__, e)

# Misuse.
for call in [
    lambda: loop.set_exception_handler(5),
    lambda: loop.set_exception_handler("handler"),
    lambda: loop.set_exception_handler(),
    lambda: loop.get_exception_handler(1),
    lambda: loop.call_exception_handler(),
    lambda: loop.default_exception_handler(),
]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


# A callable object is accepted.
class Recorder:
    def __call__(self, l, ctx):
        print("recorder", ctx["message"])


loop.set_exception_handler(Recorder())
loop.call_exception_handler({"message": "to the recorder"})
print(type(loop.get_exception_handler()).__name__)
loop.close()
