# logging.LoggerAdapter: extra= on every call, process() overrides, the
# methods it forwards to its logger, and its repr.
import logging
import sys

log = logging.getLogger("svc")
log.propagate = False
log.setLevel(logging.INFO)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(ctx)s] %(message)s"))
log.addHandler(h)

ad = logging.LoggerAdapter(log, {"ctx": "req-1"})
print(repr(ad), ad.logger is log, ad.extra, ad.name, ad.manager is log.manager)
ad.debug("below the level")
ad.info("info %s", "one")
ad.warning("warning %d", 2)
ad.error("error %(x)s", {"x": "mapped"})
ad.critical("critical")
ad.log(35, "level %s", 35)
try:
    raise ValueError("inside")
except ValueError:
    class LastLine(logging.Formatter):
        def formatException(self, ei):
            return "exception: %s %r" % (ei[0].__name__, ei[1])
    h.setFormatter(LastLine("%(levelname)s [%(ctx)s] %(message)s"))
    ad.exception("exception()")
    ad.error("error(exc_info=True)", exc_info=True)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(ctx)s] %(message)s"))

print("-- extra is replaced, not merged")
ad.info("call extra", extra={"ctx": "ignored"})
print(logging.LoggerAdapter(log).extra)

print("-- forwarding")
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.DEBUG)
print(log.level, repr(ad), ad.isEnabledFor(logging.DEBUG))
ad.debug("now shown")
ad.setLevel("WARNING")
print(repr(ad))
logging.disable(logging.ERROR)
ad.error("disabled")
logging.disable(logging.NOTSET)

print("-- process()")
class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["ctx"] = self.extra["id"]
        return "<%s> %s" % (self.extra["id"], msg), kwargs
p = Prefixed(log, {"id": 7})
p.warning("custom %s", "process")
p.info("not enabled: process is not called")
calls = []
class Counting(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        calls.append(msg)
        return super().process(msg, kwargs)
c = Counting(log, {"ctx": "c"})
c.info("skipped")
c.error("kept")
print(calls)

print("-- adapters of adapters, and manager")
outer = logging.LoggerAdapter(ad, {"ctx": "outer"})
outer.error("outer wins: the inner adapter replaces extra again")
print(repr(outer), outer.name, outer.manager is log.manager)
other = logging.Manager(logging.RootLogger(logging.WARNING))
ad.manager = other
print(log.manager is other)
ad.manager = logging.Logger.manager
print(log.manager is logging.Logger.manager)
try:
    ad.name = "x"
except AttributeError as e:
    print(type(e).__name__)
try:
    logging.LoggerAdapter()
except TypeError as e:
    print(type(e).__name__, e)
