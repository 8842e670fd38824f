# fnmatch: shell-style filename pattern matching.
#
#   *       matches everything
#   ?       matches any single character
#   [seq]   matches any character in seq (ranges a-z allowed)
#   [!seq]  matches any character not in seq
#
# translate() gives the regular expression CPython builds for a pattern
# (Lib/fnmatch.py, translate: empty ranges dropped, runs of '*' merged,
# inner stars as atomic groups); matching itself walks the same pieces
# here, with no regular expression engine.


__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

def _fspath(path):
    # os.path.normcase on POSIX: the path itself, str or bytes.
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is not None:
        return fspath(path)
    raise TypeError('expected str, bytes or os.PathLike object, not %s'
                    % type(path).__name__)


_STAR = object()
_ANY = object()
_NEVER = object()
_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(c):
    return '\\' + c if c in _SPECIAL else c


def _bracket(pat, i, j):
    # The regex class body for pat[i:j] (the text between '[' and ']').
    stuff = pat[i:j]
    if '-' not in stuff:
        return stuff.replace('\\', r'\\')
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k = k + 3
    if i < j:
        chunks.append(pat[i:j])
    else:
        # A '-' just before ']' is a literal hyphen.
        chunks[-1] += '-'
    # A range whose ends are reversed is empty: drop it, joining what is
    # left of its neighbours.
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                    for s in chunks)


def _class_matcher(body):
    # (negated, [(lo, hi), ...]) for a regex class body as built above.
    negated = body.startswith('^')
    if negated:
        body = body[1:]
    chars = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            chars.append((body[i + 1], True))
            i += 2
        else:
            chars.append((c, False))
            i += 1
    ranges = []
    k = 0
    while k < len(chars):
        c, _ = chars[k]
        if (k + 2 < len(chars) and chars[k + 1] == ('-', False)):
            ranges.append((c, chars[k + 2][0]))
            k += 3
        else:
            ranges.append((c, c))
            k += 1
    return negated, ranges


def _parse(pat):
    # The pattern as pieces: regex text and a matcher for each.
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1][1] is not _STAR:
                pieces.append(('', _STAR))
        elif c == '?':
            pieces.append(('.', _ANY))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append(('\\[', '['))
                continue
            stuff = _bracket(pat, i, j)
            stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
            i = j + 1
            if not stuff:
                pieces.append(('(?!)', _NEVER))
            elif stuff == '!':
                pieces.append(('.', _ANY))
            else:
                # '!' negates; a leading '^' or '[' must not read as regex
                # syntax.
                lead = stuff[0]
                if lead == '!':
                    body = '^' + stuff[1:]
                elif lead in '^[':
                    body = '\\' + stuff
                else:
                    body = stuff
                pieces.append(('[' + body + ']', _class_matcher(body)))
        else:
            pieces.append((_escape(c), c))
    return pieces


def translate(pat):
    """The regular expression source equivalent to the pattern."""
    pieces = _parse(pat)
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i][1] is not _STAR:
        out.append(pieces[i][0])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i][1] is not _STAR:
            fixed.append(pieces[i][0])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(out)


def _matches_one(matcher, ch):
    if matcher is _ANY:
        return True
    if matcher is _NEVER:
        return False
    if isinstance(matcher, str):
        return matcher == ch
    negated, ranges = matcher
    inside = False
    for lo, hi in ranges:
        if lo <= ch <= hi:
            inside = True
            break
    return inside != negated


_cache = {}


def _matchers(pat):
    found = _cache.get(pat)
    if found is None:
        if len(_cache) > 256:
            _cache.clear()
        found = _cache[pat] = [m for _, m in _parse(pat)]
    return found


def _match(name, pat):
    matchers = _matchers(pat)
    # reachable[k]: the first k pieces can match name[:i].
    reachable = [False] * (len(matchers) + 1)
    reachable[0] = True
    for k, m in enumerate(matchers):
        if m is _STAR and reachable[k]:
            reachable[k + 1] = True
    for ch in name:
        nxt = [False] * (len(matchers) + 1)
        for k, m in enumerate(matchers):
            if m is _STAR:
                if reachable[k + 1] or nxt[k]:
                    nxt[k + 1] = True
            elif reachable[k] and _matches_one(m, ch):
                nxt[k + 1] = True
        reachable = nxt
        if not any(reachable):
            return False
    return reachable[-1]


def _check(name, pat):
    if isinstance(pat, str):
        if isinstance(name, str):
            return name, pat
        if isinstance(name, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like '
                            'object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(name).__name__)
    if isinstance(pat, (bytes, bytearray)):
        if isinstance(name, (bytes, bytearray)):
            return str(name, 'latin-1'), str(pat, 'latin-1')
        if isinstance(name, str):
            raise TypeError('cannot use a bytes pattern on a string-like '
                            'object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(name).__name__)
    raise TypeError('first argument must be string or compiled pattern')


def fnmatchcase(name, pat):
    """Whether `name` matches the pattern, case-sensitively."""
    name, pat = _check(name, pat)
    return _match(name, pat)


def fnmatch(name, pat):
    """Whether `name` matches the pattern after os.path.normcase."""
    name = _fspath(name)
    pat = _fspath(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match the pattern, in order."""
    pat = _fspath(pat)
    return [name for name in names if fnmatchcase(name, pat)]
