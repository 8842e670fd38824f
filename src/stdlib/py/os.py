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


def remove(path):
    _remove(fspath(path))


unlink = remove


def mkdir(path, mode=0o777):
    _mkdir(fspath(path), mode)


def rmdir(path):
    _rmdir(fspath(path))


def rename(src, dst):
    _rename(fspath(src), fspath(dst))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise
