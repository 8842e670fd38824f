# logging: logger.exception and exc_info= write the traceback after the message.
import logging
import sys
import os


class Out:
    """stdout, with this checkout's directory left out of traceback paths."""

    here = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, s):
        return sys.stdout.write(s.replace(self.here, ""))

    def flush(self):
        sys.stdout.flush()


OUT = Out()

logging.basicConfig(stream=OUT, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("exc")


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("cannot load %r" % text) from e


try:
    parse("x")
except ValueError:
    log.exception("parse failed for %s", "x")

try:
    load("y")
except RuntimeError:
    logging.exception("load failed")

try:
    {}["k"]
except KeyError as e:
    log.error("explicit exception object", exc_info=e)
    log.warning("no traceback", exc_info=False)
    log.critical("tuple", exc_info=sys.exc_info())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError:
    log.exception("chained")

print(sys.exc_info())
log.exception("outside except")
log.error("exc_info outside", exc_info=True)

f = logging.Formatter("%(message)s")
try:
    raise TypeError("typed")
except TypeError as e:
    OUT.write(f.formatException(sys.exc_info()) + "\n")
    rec = log.makeRecord("exc", logging.ERROR, "f", 1, "m", (), sys.exc_info())
    OUT.write(f.format(rec) + "\n")
    print(rec.exc_text is not None)


class Boom(Exception):
    def __str__(self):
        return "custom str"


try:
    raise Boom()
except Boom:
    log.exception("custom")
