# logging's errors for bad configuration, levels and formats.
import io
import logging
import sys

for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(handlers=[logging.NullHandler()], filename="x.log"),
               dict(style="x"),
               dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
    logging.basicConfig(force=True, stream=sys.stdout)
    logging.root.handlers.clear()

log = logging.getLogger("m")
for level in ["BOGUS", 1.5, None]:
    try:
        log.setLevel(level)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
for fmt, style in [("%(message)s", "x"), ("plain", "%"), ("plain", "{"),
                   ("plain", "$"), ("{a.b}", "{"), ("{x", "{"), ("{a[0]} {b}", "{"), ("{a-b}", "{"), ("x{", "{"), ("{a!r:>4}", "{")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", fmt)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)

# A record missing a field the format names.
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(nothere)s"))
try:
    h.format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError:", e)

# A bad %-format in the message goes to handleError, which writes to stderr
# and does not raise; with raiseExceptions off it is silent.
out = logging.getLogger("bad")
out.propagate = False
out.addHandler(logging.StreamHandler(sys.stdout))
err = sys.stderr
logging.raiseExceptions = False
out.error("bad %d", "text")
out.error("too many", 1)
logging.raiseExceptions = True
out.error("fine %d", 3)

# basicConfig with a file, and level by name.
import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "out.log")
logging.basicConfig(filename=path, filemode="w", level="INFO", format="%(levelname)s %(message)s", force=True)
logging.info("to the file")
logging.debug("not in the file")
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.baseFilename == os.path.abspath(path), fh.mode, logging.root.level)
logging.shutdown()
with open(path) as f:
    print(repr(f.read()))
fh2 = logging.FileHandler(path)
lg = logging.getLogger("file")
lg.propagate = False
lg.addHandler(fh2)
lg.warning("appended")
fh2.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)
