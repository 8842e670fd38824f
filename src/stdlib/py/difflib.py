# difflib: comparing sequences and producing human-readable differences.
#
# SequenceMatcher finds the longest contiguous matching block (ignoring
# "junk" elements of the second sequence, and, for sequences of 200 or
# more items, elements occurring in more than 1% of it), then recurses on
# the pieces to either side.  Matching blocks and opcodes equal CPython's
# (Lib/difflib.py, SequenceMatcher.find_longest_match and the autojunk
# rule in __chain_b), which the diff formats below are built on.

from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk, self.autojunk = isjunk, autojunk
        # Neither sequence is set yet: the setters below compare by
        # identity to skip needless work.
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        if b is not self.b:
            self.b = b
            self._forget_results()
            self.fullbcount = None
            self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the ascending indices where it
        # occurs, minus junk and (with autojunk) overly popular elements.
        b = self.b
        b2j = {}
        for j, elt in enumerate(b):
            b2j.setdefault(elt, []).append(j)
        junk = set()
        if self.isjunk:
            for elt in b2j:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, where in b2j.items():
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]
        self.b2j = b2j
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_at[j]: length of the match of non-junk elements ending at
        # a[i-1] and b[j]; the first longest one found wins.
        run_at = {}
        for i in range(alo, ahi):
            next_run = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = next_run[j] = run_at.get(j - 1, 0) + 1
                if k > best_size:
                    best_i, best_j, best_size = i - k + 1, j - k + 1, k
            run_at = next_run
        # Grow the block by equal non-junk elements (popular ones) on
        # both sides, then by equal junk elements.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and
                   (b[best_j - 1] in junk) == want_junk and
                   a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
            while (best_i + best_size < ahi and best_j + best_size < bhi and
                   (b[best_j + best_size] in junk) == want_junk and
                   a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        # Merge blocks that touch end to start.
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append(Match(i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append(Match(i1, j1, k1))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = list(self.get_opcodes())
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(m.size for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                have = left[elt]
            else:
                have = self.fullbcount.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best `n` of `possibilities` scoring at least `cutoff` against
    `word`, best first."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and
                s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for score, x in _nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=None):
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    return ch in ws


def _keep_whitespace(line, tags):
    # Hint lines keep the tabs and spaces of the line they mark.
    return ''.join(c if t == ' ' and c.isspace() else t
                   for c, t in zip(line, tags))


# The marks an opcode puts under the old and the new line of a pair.
_HINTS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'),
          'equal': (' ', ' ')}


class Differ:

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            else:
                yield from self._dump(' ', a, alo, ahi)

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block comes first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _closest_pair(self, matcher, a, alo, ahi, b, blo, bhi):
        # (ratio, i, j) of the most similar differing lines, the first
        # found on a tie, or ratio 0.74 when none beats that; and the
        # first pair of identical lines, if any.
        best = (0.74, None, None)
        identical = None
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if identical is None:
                        identical = (i, j)
                    continue
                matcher.set_seq1(a[i])
                floor = best[0]
                if (matcher.real_quick_ratio() > floor and
                        matcher.quick_ratio() > floor and
                        matcher.ratio() > floor):
                    best = (matcher.ratio(), i, j)
        return best, identical

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Pair up the most similar lines (ratio of at least 0.75) and mark
        # their differences on "?" hint lines; failing that, an identical
        # pair anchors the block; failing that, a plain replacement.
        matcher = SequenceMatcher(self.charjunk)
        (ratio, best_i, best_j), identical = self._closest_pair(
            matcher, a, alo, ahi, b, blo, bhi)
        similar = ratio >= 0.75
        if not similar:
            if identical is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = identical
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        old, new = a[best_i], b[best_j]
        if similar:
            matcher.set_seqs(old, new)
            old_marks, new_marks = [], []
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                old_mark, new_mark = _HINTS[tag]
                if old_mark:
                    old_marks.append(old_mark * (i2 - i1))
                if new_mark:
                    new_marks.append(new_mark * (j2 - j1))
            yield from self._qformat(old, new, ''.join(old_marks),
                                     ''.join(new_marks))
        else:
            yield '  ' + old
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_whitespace(aline, atags).rstrip()
        btags = _keep_whitespace(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ('  ', tag):
            yield line[2:]


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            first = lines[0]
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(first).__name__, first))
    bad = [arg for arg in args if not isinstance(arg, str)]
    if bad:
        raise TypeError('all arguments must be str, not: %r' % (bad[0],))


def _marked(mark, lines):
    return [mark + line for line in lines]


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _header_date(date):
    return '\t' + date if date else ''


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '--- %s%s%s' % (fromfile, _header_date(fromfiledate),
                                  lineterm)
            yield '+++ %s%s%s' % (tofile, _header_date(tofiledate), lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            old, new = a[i1:i2], b[j1:j2]
            if tag == 'equal':
                yield from _marked(' ', old)
            else:
                yield from _marked('-', old if tag != 'insert' else [])
                yield from _marked('+', new if tag != 'delete' else [])


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
              'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '*** %s%s%s' % (fromfile, _header_date(fromfiledate),
                                  lineterm)
            yield '--- %s%s%s' % (tofile, _header_date(tofiledate), lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        tags = {g[0] for g in group}
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    yield from _marked(prefix[tag], a[i1:i2])
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    yield from _marked(prefix[tag], b[j1:j2])


def _as_text(value):
    # Bytes decoded so that every byte survives the round trip.
    if not hasattr(value, 'decode'):
        raise TypeError('all arguments must be bytes, not %s (%r)'
                        % (type(value).__name__, value))
    return value.decode('ascii', 'surrogateescape')


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run the str diff function `dfunc` on bytes lines, giving bytes."""
    texts = [_as_text(x) for x in (fromfile, tofile, fromfiledate,
                                   tofiledate)]
    lines = dfunc([_as_text(x) for x in a], [_as_text(x) for x in b],
                  *texts, n, _as_text(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')
