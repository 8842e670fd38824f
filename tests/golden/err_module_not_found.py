# Modules pyasync does not provide fail the way a missing module does in
# CPython, whichever import form names them.
for name in ["no_such_module_abc", "definitely_missing_pkg"]:
    try:
        __import__(name) if False else exec("import " + name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, isinstance(e, ImportError))
try:
    from no_such_module_abc import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_abc.sub
except ModuleNotFoundError as e:
    print(e)
import socket_missing_for_test
