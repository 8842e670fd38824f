# The messages of failed imports.
import os
import sys

HERE = os.path.join(os.path.dirname(__file__), "pkgs")
sys.path.insert(0, HERE)


def attempt(stmt):
    try:
        exec(stmt, {"__name__": "__main__"})
        print(stmt, "-> ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, str(e).replace(HERE, "HERE"))


attempt("import no_such_mod_xyz")
attempt("import no_such_mod_xyz.sub")
attempt("import os.no_such_sub")
attempt("from no_such_mod_xyz import a")
attempt("from sys import no_such_name")
attempt("from star_plain import nothing")
attempt("from shapes import nothing")
attempt("import star_plain.sub")
attempt("from star_plain.sub import x")
attempt("from . import star_plain")

# A syntax error in an imported module is a SyntaxError about that file.
try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno)
print("broken_syntax" in sys.modules)

try:
    import raises_mod
except ValueError as e:
    print(type(e).__name__, e)

# ImportError's own attributes.
e = ImportError("msg", name="n", path="p")
print(e.args, e.name, e.path, str(e))
e = ModuleNotFoundError("x")
print(e.name, e.path)
try:
    ImportError("msg", other=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    import no_such_mod_xyz
except ModuleNotFoundError as e:
    print(e.name, e.path, isinstance(e, ImportError))
