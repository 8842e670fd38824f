# A package's __init__ runs before its submodules, once; star imports
# from a package; submodules appear as attributes only once imported.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "pkgs"))

import shapes

print("circle" in dir(shapes), "util" in dir(shapes))
from shapes import circle

print("circle" in dir(shapes), "util" in dir(shapes), circle.area(2))
import shapes.solid

print("cube" in dir(shapes.solid))
from shapes.solid import *

print("cube" in dir(), "volume" in dir())
from shapes import *

print(VERSION, sorted(n for n in ["circle", "util", "solid"] if n in dir()))

# Names bound by `from package import a, b as c`.
from shapes.solid import cube as c, __name__ as pkg_name

print(c.volume(2), pkg_name)
del sys.modules["shapes.solid.cube"]
from shapes.solid import cube as c2

print(c2 is c, "shapes.solid.cube" in sys.modules)
