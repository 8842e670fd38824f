# logging's logger tree: dotted names, placeholders, parents fixed up when
# a middle logger appears late, propagation, effective levels, disabled
# loggers, getChild, disable() and the manager's table.
import logging
import sys

def parent_of(name):
    return logging.getLogger(name).parent.name

manager = logging.Logger.manager
print(manager is logging.root.manager, manager.root is logging.root)
print(logging.getLogger() is logging.root, logging.getLogger("") is logging.root,
      logging.getLogger("root") is logging.root, logging.getLogger(0) is logging.root)
print(repr(logging.root), logging.root.name, logging.root.level, logging.root.parent)

leaf = logging.getLogger("h.x.y.z")
print(parent_of("h.x.y.z"))
print(sorted((k, type(v).__name__) for k, v in manager.loggerDict.items() if k.startswith("h")))
mid = logging.getLogger("h.x")
print(parent_of("h.x.y.z"), parent_of("h.x"))
top = logging.getLogger("h")
print(parent_of("h.x.y.z"), parent_of("h.x"), parent_of("h"))
sib = logging.getLogger("h.x.y.w")
y = logging.getLogger("h.x.y")
print(parent_of("h.x.y.z"), parent_of("h.x.y.w"), parent_of("h.x.y"))
print(sorted((k, type(v).__name__) for k, v in manager.loggerDict.items() if k.startswith("h")))
# A name that only shares a prefix is not a descendant.
hx2 = logging.getLogger("h.xx")
print(parent_of("h.xx"), leaf.parent is y)
print(logging.getLogger("h.x") is mid, top.getChild("x") is mid,
      mid.getChild("y.z") is leaf, logging.root.getChild("h") is top)
print(logging.getLogger(".a").parent.name, logging.getLogger("a..b").parent.name,
      sorted(k for k in manager.loggerDict if k.startswith("a.")),
      logging.getLogger("a.").parent.name,
      logging.getLogger("a..b").parent.name)

print("-- levels")
print(leaf.level, leaf.getEffectiveLevel(), repr(leaf))
top.setLevel(logging.INFO)
print(leaf.getEffectiveLevel(), repr(leaf), leaf.isEnabledFor(logging.DEBUG),
      leaf.isEnabledFor(logging.INFO))
y.setLevel("DEBUG")
print(leaf.getEffectiveLevel(), repr(leaf), repr(mid), leaf.isEnabledFor(logging.DEBUG))
y.setLevel(0)
print(leaf.getEffectiveLevel(), repr(y))
logging.addLevelName(5, "TRACE")
top.setLevel(5)
print(repr(leaf), leaf.isEnabledFor(5), leaf.isEnabledFor(4))
top.setLevel(7)
print(repr(leaf))

print("-- propagation")
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("top:%(name)s:%(levelname)s:%(message)s"))
top.addHandler(out)
mid_out = logging.StreamHandler(sys.stdout)
mid_out.setFormatter(logging.Formatter("mid:%(name)s:%(message)s"))
mid.addHandler(mid_out)
leaf.info("both %d", 1)
leaf.debug("below INFO? no: top is at 7")
mid.propagate = False
leaf.warning("mid only")
print(leaf.hasHandlers(), top.hasHandlers(), logging.getLogger("zz.q").hasHandlers())
mid.propagate = True
mid.removeHandler(mid_out)
mid.removeHandler(mid_out)
leaf.error("top only")
print(mid.handlers, len(top.handlers))
top.addHandler(out)
print(len(top.handlers))

print("-- disabled")
leaf.disabled = True
leaf.critical("not shown")
print(leaf.isEnabledFor(logging.CRITICAL))
leaf.disabled = False
mid.disabled = True
leaf.critical("a disabled parent does not stop propagation")
mid.critical("but the disabled logger drops its own")
mid.disabled = False

print("-- disable()")
logging.disable()
print(manager.disable, leaf.isEnabledFor(logging.CRITICAL), leaf.isEnabledFor(60))
logging.disable("INFO")
print(manager.disable)
leaf.info("disabled info")
leaf.warning("warning passes")
try:
    logging.disable("BAD")
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.disable(None)
except TypeError as e:
    print(type(e).__name__, e)
print(manager.disable)
logging.disable(logging.NOTSET)
leaf.info("back")

print("-- classes")
class Custom(logging.Logger):
    pass
manager.setLoggerClass(Custom)
print(type(logging.getLogger("c1")).__name__, type(logging.getLogger("h")).__name__)
manager.loggerClass = None
print(type(logging.getLogger("c2")).__name__)
try:
    manager.setLoggerClass(dict)
except TypeError as e:
    print(type(e).__name__, e)
for bad in [3, 2.5, None, b"x", ["a"]]:
    try:
        logging.getLogger(bad)
        print("root for", repr(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(type(logging.root).__name__, isinstance(logging.root, logging.Logger))
