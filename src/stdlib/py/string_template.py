
# string.Template: $-substitution.  A placeholder is the delimiter
# followed by another delimiter (an escaped delimiter), an identifier
# (ASCII letter or underscore, then letters, digits, underscores), or an
# identifier in braces; any other text after a delimiter is invalid.


class _ChainedLookup:
    # Keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_ID_START = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_ID_CHARS = _ID_START | frozenset('0123456789')
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_NO_MAPPING = {}


def _identifier_end(text, start):
    # End of the identifier at `start`, or `start` when there is none.
    if start < len(text) and text[start] in _ID_START:
        end = start + 1
        while end < len(text) and text[end] in _ID_CHARS:
            end += 1
        return end
    return start


class Template:
    # A template string with $-placeholders.

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # (start, end, kind, name) for each placeholder, in order; kind is
        # 'escaped', 'named', 'braced' or 'invalid'.
        cls = type(self)
        if (cls.idpattern != _DEFAULT_IDPATTERN or
                cls.braceidpattern is not None or 'pattern' in cls.__dict__):
            raise NotImplementedError('Template subclasses with a custom '
                                      'pattern are not supported')
        text = self.template
        delim = self.delimiter
        found = []
        i = 0
        while True:
            start = text.find(delim, i)
            if start < 0 or not delim:
                return found
            pos = start + len(delim)
            if text.startswith(delim, pos):
                found.append((start, pos + len(delim), 'escaped', None))
            else:
                end = _identifier_end(text, pos)
                if end > pos:
                    found.append((start, end, 'named', text[pos:end]))
                else:
                    inner = pos + 1
                    end = _identifier_end(text, inner)
                    if (text.startswith('{', pos) and end > inner and
                            text.startswith('}', end)):
                        found.append((start, end + 1, 'braced',
                                      text[inner:end]))
                    else:
                        found.append((start, pos, 'invalid', pos))
            i = found[-1][1]

    def _invalid(self, at):
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _render(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
        text = self.template
        out = []
        last = 0
        for start, end, kind, name in self._placeholders():
            out.append(text[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(name)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[last:])
        return ''.join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        return all(p[2] != 'invalid' for p in self._placeholders())

    def get_identifiers(self):
        names = []
        for start, end, kind, name in self._placeholders():
            if kind in ('named', 'braced') and name not in names:
                names.append(name)
        return names
