# Relative imports: `from . import x`, `from ..a import b`, and the errors
# for a module with no parent package or too many dots.
import os
import sys

HERE = os.path.join(os.path.dirname(__file__), "pkgs")
sys.path.insert(0, HERE)

print(__name__, __package__, __spec__)

for stmt in ["from . import x", "from .x import y", "from .. import x"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e)

from shapes.solid import cube

print(cube.util.__name__, cube.area(2))

# A namespace that claims to be in a package resolves against it.
ns = {"__name__": "shapes.solid.fake", "__package__": "shapes.solid"}
exec("from . import cube as c\nfrom ..circle import area\nfrom .. import VERSION", ns)
print(ns["c"] is cube, ns["area"](3), ns["VERSION"])

# Without __package__, __spec__ is not consulted when it is None and
# __name__ decides.
ns = {"__name__": "shapes.circle", "__spec__": None}
exec("from .util import helper", ns)
print(ns["helper"](5))

# A package's own namespace: `__path__` makes __name__ the package.
ns = {"__name__": "shapes", "__path__": []}
exec("from .circle import area", ns)
print(ns["area"](1))

for package, stmt in [
    ("shapes", "from ... import x"),
    ("shapes.solid", "from .... import x"),
    ("", "from . import x"),
]:
    try:
        exec(stmt, {"__name__": "m", "__package__": package})
    except ImportError as e:
        print(repr(package), stmt, "->", type(e).__name__, e)

try:
    exec("from .nothing import x", {"__name__": "shapes.circle", "__package__": "shapes"})
except ImportError as e:
    print(type(e).__name__, e, e.name)
