# pathlib: paths as objects. A path is held as its drive, its root and the
# list of its names (the "tail"); the pure classes only compute with those,
# Path and PosixPath add the file system operations, over os, io and the
# natives of pathlib.rs (_stat, _realpath, _touch, _home).

import os
import io
import fnmatch as _fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path',
           'PosixPath', 'WindowsPath']


def _posix_split(text):
    # Two leading slashes are kept (POSIX leaves their meaning to the
    # system), three or more fold to one.
    if text.startswith('//') and not text.startswith('///'):
        root = '//'
    elif text.startswith('/'):
        root = '/'
    else:
        root = ''
    tail = [p for p in text.split('/') if p and p != '.']
    return '', root, tail


def _windows_split(text):
    text = text.replace('/', '\\')
    drv = ''
    if text.startswith('\\\\') and not text.startswith('\\\\\\'):
        # \\server\share: the drive is the UNC share.
        pieces = text[2:].split('\\', 2)
        if len(pieces) >= 2 and pieces[0] and pieces[1]:
            drv = '\\\\' + pieces[0] + '\\' + pieces[1]
            text = text[len(drv):]
    elif len(text) >= 2 and text[1] == ':' and text[0].isalpha():
        drv, text = text[:2], text[2:]
    root = '\\' if text.startswith('\\') else ''
    tail = [p for p in text.split('\\') if p and p != '.']
    return drv, root, tail


def _as_text(arg):
    # What os.fspath accepts, but only text in the end.
    if isinstance(arg, str):
        return arg
    if isinstance(arg, bytes):
        text = arg
    else:
        fspath = getattr(type(arg), '__fspath__', None)
        if fspath is None:
            raise TypeError("expected str, bytes or os.PathLike object, not "
                            + type(arg).__name__)
        text = fspath(arg)
        if not isinstance(text, (str, bytes)):
            raise TypeError("expected %s.__fspath__() to return str or bytes, "
                            "not %s" % (type(arg).__name__, type(text).__name__))
    if not isinstance(text, str):
        raise TypeError("argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % (type(text),))
    return text


class _Parents:
    """The sequence of a path's ancestors, nearest first."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._tail)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        p = self._path
        return p._make(p._drv, p._root, p._tail[:self._count - index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path, computed with but never looked up in the file system."""

    _sep = '/'
    _split = staticmethod(_posix_split)
    _case_fold = False

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def _init(self, args):
        drv, root, tail = '', '', []
        for arg in args:
            if isinstance(arg, PurePath) and arg._sep == self._sep:
                d, r, t = arg._drv, arg._root, arg._tail
            else:
                d, r, t = self._split(_as_text(arg))
            if r:
                # An absolute part starts over (keeping the drive when it
                # names none).
                drv, root, tail = d or drv, r, list(t)
            elif d and d.lower() != drv.lower():
                drv, root, tail = d, r, list(t)
            else:
                tail = tail + t
        self._drv, self._root, self._tail = drv, root, tail

    def _make(self, drv, root, tail):
        p = object.__new__(type(self))
        p._drv, p._root, p._tail = drv, root, list(tail)
        return p

    def __reduce__(self):
        return (type(self), self.parts)

    # -- text forms --

    def __str__(self):
        text = self._drv + self._root + self._sep.join(self._tail)
        return text or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace('\\', '/')

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote
        return 'file://' + quote(self.as_posix())

    # -- comparison --

    def _key(self):
        parts = self.parts
        if self._case_fold:
            return [p.lower() for p in parts]
        return list(parts)

    def _same_kind(self, other):
        return isinstance(other, PurePath) and other._sep == self._sep

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._same_kind(other) and self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() >= other._key()

    # -- components --

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        anchor = self._drv + self._root
        return ((anchor,) if anchor else ()) + tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    # -- derived paths --

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, tail = self._split(name)
        if (not name or name[-1] in '/\\'[:1 + (self._sep == '\\')]
                or drv or root or len(tail) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if self._sep in suffix or (self._sep == '\\' and '/' in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._drv, self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        mine, theirs = self._key(), base._key()
        n = len(theirs)
        if (self.anchor if n == 0 else mine[:n] != theirs):
            raise ValueError(
                "{!r} is not in the subpath of {!r} OR one path is relative "
                "and the other is absolute.".format(
                    str(self), base.anchor + base._sep.join(base._tail)))
        return self._make('', '', list(self.parts[n:]))

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        if self._sep == '\\':
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        if not pattern.parts:
            raise ValueError("empty pattern")
        fold = (lambda s: s.lower()) if self._case_fold else (lambda s: s)
        if pattern._drv and fold(pattern._drv) != fold(self._drv):
            return False
        if pattern._root and pattern._root != self._root:
            return False
        # Compared from the right, the anchor counting as a part (so '*'
        # matches '/'); an anchored pattern must cover the whole path.
        names, wanted = self.parts, pattern.parts
        if pattern._drv or pattern._root:
            if len(names) != len(wanted):
                return False
            wanted = wanted[1:]
        elif len(wanted) > len(names):
            return False
        for name, pat in zip(reversed(names), reversed(wanted)):
            if not _fnmatch.fnmatchcase(fold(name), fold(pat)):
                return False
        return True


class PurePosixPath(PurePath):
    """A POSIX path: '/' separates names, case matters."""


class PureWindowsPath(PurePath):
    """A Windows path: drives, '\\' or '/' between names, case ignored."""

    _sep = '\\'
    _split = staticmethod(_windows_split)
    _case_fold = True

    def is_reserved(self):
        stem = self.name.partition('.')[0].rstrip(' ').upper()
        return stem in ('CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$') or (
            len(stem) == 4 and stem[:3] in ('COM', 'LPT') and stem[3] in '123456789')


class stat_result:
    """What Path.stat() returns: the os.stat_result fields by name and index."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        self._values = tuple(values)
        for name, value in zip(self._fields, values):
            setattr(self, name, value)
        # Indexed, the times are whole seconds.
        self._indexed = self._values[:7] + tuple(int(t) for t in self._values[7:])

    def __getitem__(self, index):
        return self._indexed[index]

    def __len__(self):
        return len(self._indexed)

    def __iter__(self):
        return iter(self._indexed)

    def __eq__(self, other):
        if not isinstance(other, stat_result):
            return NotImplemented
        return self._values == other._values

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self._indexed)) + ')'


class Path(PurePath):
    """A path of this system, with the operations that look it up."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls is WindowsPath:
            raise NotImplementedError(
                "cannot instantiate %r on your system" % (cls.__name__,))
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(_realpath(str(self), strict))

    def expanduser(self):
        if not self._drv and not self._root and self._tail and self._tail[0][:1] == '~':
            first = self._tail[0]
            if first == '~':
                home = _home()
            else:
                home = os.path.expanduser(first)
            if home is None or home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._tail[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return stat_result(_stat(str(self), follow_symlinks))

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def exists(self):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return os.path.islink(self)

    def _kind_bits(self):
        # The file-type bits of st_mode, 0 when the path cannot be examined.
        try:
            return self.stat().st_mode & 0o170000
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            return 0

    def is_socket(self):
        return self._kind_bits() == 0o140000

    def is_fifo(self):
        return self._kind_bits() == 0o010000

    def is_block_device(self):
        return self._kind_bits() == 0o060000

    def is_char_device(self):
        return self._kind_bits() == 0o020000

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        mine = self.stat()
        try:
            above = self.parent.stat()
        except OSError:
            return False
        return mine.st_dev != above.st_dev or mine.st_ino == above.st_ino

    def symlink_to(self, target, target_is_directory=False):
        _symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        _hardlink(os.fspath(target), str(self))

    def readlink(self):
        return type(self)(_readlink(str(self)))

    def chmod(self, mode, *, follow_symlinks=True):
        # Linux cannot change a symlink's own mode.
        if not follow_symlinks and self.is_symlink():
            raise NotImplementedError(
                "chmod: follow_symlinks unavailable on this platform")
        _chmod(str(self), mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def samefile(self, other_path):
        mine = self.stat()
        if not isinstance(other_path, Path):
            other_path = type(self)(other_path)
        theirs = other_path.stat()
        return mine.st_ino == theirs.st_ino and mine.st_dev == theirs.st_dev

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with io.open(self, 'r', -1, encoding, errors) as stream:
            text = stream.read()
        return text

    def read_bytes(self):
        with io.open(self, 'rb') as stream:
            data = stream.read()
        return data

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with io.open(self, 'w', -1, encoding, errors, newline) as stream:
            count = stream.write(data)
        return count

    def write_bytes(self, data):
        # memoryview() gives the TypeError for what is not bytes-like.
        data = bytes(memoryview(data))
        with io.open(self, 'wb') as stream:
            count = stream.write(data)
        return count

    def touch(self, mode=0o666, exist_ok=True):
        _touch(str(self), mode, exist_ok)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        # Missing ancestors (with parents=True) are made first, top down;
        # an existing directory is an error unless exist_ok, and anything
        # else already there always is.
        if parents:
            missing = []
            p = self.parent
            while p != p.parent and not p.exists():
                missing.append(p)
                p = p.parent
            for ancestor in reversed(missing):
                try:
                    os.mkdir(ancestor)
                except FileExistsError:
                    if not ancestor.is_dir():
                        raise
        try:
            os.mkdir(self, mode)
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.rename(self, target)
        return type(self)(target)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._drv, self._root, self._tail + [name])

    def _child(self, name):
        return self._make(self._drv, self._root, self._tail + [name])

    def glob(self, pattern):
        """The existing paths under this one matching the relative `pattern`
        (whose '**' stands for this directory and every one below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, parts = self._split(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        for part in parts:
            if '**' in part and part != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if pattern.endswith(self._sep):
            parts = parts + ['']
        yield from self._select(parts, 0)

    def rglob(self, pattern):
        """glob('**/' + pattern): matches at any depth below this path."""
        drv, root, parts = self._split(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        for part in parts:
            if '**' in part and part != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        parts = ['**'] + parts
        if pattern.endswith(self._sep):
            parts = parts + ['']
        yield from self._select(parts, 0)

    def _entries(self):
        try:
            return os.listdir(self)
        except OSError:
            return []

    def _walk_dirs(self):
        # This directory, then each below it (symlinks are not followed).
        yield self
        for name in self._entries():
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def _select(self, parts, i):
        if i == len(parts):
            yield self
            return
        part = parts[i]
        last = i + 1 == len(parts)
        if part == '':
            # A trailing separator: directories only.
            if self.is_dir():
                yield self
        elif part == '**':
            seen = set()
            for d in self._walk_dirs():
                for found in d._select(parts, i + 1):
                    if found not in seen:
                        seen.add(found)
                        yield found
        elif any(c in part for c in '*?['):
            for name in self._entries():
                if _fnmatch.fnmatchcase(name, part):
                    child = self._child(name)
                    if last:
                        yield child
                    elif child.is_dir():
                        yield from child._select(parts, i + 1)
        else:
            child = self._child(part)
            if last:
                if child.exists():
                    yield child
            elif child.is_dir():
                yield from child._select(parts, i + 1)


class PosixPath(Path, PurePosixPath):
    """A path on this (POSIX) system."""


class WindowsPath(Path, PureWindowsPath):
    """A path on a Windows system: not available here."""
