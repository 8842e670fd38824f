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


def chdir(path):
    _chdir(fspath(path))


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


def _parent_and_leaf(p):
    # "a/b/" names the directory "a/b": split once more past the slash.
    parent, leaf = path.split(p)
    if not leaf:
        parent, leaf = path.split(parent)
    return parent, leaf


def makedirs(name, mode=0o777, exist_ok=False):
    # The directories to make: `name`, then its parent while that is
    # missing too, and so on up.
    chain = [name]
    while True:
        parent, leaf = _parent_and_leaf(chain[-1])
        if not parent or not leaf or path.exists(parent):
            break
        chain.append(parent)
    # Made from the top down. Missing parents get the default mode, and
    # one that exists by the time it is made (another process made it) is
    # fine. A path whose last part is "." is its parent, made just before.
    top = len(chain) - 1
    for depth in range(top, -1, -1):
        d = chain[depth]
        if depth < top and _parent_and_leaf(d)[1] == curdir:
            continue
        try:
            mkdir(d, mode if depth == 0 else 0o777)
        except FileExistsError:
            if depth == 0 and not (exist_ok and path.isdir(d)):
                raise
        except OSError:
            if not (exist_ok and path.isdir(d)):
                raise


def _fd_number(value):
    if isinstance(value, int):
        return int(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def kill(pid, signal):
    _kill(_fd_number(pid), _fd_number(signal))


def pipe():
    return _pipe()


def read(fd, n):
    return _read(_fd_number(fd), _fd_number(n))


def write(fd, data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _write(_fd_number(fd), bytes(data))


def close(fd):
    _close(_fd_number(fd))


def symlink(src, dst, target_is_directory=False):
    _symlink(fspath(src), fspath(dst))


def readlink(path):
    return _readlink(fspath(path))
