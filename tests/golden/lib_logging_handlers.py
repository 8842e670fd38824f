# logging handlers: the base Handler, names, StreamHandler's stream and
# terminator, handleError's report (on a captured stderr), lastResort and
# its absence, NullHandler, FileHandler with delay, and shutdown.
import io
import logging
import os
import sys
import tempfile

def rec(msg, args=(), level=logging.WARNING):
    return logging.LogRecord("hd", level, "/src/mod.py", 12, msg, args, None)

print("-- Handler")
h = logging.Handler()
print(repr(h), h.level, h.name, h.formatter, h.filters)
try:
    h.emit(rec("x"))
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    h.handle(rec("x"))
except NotImplementedError as e:
    print(type(e).__name__, e)
print(h.format(rec("default %s", ("format",))))
h.setFormatter(logging.Formatter("<%(message)s>"))
print(h.format(rec("own")))
h.name = "first"
print(h.name, h.get_name(), "first" in logging._handlers)
h.set_name("second")
print(h.name, "first" in logging._handlers, logging._handlers["second"] is h)
h.close()
print("second" in logging._handlers, h.name)
h.acquire()
h.release()
h.flush()
print(repr(logging.Handler(logging.ERROR)), repr(logging.Handler("DEBUG")))
try:
    logging.Handler("NOPE")
except ValueError as e:
    print(type(e).__name__, e)

print("-- StreamHandler")
buf = io.StringIO()
s = logging.StreamHandler(buf)
print(repr(s), s.terminator, s.stream is buf)
s.emit(rec("one"))
s.terminator = " | "
s.emit(rec("two"))
other = io.StringIO()
print(s.setStream(buf), s.setStream(other) is buf)
s.emit(rec("three"))
print(repr(buf.getvalue()), repr(other.getvalue()))
print(repr(logging.StreamHandler(sys.stdout)), logging.StreamHandler().stream is sys.stderr)
class Named:
    name = 42
    def write(self, text):
        sys.stdout.write("named:" + text)
print(repr(logging.StreamHandler(Named())))
logging.StreamHandler(Named()).emit(rec("via write"))

print("-- handleError")
err = io.StringIO()
real_err = sys.stderr
sys.stderr = err
out = logging.StreamHandler(sys.stdout)
out.emit(rec("bad %d", ("text",)))
out.emit(rec("too many", (1,)))
out.emit(rec("%(k)s", ({"j": 1},)))
logging.raiseExceptions = False
out.emit(rec("silent %d", ("x",)))
logging.raiseExceptions = True
class Broken:
    def write(self, text):
        raise OSError("disk full")
logging.StreamHandler(Broken()).emit(rec("lost"))
sys.stderr = real_err
for block in err.getvalue().split("--- Logging error ---\n")[1:]:
    lines = block.splitlines()
    stack = lines.index("Call stack:")
    print(lines[0], "|", lines[stack - 1], "|", lines[-2:])

print("-- lastResort")
sys.stderr = err = io.StringIO()
lonely = logging.getLogger("lonely")
lonely.warning("to last resort %s", "here")
lonely.info("below its level")
saved = logging.lastResort
print(saved.level, repr(saved), type(saved).__name__)
logging.lastResort = None
lonely.error("nothing then a notice")
lonely.error("notice only once")
print(logging.Logger.manager.emittedNoHandlerWarning)
logging.lastResort = saved
sys.stderr = real_err
print(repr(err.getvalue()))

print("-- NullHandler")
n = logging.NullHandler()
print(repr(n), n.handle(rec("x")), n.emit(rec("x")), n.lock)
quiet = logging.getLogger("quiet")
quiet.addHandler(n)
quiet.error("swallowed")
print(quiet.hasHandlers())

print("-- FileHandler")
d = tempfile.mkdtemp()
path = os.path.join(d, "log.txt")
fh = logging.FileHandler(path, delay=True)
print(fh.stream, os.path.exists(path), fh.mode, fh.encoding, fh.delay, fh.errors)
print(repr(fh) == "<FileHandler %s (NOTSET)>" % os.path.abspath(path))
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
fh.emit(rec("first"))
print(os.path.exists(path), fh.stream is not None)
fh.close()
print(fh.stream)
fh.emit(rec("reopened in append mode"))
fh.close()
fw = logging.FileHandler(path, "w", encoding="utf-8")
print(fw.encoding)
fw.emit(rec("overwritten"))
fw.close()
fw.emit(rec("not written: closed in w mode"))
with open(path) as f:
    print(repr(f.read()))
fa = logging.FileHandler(path)
fa.emit(rec("appended by a handler shutdown closes"))
logging.shutdown()
print(fa.stream)
with open(path) as f:
    print(repr(f.read()))
try:
    logging.FileHandler(os.path.join(d, "missing", "x.log"))
except OSError as e:
    print(type(e).__name__)
os.remove(path)
os.rmdir(d)
