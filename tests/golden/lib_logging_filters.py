# logging filters and handler levels: the Filter name-prefix rule, filter
# objects and callables on loggers and handlers, what handle() returns, and
# the order of checks a record goes through.
import logging
import sys

def rec(name, level=logging.INFO, msg="m"):
    return logging.LogRecord(name, level, "f.py", 1, msg, (), None)

print("-- Filter names")
for fname in ["", "a", "a.b", "a.b.c", "a.bc", "b", "a."]:
    f = logging.Filter(fname)
    print(repr(fname), f.name, f.nlen,
          [f.filter(rec(n)) for n in ["a", "a.b", "a.b.c", "a.bc", "ab", "b.a", "a.b.c.d"]])
print(logging.Filter().filter(rec("")), logging.Filter("x").filter(rec("")))

print("-- Filterer")
fl = logging.Filterer()
print(fl.filters, fl.filter(rec("x")))
def deny(record):
    return 0
def allow(record):
    return "yes"
fl.addFilter(allow)
fl.addFilter(allow)
print(len(fl.filters), repr(fl.filter(rec("x"))))
fl.addFilter(deny)
print(len(fl.filters), repr(fl.filter(rec("x"))))
fl.removeFilter(deny)
fl.removeFilter(deny)
print(len(fl.filters), fl.filter(rec("x")))

class Counting:
    def __init__(self, verdict):
        self.verdict = verdict
        self.seen = []
    def filter(self, record):
        self.seen.append(record.getMessage())
        return self.verdict
    def __call__(self, record):
        raise AssertionError("filter() wins over __call__")

print("-- handler filters and levels")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)s] %(name)s %(message)s"))
print(repr(h.handle(rec("x", msg="no filters"))))
c = Counting(True)
h.addFilter(c)
print(repr(h.handle(rec("x", msg="counted"))), c.seen)
c.verdict = []
print(repr(h.handle(rec("x", msg="refused"))), c.seen)
h.removeFilter(c)
h.addFilter(logging.Filter("app"))
print(h.handle(rec("app.db", msg="prefix ok")), h.handle(rec("apps", msg="prefix no")))
h.filters.clear()
h.setLevel(logging.ERROR)
print(h.level, repr(h))
# handle() ignores the handler's level; Logger.callHandlers checks it.
print(h.handle(rec("x", logging.DEBUG, "handle() ignores level")))
h.setLevel("INFO")
print(h.level)
try:
    h.setLevel("LOUD")
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.StreamHandler(sys.stdout).setLevel([])
except TypeError as e:
    print(type(e).__name__, e)

print("-- through a logger")
log = logging.getLogger("app")
log.propagate = False
log.setLevel(logging.DEBUG)
low = logging.StreamHandler(sys.stdout)
low.setFormatter(logging.Formatter("low %(levelname)s %(message)s"))
high = logging.StreamHandler(sys.stdout)
high.setFormatter(logging.Formatter("high %(levelname)s %(message)s"))
high.setLevel(logging.WARNING)
log.addHandler(low)
log.addHandler(high)
log.debug("d")
log.warning("w")
logger_filter = Counting(False)
log.addFilter(logger_filter)
handler_filter = Counting(True)
high.addFilter(handler_filter)
log.error("stopped by the logger's filter")
print(logger_filter.seen, handler_filter.seen)
log.removeFilter(logger_filter)
log.info("info skips the high handler's filter")
log.error("error reaches it")
print(handler_filter.seen)

# A child's records meet the parent's handlers but not its filters.
child = logging.getLogger("app.child")
log.addFilter(lambda r: False)
child.warning("parent filters do not apply to propagated records")
log.filters.clear()

# The record is built once and shared by every handler.
seen = []
class Keep(logging.Handler):
    def emit(self, record):
        seen.append(record)
k1, k2 = Keep(), Keep()
log.addHandler(k1)
log.addHandler(k2)
log.info("shared %s", "record")
print(len(seen), seen[0] is seen[1], seen[0].getMessage(), repr(k1))
