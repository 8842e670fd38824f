# The shutil module: copying, moving and removing files and trees, and
# finding programs, over natives that copy contents and metadata
# (src/stdlib/shutil.rs).

import os
import sys
from collections import namedtuple as _namedtuple

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2',
           'copytree', 'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError',
           'disk_usage', 'which', 'get_terminal_size', 'SameFileError', 'ignore_patterns']


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


_usage = _namedtuple('usage', 'total used free')


class _TerminalSize(tuple):
    # os.terminal_size: a (columns, lines) structure.
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, iterable):
        values = tuple(iterable)
        if len(values) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)'
                            % len(values))
        return tuple.__new__(cls, values)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


_TerminalSize.__name__ = 'terminal_size'
_TerminalSize.__qualname__ = 'terminal_size'
_TerminalSize.__module__ = 'os'


def copyfileobj(fsrc, fdst, length=0):
    length = length if length and length > 0 else 65536
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _stat_path(p):
    # copyfile's first look at a path is a stat(), with its message.
    if isinstance(p, (str, bytes)) or hasattr(type(p), '__fspath__'):
        return os.fspath(p)
    raise TypeError('stat: path should be string, bytes, os.PathLike or integer, not %s'
                    % type(p).__name__)


def copyfile(src, dst, *, follow_symlinks=True):
    src = _stat_path(src)
    dst = _stat_path(dst)
    if _same_file(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        _symlink(_readlink(src), dst)
        return dst
    if os.path.isdir(dst) and os.path.exists(src):
        raise IsADirectoryError(21, 'Is a directory', dst)
    _copyfile(src, dst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    _copymode(os.fspath(src), os.fspath(dst))


def copystat(src, dst, *, follow_symlinks=True):
    _copystat(os.fspath(src), os.fspath(dst))


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    src = os.fspath(src)
    dst = _into(src, os.fspath(dst))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    src = os.fspath(src)
    dst = _into(src, os.fspath(dst))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    import fnmatch

    def _ignore(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    src = os.fspath(src)
    dst = os.fspath(dst)
    names = sorted(os.listdir(src)) if False else os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.islink(s) and symlinks:
                _symlink(_readlink(s), d)
            elif os.path.islink(s) and not os.path.exists(s):
                if ignore_dangling_symlinks:
                    continue
                copy_function(s, d)
            elif os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError('pyasync does not support rmtree(dir_fd=...)')
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise args[2][1]
    path = os.fspath(path)
    try:
        kind = _lstat(path)
    except OSError:
        onerror(os.lstat if hasattr(os, 'lstat') else _lstat_named, path, sys.exc_info())
        return
    if kind == 'link':
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_inner(path, kind, onerror)


def _named(name):
    def stand_in(*args):
        raise NotImplementedError(name)
    stand_in.__name__ = name
    stand_in.__qualname__ = name
    return stand_in


_lstat_named = _named('lstat')
_scandir_named = _named('scandir')
_open_named = _named('open')


def _rmtree_inner(path, kind, onerror):
    if kind != 'dir':
        try:
            raise NotADirectoryError(20, 'Not a directory', path)
        except OSError:
            onerror(_scandir_named, path, sys.exc_info())
    else:
        try:
            names = os.listdir(path)
        except OSError:
            onerror(_scandir_named, path, sys.exc_info())
            names = []
        for name in names:
            full = os.path.join(path, name)
            try:
                child = _lstat(full)
            except OSError:
                child = None
            if child == 'dir':
                _rmtree_inner(full, child, onerror)
            else:
                try:
                    os.unlink(full)
                except OSError:
                    onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _destination_inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    src = os.fspath(src)
    dst = os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
    if real_dst != dst and os.path.exists(real_dst):
        raise Error("Destination path '%s' already exists" % real_dst)
    renamed = True
    try:
        os.rename(src, real_dst)
    except OSError:
        renamed = False
    if not renamed:
        if os.path.islink(src):
            target = _readlink(src)
            _symlink(target, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destination_inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def disk_usage(path):
    return _usage(*_disk_usage(os.fspath(path)))


def which(cmd, mode=1, path=None):
    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        return cmd if _is_executable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in os.fspath(path).split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if _is_executable(name):
            return name
    return None


def _positive_env(name):
    text = os.environ.get(name, '')
    try:
        number = int(text)
    except ValueError:
        return 0
    return max(number, 0)


def get_terminal_size(fallback=(80, 24)):
    columns, lines = _positive_env('COLUMNS'), _positive_env('LINES')
    if not (columns and lines):
        try:
            measured = _terminal_size(sys.__stdout__.fileno() if sys.__stdout__ else 1)
        except (AttributeError, ValueError, OSError):
            measured = fallback
        columns = columns or measured[0] or fallback[0]
        lines = lines or measured[1] or fallback[1]
    return _TerminalSize((columns, lines))
