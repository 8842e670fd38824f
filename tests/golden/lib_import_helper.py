import lib_import_helper_module
import lib_import_helper_module as again
from lib_import_helper_module import greet, Counter

print(lib_import_helper_module.greet("world"))
print(greet("you"))
print(again is lib_import_helper_module)
print(lib_import_helper_module.__name__)
c = Counter()
c.bump()
print(c.bump())
lib_import_helper_module.COUNT += 5
import lib_import_helper_module
print(lib_import_helper_module.COUNT)
try:
    lib_import_helper_module.fail()
except ValueError as e:
    print("caught", e)
try:
    import lib_no_such_helper_module
except ModuleNotFoundError as e:
    print(e)
try:
    from lib_import_helper_module import missing
except ImportError as e:
    print(type(e).__name__)
