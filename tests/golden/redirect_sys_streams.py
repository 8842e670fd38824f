# print follows whatever sys.stdout is now; contextlib swaps the streams.
import contextlib
import io
import os
import sys

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, sep="-")
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.upper())
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


u = Upper()
sys.stdout = u
print("hello", "world", flush=True)
sys.stdout = saved
print(u.parts)

sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("back")

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("inside", target is buf)
    with contextlib.redirect_stdout(io.StringIO()):
        print("nested")
    print("after nested")
print(repr(buf.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    sys.stdout = saved
    print("AttributeError", e)

here = os.getcwd()
with contextlib.chdir(os.path.dirname(os.path.abspath(__file__))):
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == here)
try:
    os.chdir("/no/such/dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
