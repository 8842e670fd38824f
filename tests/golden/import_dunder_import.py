# __import__, importlib.import_module and importlib.reload.
import importlib
import os
import sys

HERE = os.path.join(os.path.dirname(__file__), "pkgs")
sys.path.insert(0, HERE)

m = __import__("shapes.solid.cube")
print(m.__name__, "shapes.solid.cube" in sys.modules)
m = __import__("shapes.solid.cube", fromlist=["volume"])
print(m.__name__)
m = __import__("shapes", fromlist=["circle"])
print(m.__name__, m.circle.__name__)
m = __import__("shapes", globals(), locals(), ["util", "not_a_submodule"], 0)
print(m.__name__)
m = __import__("circle", {"__name__": "shapes.x", "__package__": "shapes"}, None, ["area"], 1)
print(m.__name__)
m = __import__("solid.cube", {"__name__": "shapes.x", "__package__": "shapes"}, None, None, 1)
print(m.__name__)
m = __import__("", {"__name__": "shapes.solid.cube", "__package__": "shapes.solid"}, level=2)
print(m.__name__)
print(__import__("sys") is sys, __import__(name="os") is os)


def attempt(call):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: __import__("x", level=-1))
attempt(lambda: __import__(""))
attempt(lambda: __import__(5))
attempt(lambda: __import__())
attempt(lambda: __import__("x", {"__name__": "zz"}, level=1))
attempt(lambda: __import__("x", None, None, None, 1))
attempt(lambda: __import__("shapes", {}, {}, [], 0, 9))

print(importlib.import_module("shapes.util").__name__)
print(importlib.import_module(".circle", "shapes").__name__)
print(importlib.import_module("..util", "shapes.solid").__name__)
print(importlib.import_module(".cube", package="shapes.solid").__name__)
attempt(lambda: importlib.import_module(".circle"))
attempt(lambda: importlib.import_module("..circle", "shapes"))
attempt(lambda: importlib.import_module("no_such_mod_xyz"))
attempt(lambda: importlib.import_module(""))

import counter_mod

print(counter_mod.RUNS)
counter_mod.extra = "kept"
again = importlib.reload(counter_mod)
print(again is counter_mod, counter_mod.RUNS, counter_mod.extra)
attempt(lambda: importlib.reload(5))
attempt(lambda: importlib.reload(importlib).__name__)
