# glob: pathnames matching a shell pattern, component by component.
#
# A pattern is split at its last '/': the directory part is expanded
# first (only to directories), then the last component is matched in each
# of those directories.  A component without wildcards must exist; '**'
# with recursive=True stands for any number of directories (zero
# included); other components are matched with fnmatch against the
# directory's entries, leaving out names starting with '.' unless the
# component itself starts with '.' or include_hidden is set.  Results come
# in directory order, as the operating system lists it.

import os as _os
import fnmatch as _fnmatch

__all__ = ['escape', 'glob', 'has_magic', 'iglob']

_MAGIC = '*?['


def has_magic(s):
    return any(c in s for c in _MAGIC)


def escape(pathname):
    """`pathname` with its wildcard characters made literal."""
    return ''.join('[' + c + ']' if c in _MAGIC else c for c in pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching `pathname`, in directory order."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError('glob() with dir_fd is not supported')
    root = '' if root_dir is None else _os.fspath(root_dir)
    found = _expand(pathname, root, recursive, include_hidden, False)
    if not pathname or (recursive and pathname[:2] == '**'):
        # '**' first matches the empty path, which is not a result.
        return _drop_empty_first(found)
    return found


def _drop_empty_first(paths):
    first = True
    for path in paths:
        if first and not path:
            first = False
            continue
        first = False
        yield path


def _join(head, tail):
    # Unlike os.path.join, an empty part adds no separator.
    if head and tail:
        return _os.path.join(head, tail)
    return head or tail


def _exists(path):
    return _os.path.exists(path) or _os.path.islink(path)


def _entries(directory, dirs_only):
    try:
        names = _os.listdir(directory or _os.curdir)
    except OSError:
        return []
    if dirs_only:
        names = [n for n in names
                 if _os.path.isdir(_join(directory, n))]
    return names


def _hidden(name):
    return name[:1] == '.'


def _expand(pattern, root, recursive, include_hidden, dirs_only):
    head, tail = _os.path.split(pattern)
    if not has_magic(pattern):
        if tail:
            if _exists(_join(root, pattern)):
                yield pattern
        elif _os.path.isdir(_join(root, head)):
            yield pattern
        return
    if not head:
        yield from _matches(root, tail, recursive, include_hidden, dirs_only)
        return
    if head != pattern and has_magic(head):
        parents = _expand(head, root, recursive, include_hidden, True)
    else:
        parents = [head]
    for parent in parents:
        for name in _matches(_join(root, parent), tail, recursive,
                             include_hidden, dirs_only):
            yield _os.path.join(parent, name)


def _matches(directory, component, recursive, include_hidden, dirs_only):
    # The names in `directory` (relative paths, for '**') matching one
    # pattern component.
    if not has_magic(component):
        if component:
            return [component] if _exists(_join(directory, component)) else []
        return [component] if _os.path.isdir(directory) else []
    if recursive and component == '**':
        return _descendants(directory, include_hidden, dirs_only)
    names = _entries(directory, dirs_only)
    if not (include_hidden or _hidden(component)):
        names = [n for n in names if not _hidden(n)]
    return _fnmatch.filter(names, component)


def _descendants(directory, include_hidden, dirs_only):
    if not directory or _os.path.isdir(directory):
        yield ''
    yield from _walk(directory, include_hidden, dirs_only)


def _walk(directory, include_hidden, dirs_only):
    # Every path below `directory`, each entry before its contents.
    for name in _entries(directory, dirs_only):
        if _hidden(name) and not include_hidden:
            continue
        yield name
        below = _join(directory, name) if directory else name
        for sub in _walk(below, include_hidden, dirs_only):
            yield _join(name, sub)
