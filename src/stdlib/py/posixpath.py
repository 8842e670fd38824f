# os.path for POSIX: the string functions of CPython's Lib/posixpath.py,
# and the file tests over the natives of os.rs.

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _fspath(p, fname=None):
    if isinstance(p, str):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)


def _check_arg_types(funcname, *args):
    for s in args:
        if not isinstance(s, str):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None


def isabs(s):
    s = _fspath(s)
    return s.startswith(sep)


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        if not isinstance(b, str) and not hasattr(b, '__fspath__'):
            _check_arg_types('join', a, *p)
        b = _fspath(b)
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    # The extension runs from the last dot of the last component, unless
    # only dots come before that dot in the component (".bashrc", "..").
    start = p.rfind(sep) + 1
    dot = p.rfind(extsep)
    if dot >= start and p[start:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, ''


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path = _fspath(path)
    if path == '':
        return curdir
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in ('', curdir):
            continue
        if (comp != pardir or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == pardir)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or curdir


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _getenv('HOME')
    if home is None:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def exists(path):
    return _stat_kind(_fspath(path)) is not None


def isfile(path):
    return _stat_kind(_fspath(path)) == 'file'


def isdir(path):
    return _stat_kind(_fspath(path)) == 'dir'


def islink(path):
    return _stat_kind(_fspath(path), False) == 'link'


def getsize(path):
    return _getsize(_fspath(path))
