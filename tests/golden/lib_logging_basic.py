# logging: basicConfig to stdout, levels, the logger hierarchy, propagation,
# filters, the three format styles, LoggerAdapter and level names.
import logging
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s|%(name)s|%(message)s")
root = logging.getLogger()
print(root is logging.root, logging.getLogger(None) is root, repr(root))
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warning %r", [3])
logging.error("error %(a)s/%(b)s", {"a": 1, "b": 2})
logging.critical("critical")
logging.log(25, "level 25")

# Hierarchy: a child made before its parent still gets it.
child = logging.getLogger("a.b.c")
print(child.parent is root)
a = logging.getLogger("a")
print(child.parent is a, a.parent is root)
ab = logging.getLogger("a.b")
print(child.parent is ab, ab.parent is a)
print(a.getChild("b") is ab, root.getChild("x") is logging.getLogger("x"))
print(repr(child), child.getEffectiveLevel())
a.setLevel(logging.ERROR)
print(repr(child), child.getEffectiveLevel(), child.isEnabledFor(logging.WARNING))
child.warning("dropped")
child.error("kept %s", "error")
a.setLevel("INFO")
print(a.level, logging.getLevelName(a.level))

# Propagation and several handlers.
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("A-HANDLER %(name)s: %(message)s"))
a.addHandler(h)
child.info("to both")
a.propagate = False
child.info("only a")
print(child.hasHandlers(), logging.getLogger("zz").hasHandlers())
a.propagate = True
a.removeHandler(h)
child.info("root only again")
h.setLevel(logging.ERROR)
a.addHandler(h)
child.warning("handler level blocks")
child.error("handler level passes")
a.removeHandler(h)

# Filters: objects, Filter(name) and plain callables.
f = logging.Filter("a.b")
rec = logging.LogRecord("a.b.c", logging.INFO, "x.py", 3, "m", (), None)
print(f.filter(rec), logging.Filter("a.bc").filter(rec), logging.Filter().filter(rec))
class Odd:
    def filter(self, record):
        return "odd" in record.getMessage()
flt = Odd()
root.handlers[0].addFilter(flt)
logging.info("even message")
logging.info("odd message")
root.handlers[0].removeFilter(flt)
def no_secrets(record):
    return "secret" not in record.msg
ab.addFilter(no_secrets)
ab.info("a secret")
ab.info("public")
ab.removeFilter(no_secrets)

# Styles.
for style, fmt in [("%", "%(levelname)-8s[%(name)s] %(message)s"),
                   ("{", "{levelname:>8} {name!r} {message}"),
                   ("$", "$levelname ${name}: $message $$")]:
    h2 = logging.StreamHandler(sys.stdout)
    h2.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger("style" + style)
    lg.propagate = False
    lg.addHandler(h2)
    lg.warning("styled %s", style)
print(logging.Formatter()._fmt, logging.Formatter(style="{")._fmt, logging.BASIC_FORMAT)
fm = logging.Formatter("%(asctime)s %(msecs)03d %(message)s", datefmt="%Y/%m/%d %H:%M")
fm.converter = time.gmtime
r = logging.makeLogRecord({"msg": "fixed", "created": 86400 * 365.25 + 0.25, "msecs": 250.0})
print(fm.format(r), fm.usesTime(), logging.Formatter("%(message)s").usesTime())
fm2 = logging.Formatter("{asctime} {message}", style="{")
fm2.converter = time.gmtime
print(fm2.format(r), fm2.formatTime(r, "%H"))
print(logging.Formatter("%(name)s", defaults={"x": 1}).format(logging.makeLogRecord({"name": "n"})))

# Records.
rec = logging.LogRecord("n", logging.WARNING, "/p/mod.py", 7, "%s+%s", (1, 2), None, "fn")
print(rec.getMessage(), rec.levelname, rec.levelno, rec.filename, rec.module, rec.lineno, rec.funcName)
print(rec.name, rec.args, rec.exc_info, rec.exc_text, rec.stack_info, rec.processName)
print(repr(rec))
print(type(rec.created).__name__, type(rec.msecs).__name__, type(rec.process).__name__)
print(logging.LogRecord("n", 10, "p", 1, "%(k)s", ({"k": "v"},), None).getMessage())

# LoggerAdapter and extra.
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
xl = logging.getLogger("extra")
xl.propagate = False
xl.addHandler(h3)
xl.info("with extra", extra={"user": "ann"})
ad = logging.LoggerAdapter(xl, {"user": "bob"})
ad.warning("adapted %d", 5)
print(repr(ad), ad.isEnabledFor(logging.DEBUG), ad.name, ad.manager is logging.Logger.manager)
Adapter(logging.getLogger("adapt"), {"conn": 9}).error("custom process")
try:
    xl.info("clash", extra={"msg": 1})
except KeyError as e:
    print("KeyError", e)

# Level names.
print(logging.getLevelName(logging.WARNING), logging.getLevelName("ERROR"),
      logging.getLevelName(15), logging.getLevelName("BOGUS"), logging.WARN, logging.FATAL)
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
logging.log(15, "verbose message")
print(logging.getLevelNamesMapping()["VERBOSE"])

# disable, handler reprs, logger class.
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("not disabled")
logging.disable(logging.NOTSET)
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()), repr(h2))
print(logging.getLoggerClass() is logging.Logger)
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__)
logging.setLoggerClass(logging.Logger)
n = logging.getLogger("nulled")
n.addHandler(logging.NullHandler())
n.propagate = False
n.error("nothing")
logging.captureWarnings(True)
logging.shutdown()
