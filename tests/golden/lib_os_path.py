# os and os.path: the path string functions, the working directory (the
# repository root when the tests run) and the environment.
import os
import os.path
from os.path import join, basename

print(os.path.join("a", "b", "c.txt"), os.path.join("/usr", "/etc", "x"), os.path.join("a/", "b"), join("x", ""))
print(os.path.basename("/tmp/dir/file.tar.gz"), os.path.dirname("/tmp/dir/file.tar.gz"), basename("noslash"))
print(os.path.split("/a/b/"), os.path.split("file"), os.path.split("//x"), os.path.split("/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"), os.path.splitext("x..."))
print(os.path.normpath("/a//b/./c/../d/"), os.path.normpath(""), os.path.normpath("../x/.."), os.path.normpath("//a/b"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.dirname("a"), os.path.dirname("/"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.getcwd() == os.path.abspath("."), os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"))
print(os.path.exists("tests/golden/lib_os_path.py"), os.path.isfile("tests/golden/lib_os_path.py"), os.path.isdir("tests/golden"))
print(os.path.exists("tests/golden/no_such_file_here"), os.path.isdir("tests/golden/lib_os_path.py"), os.path.getsize("tests/golden/lib_os_path.py") > 100)
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"))
print("lib_os_path.py" in os.listdir("tests/golden"), os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep)
print(os.environ.get("PYASYNC_SURELY_UNSET_VAR"), os.getenv("PYASYNC_SURELY_UNSET_VAR", "dflt"), "PATH" in os.environ, type(os.environ.get("PATH")).__name__)
print(type(os.getpid()).__name__, os.cpu_count() >= 1, os.path.expanduser("~x"), os.path.expanduser("rel/~"))
print(os.path is __import__("os").path if False else os.path.__name__, os.fspath("p"))
