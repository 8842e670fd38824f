# logging's LogRecord: its attributes, the one-mapping argument rule,
# getMessage, makeLogRecord, record factories, makeRecord's extra= and the
# exc_info forms a logging call accepts.
import logging
import sys

r = logging.LogRecord("rec.name", logging.ERROR, "/x/y/module.py", 42,
                      "%s and %s", ("a", "b"), None, "func", "stack text")
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno)
print(r.funcName, r.msg, r.args, r.exc_info, r.exc_text, r.stack_info)
print(r.getMessage(), repr(r), str(r) == repr(r))
print(list(vars(r)))
print(type(r.created).__name__, r.msecs == int(r.msecs), 0 <= r.msecs < 1000,
      r.relativeCreated > 0, r.threadName, r.processName, r.process > 0)
print(logging.LogRecord("n", 10, "p", 1, "m", (), None, extra_kw=1).name)

print("-- arguments")
def message(msg, args):
    try:
        rec = logging.LogRecord("n", 20, "p", 1, msg, args, None)
        return repr(rec.args), repr(rec.getMessage())
    except Exception as e:
        return type(e).__name__, str(e)
cases = [("%(k)s", ({"k": "v"},)), ("%s", ({},)), ("%s", ({"k": 1}, 2)),
         ("%(k)s", [{"k": "list"}]), ("no args", ()), ("no args", None),
         ("%s", ("one",)), ("%d%%", (5,)), ("%s", (None,)), ("%r", ([1],)),
         ("100%", ()), ("%s", "text"), ("%(k)s", {"k": 1}),
         ("%s %s", ("only",)), ("%d", ("x",)), (42, ()), (["%s"], ("x",)),
         ("%(a)s %(b)s", ({"a": 1},))]
for msg, args in cases:
    print(repr(msg), repr(args), *message(msg, args))
class Msg:
    def __str__(self):
        return "object message %s"
print(logging.LogRecord("n", 20, "p", 1, Msg(), (7,), None).getMessage())

print("-- level names in records")
for level in [0, 5, 10, 25, 50, 51, None, "INFO"]:
    print(repr(level), repr(logging.LogRecord("n", level, "p", 1, "m", (), None).levelname))
print(repr(logging.LogRecord("n", 1, None, 1, "m", (), None).filename),
      logging.LogRecord("n", 1, None, 1, "m", (), None).module,
      logging.LogRecord("n", 1, "", 1, "m", (), None).module,
      logging.LogRecord("n", 1, "a/b.tar.gz", 1, "m", (), None).module)

print("-- makeLogRecord")
m = logging.makeLogRecord({"msg": "made %d", "args": (3,), "custom": [1]})
print(m.getMessage(), m.custom, m.name, m.levelno, m.levelname, m.pathname,
      m.lineno, m.funcName, m.args)
print(repr(logging.makeLogRecord({})))

print("-- factories")
print(logging.getLogRecordFactory() is logging.LogRecord)
made = []
def factory(*args, **kwargs):
    record = logging.LogRecord(*args, **kwargs)
    record.tag = "tagged"
    made.append(len(args))
    return record
logging.setLogRecordFactory(factory)
log = logging.getLogger("rec")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(tag)s %(levelname)s %(message)s"))
log.addHandler(h)
log.warning("through the factory")
print(made, logging.makeLogRecord({"msg": "x"}).tag)
logging.setLogRecordFactory(logging.LogRecord)

print("-- makeRecord and extra")
rr = log.makeRecord("nm", 30, "fn.py", 9, "m %s", ("a",), None, "f", {"user": "u"}, None)
print(rr.name, rr.user, rr.getMessage(), rr.funcName, rr.filename)
for key in ["message", "asctime", "name", "levelno", "msg", "args", "created", "new"]:
    try:
        log.makeRecord("nm", 30, "fn.py", 9, "m", (), None, extra={key: 1})
        print(key, "allowed")
    except KeyError as e:
        print(key, type(e).__name__, e)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s %(who)s"))
log.warning("extra %s", "fields", extra={"who": "me"})

print("-- exc_info forms")
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
class Keep(logging.Handler):
    def emit(self, record):
        info = record.exc_info
        if isinstance(info, tuple):
            info = (getattr(info[0], "__name__", None), repr(info[1]), len(info))
        print(record.getMessage(), repr(info))
log.handlers = [Keep()]
log.error("none")
log.error("false", exc_info=False)
log.error("zero", exc_info=0)
log.error("true outside except", exc_info=True)
try:
    raise KeyError("k")
except KeyError as e:
    log.error("true", exc_info=True)
    log.error("one", exc_info=1)
    log.error("instance", exc_info=ValueError("v"))
    log.error("tuple", exc_info=sys.exc_info())
    log.exception("exception()")
    log.exception("exception(exc_info=False)", exc_info=False)
