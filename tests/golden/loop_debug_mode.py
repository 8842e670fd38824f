# Debug mode: set_debug/get_debug, slow callbacks reported with their
# handle, handles that remember where they were made.
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
import time


class Capture:
    """Keeps what is written; the measured duration is not compared."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def show(self):
        for line in "".join(self.parts).splitlines():
            print("logged:", line.split(" took ")[0], "took", "seconds" in line)
        self.parts.clear()


capture = Capture()


def slow():
    time.sleep(0.15)


def quick():
    pass


async def main():
    loop = asyncio.get_running_loop()
    print("debug", loop.get_debug(), loop.slow_callback_duration)
    sys.stderr = capture
    loop.call_soon(slow)
    loop.call_soon(quick)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    sys.stderr = sys.__stderr__
    capture.show()
    loop.slow_callback_duration = 1.0
    sys.stderr = capture
    loop.call_soon(slow)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    sys.stderr = sys.__stderr__
    print("nothing logged above 1.0:", capture.parts == [])
    h = loop.call_soon(quick)
    print(repr(h))
    h.cancel()
    print(repr(h))


asyncio.run(main(), debug=True)

loop = asyncio.new_event_loop()
print("default", loop.get_debug())
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(0)
print(repr(loop.get_debug()))
loop.set_debug("yes")
print(repr(loop.get_debug()))
loop.set_debug(False)
try:
    loop.set_debug()
except TypeError as e:
    print(type(e).__name__, e)
try:
    loop.get_debug(1)
except TypeError as e:
    print(type(e).__name__, e)
loop.close()

with asyncio.Runner(debug=False) as r:
    print("runner", r.get_loop().get_debug())
