# The builtins module: the builtin names, as the evaluator sees them.
import builtins

print(builtins.print is print, builtins.len is len, builtins.ValueError is ValueError)
print(builtins.__name__, repr(builtins), builtins.__import__ is __import__)
print(hasattr(builtins, "open"), hasattr(builtins, "no_such_builtin"))

# A name given to builtins is found where a global would not be.
builtins.made_up_builtin = "visible"
print(made_up_builtin)


def f():
    return made_up_builtin


print(f())
exec("print(made_up_builtin)")
del builtins.made_up_builtin
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
import sys

print(sys.modules["builtins"] is builtins)
