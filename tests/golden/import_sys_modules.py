# sys.modules is what import consults and fills; sys.path is where it looks.
import os
import sys

HERE = os.path.join(os.path.dirname(__file__), "pkgs")
sys.path.insert(0, HERE)

print(type(sys.modules).__name__, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, type(sys.path).__name__)

# A module put into sys.modules is what import gives.
sys.modules["made_up"] = 42
import made_up

print(made_up)
from made_up import real

print(real)
sys.modules["blocked"] = None
for stmt in ["import blocked", "from blocked import x", "import blocked.sub"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e)

# Running a module once; `del sys.modules[name]` makes the next import run it again.
import counter_mod
import counter_mod

print(counter_mod.RUNS)
del sys.modules["counter_mod"]
import counter_mod as again

print(again.RUNS, again is sys.modules["counter_mod"])

# A module that fails is not left in sys.modules.
for attempt in range(2):
    try:
        import raises_mod
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e, "raises_mod" in sys.modules)

# Circular imports see the partly initialised module.
import circ_a

print(circ_a.A_DONE, circ_a.circ_b.B, sys.modules["circ_b"].circ_a is circ_a)

# A module may put something else in its place.
import self_replace

print(self_replace, self_replace.value)

# sys.path is consulted at each import.
try:
    import late_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.path.append(os.path.join(HERE, "late"))
import late_mod

print(late_mod.WHERE, os.path.basename(os.path.dirname(late_mod.__file__)))

# Entries that are not strings are skipped.
sys.path.insert(0, 12)
sys.path.insert(0, None)
import star_plain

print(star_plain.public)

# Star imports: __all__, else the public names.
from star_all import *
from star_plain import *

print(shown, _private_but_listed, "hidden" in dir(), public, "_private" in dir())
