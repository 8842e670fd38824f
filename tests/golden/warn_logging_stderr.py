# logging's default output on stderr: lastResort for a logger with no
# handlers anywhere (only the message, WARNING and above), then the root
# handler basicConfig installs on the first module-level call.
import logging
import sys

named = logging.getLogger("svc.part")
named.info("not shown")
named.warning("last resort %d", 1)
named.error("last resort error")
print(named.hasHandlers(), logging.root.handlers)
logging.info("info is below WARNING")
logging.warning("root warning %s", "here")
print(len(logging.root.handlers), repr(logging.root.handlers[0]))
named.error("now through root")
logging.getLogger("other").critical("critical %s", {"k": 1})
try:
    int("z")
except ValueError:
    logging.exception("with traceback")
print("done", file=sys.stdout)
