# A small os module: the process's environment and working directory, and
# os.path (posixpath). pyasync has no processes or file descriptors to offer.

import posixpath as path

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
altsep = path.altsep
devnull = path.devnull
linesep = '\n'

environ = _environ()


def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError("str expected, not %s" % type(key).__name__)
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, str):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)


def getcwd():
    return _getcwd()


def listdir(path='.'):
    return _listdir(fspath(path))


def getpid():
    return _getpid()


def cpu_count():
    return _cpu_count()
