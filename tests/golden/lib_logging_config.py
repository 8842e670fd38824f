# logging.basicConfig: each argument, its errors and their order, force=,
# the do-nothing second call, and the module-level functions that call it.
import io
import logging
import sys

root = logging.root

def reset():
    for h in list(root.handlers):
        root.removeHandler(h)
    root.setLevel(logging.WARNING)

def show():
    for h in root.handlers:
        f = h.formatter
        print(" ", type(h).__name__, f and f._fmt, f and f.datefmt,
              f and type(f._style).__name__, h.stream is sys.stdout)
    print("  level", root.level)

print("-- errors")
for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(handlers=[logging.NullHandler()], filename="x.log"),
               dict(handlers=[logging.NullHandler()], stream=None),
               dict(style="x"), dict(style="x", stream=sys.stdout, filename="y"),
               dict(bogus=1, other=2), dict(stream=sys.stdout, level="LOUD"),
               dict(stream=sys.stdout, level="INFO", bogus=1),
               dict(stream=sys.stdout, format="no fields"),
               dict(stream=sys.stdout, format="{bad", style="{"),
               dict(stream=sys.stdout, level=[1])]:
    try:
        logging.basicConfig(**kwargs)
        print("ok", sorted(kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    print("  handlers", len(root.handlers), "level", root.level)
    reset()
try:
    logging.basicConfig(1)
except TypeError as e:
    print(type(e).__name__, e)

print("-- arguments")
logging.basicConfig(stream=sys.stdout)
show()
logging.info("below WARNING")
logging.warning("default %s", "format")
# Configured already: a second call changes nothing, even with bad input.
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(message)s", bogus=1)
show()
logging.basicConfig(stream=sys.stdout, format="{levelname}/{message}", style="{",
                    level="INFO", force=True)
show()
logging.info("brace %s", "style")
logging.basicConfig(stream=sys.stdout, format="$levelname/$name/$message", style="$",
                    datefmt="%Y", level=logging.DEBUG, force=True)
show()
logging.debug("dollar")
logging.basicConfig(style="$", force=True, stream=sys.stdout)
show()
logging.error("default $ format")
preset = logging.StreamHandler(sys.stdout)
preset.setFormatter(logging.Formatter("preset: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[preset, plain], format="given: %(message)s", force=True)
show()
logging.critical("two handlers")
logging.basicConfig(force=True, handlers=[], level="ERROR")
print(root.handlers, root.level)
logging.basicConfig(force=True, stream=None)
print(root.handlers[0].stream is sys.stderr)
reset()

print("-- module-level functions configure the root")
buf = io.StringIO()
real = sys.stderr
sys.stderr = buf
logging.warning("first call %d", 1)
sys.stderr = real
print(len(root.handlers), repr(buf.getvalue()), root.handlers[0].stream is buf)
reset()
root.addHandler(logging.StreamHandler(sys.stdout))
root.setLevel(logging.DEBUG)
for fn in [logging.debug, logging.info, logging.warning, logging.warn, logging.error,
           logging.critical, logging.fatal, logging.exception]:
    fn("via %s", fn.__name__)
logging.log(logging.INFO, "via log %s", "info")
logging.log(15, "level %d", 15)
try:
    logging.log("INFO", "bad level")
except TypeError as e:
    print(type(e).__name__, e)
logging.raiseExceptions = False
logging.log("INFO", "ignored")
logging.raiseExceptions = True
print(logging.fatal is logging.critical, logging.WARN, logging.FATAL, logging.NOTSET)
logging.captureWarnings(False)
