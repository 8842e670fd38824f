# Packages: `import a.b.c` imports every level, binds the top package and
# sets each submodule as an attribute of its parent; the module attributes
# the import system sets.
import os
import sys

HERE = os.path.join(os.path.dirname(__file__), "pkgs")
sys.path.insert(0, HERE)


def short(path):
    # Paths relative to the package directory, so nothing absolute prints.
    return None if path is None else os.path.relpath(path, HERE)


import shapes.solid.cube

print(shapes.__name__, shapes.solid.__name__, shapes.solid.cube.__name__)
print("bound names:", "shapes" in dir(), "cube" in dir(), "solid" in dir())
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print(sys.modules["shapes.solid.cube"] is shapes.solid.cube)
print(shapes.solid.cube.volume(3), shapes.solid.cube.area(2))
print(shapes.solid.cube.solid_name)

# The package's own attributes.
print(shapes.__doc__)
print(shapes.__package__, shapes.solid.__package__, shapes.solid.cube.__package__)
print(short(shapes.__file__), short(shapes.solid.cube.__file__))
print([short(p) for p in shapes.__path__], hasattr(shapes.solid.cube, "__path__"))
print(shapes.solid.__doc__, shapes.solid.cube.__doc__)
spec = shapes.solid.cube.__spec__
print(spec.name, short(spec.origin), spec.parent, spec.submodule_search_locations)
print(shapes.__spec__.parent, [short(p) for p in shapes.__spec__.submodule_search_locations])
print(repr(shapes).replace(HERE, "HERE"))
print(repr(shapes.circle).replace(HERE, "HERE"))
print(repr(sys), repr(__import__("builtins")))

# Importing again runs nothing.
import shapes.circle
import shapes.util as u

print(u is shapes.util, u.helper(21))

# `import a.b as c` binds the submodule.
import shapes.solid as solid_pkg

print(solid_pkg is shapes.solid)

# `from package import submodule` imports it when it is not an attribute.
del sys.modules["shapes.util"]
del shapes.util
from shapes import util

print(util is not u, util.helper(1))
print(shapes.util is util)

# A submodule of a plain module is an error naming the parent.
try:
    import shapes.util.deeper
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import shapes.nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, "HERE"), e.name, short(e.path))
