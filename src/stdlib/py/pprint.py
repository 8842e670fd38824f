# pprint: pretty-printing of nested data structures.
#
# An object whose one-line repr fits in the room left on its line is shown
# as that repr.  Otherwise containers with a builtin repr (chosen by the
# type's __repr__, so subclasses that keep it are laid out the same way)
# get one element per line, and strings and bytes are cut into implicitly
# concatenated chunks.  The room each element gets (indent, plus an
# "allowance" for the closing brackets and commas that follow it) decides
# every line break, as in CPython's Lib/pprint.py, so the output matches
# it character for character.  Layouts here build and return strings.

import sys as _sys
import collections as _collections

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of `object` and a newline to `stream`
    (sys.stdout by default)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """The pretty form of `object`, as a string."""
    options = dict(indent=indent, width=width, depth=depth, compact=compact,
                   sort_dicts=sort_dicts,
                   underscore_numbers=underscore_numbers)
    return PrettyPrinter(**options).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() keeping dicts in insertion order by default."""
    return pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that shows recursive structures instead of failing."""
    return _one_line(object)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return _one_line(object)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return _one_line(object)[2]


class _Ordered:
    # A sort key for values that may not be mutually comparable: those
    # fall back to ordering by type name, then identity.
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a, b = self.value, other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _by_key(item):
    # Dict items are ordered by key alone: keys are distinct, so a pair's
    # value never decides the order.
    return _Ordered(item[0])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__,
                                             id(object))


def _word_parts(line):
    # The line cut after each run of whitespace: each part is a run of
    # non-space characters and the spaces after it.
    parts = []
    start = 0
    end = len(line)
    while start < end:
        stop = start
        while stop < end and not line[stop].isspace():
            stop += 1
        while stop < end and line[stop].isspace():
            stop += 1
        parts.append(line[start:stop])
        start = stop
    return parts


def _fill(pieces, width, last_allowance, fits):
    # Greedily joins consecutive pieces while `fits(joined, room)`; the
    # last piece has `last_allowance` less room.  Returns the joined runs.
    runs = []
    current = pieces[0][:0]
    for index, piece in enumerate(pieces):
        room = width
        if index == len(pieces) - 1:
            room -= last_allowance
        if fits(current + piece, room):
            current = current + piece
        else:
            if current:
                runs.append(current)
            current = piece
    if current:
        runs.append(current)
    return runs


def _repr_fits(text, room):
    return len(repr(text)) <= room


def _string_chunks(text, width, allowance):
    # The reprs of the pieces a long string is cut into: each line is kept
    # whole when it fits, else cut between words.
    chunks = []
    lines = text.splitlines(True)
    for number, line in enumerate(lines):
        is_last = number == len(lines) - 1
        room = width - allowance if is_last else width
        if len(repr(line)) <= room:
            chunks.append(repr(line))
            continue
        words = _word_parts(line)
        runs = _fill(words, width, allowance if is_last else 0, _repr_fits)
        chunks.extend(repr(run) for run in runs)
    return chunks


def _bytes_chunks(data, width, allowance):
    # Bytes are cut in groups of four; the allowance applies from the
    # last whole group on.
    groups = [data[k:k + 4] for k in range(0, len(data), 4)]
    last = len(data) // 4 * 4
    runs = []
    current = b''
    for k, group in zip(range(0, len(data), 4), groups):
        if k == last:
            width -= allowance
        if len(repr(current + group)) > width:
            if current:
                runs.append(current)
            current = group
        else:
            current = current + group
    if current:
        runs.append(current)
    return [repr(run) for run in runs]


def _require(condition, message):
    if not condition:
        raise ValueError(message)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        _require(indent >= 0, 'indent must be >= 0')
        _require(depth is None or depth > 0, 'depth must be > 0')
        _require(width, 'width must be != 0')
        self._indent_per_level, self._width, self._depth = indent, width, depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        # Options of the one-line reprs.
        self._sort_dicts, self._underscore_numbers = (sort_dicts,
                                                      underscore_numbers)

    def pprint(self, object):
        if self._stream is None:
            return
        self._stream.write(self._render(object, 0, 0, {}, 0) + '\n')

    def pformat(self, object):
        return self._render(object, 0, 0, {}, 0)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        # (repr, readable, recursive): the hook subclasses override.
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout ---------------------------------------------------------

    def _render(self, obj, indent, allowance, context, level):
        # `obj` laid out starting at column `indent`, leaving `allowance`
        # columns free after its last line.
        key = id(obj)
        if key in context:
            self._recursive = True
            self._readable = False
            return _recursion(obj)
        text = self._repr(obj, context, level)
        if len(text) <= self._width - indent - allowance:
            return text
        layout = _layout_for(obj)
        if layout is None:
            return text
        context[key] = 1
        text = layout(self, obj, indent, allowance, context, level + 1)
        del context[key]
        return text

    def _repr(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pad(self):
        # Extra spaces after an opening bracket when indent > 1.
        return ' ' * (self._indent_per_level - 1)

    def _dict_items(self, items, indent, allowance, context, level):
        inner = indent + self._indent_per_level
        items = list(items)
        lines = []
        for index, (key, value) in enumerate(items):
            room_after = allowance if index == len(items) - 1 else 1
            key_text = self._repr(key, context, level)
            value_text = self._render(value, inner + len(key_text) + 2,
                                      room_after, context, level)
            lines.append(key_text + ': ' + value_text)
        return (',\n' + ' ' * inner).join(lines)

    def _items(self, items, indent, allowance, context, level):
        inner = indent + self._indent_per_level
        newline = ',\n' + ' ' * inner
        out = [self._pad()]
        full = room = self._width - inner + 1
        separator = ''
        items = list(items)
        for index, item in enumerate(items):
            is_last = index == len(items) - 1
            if is_last:
                full -= allowance
                room -= allowance
            if self._compact:
                # Pack short reprs on a line while they fit.
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    out.append(separator + text)
                    separator = ', '
                    continue
            out.append(separator + self._render(
                item, inner, allowance if is_last else 1, context, level))
            separator = newline
        return ''.join(out)

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_by_key)
        return mapping.items()

    def _layout_dict(self, obj, indent, allowance, context, level):
        body = ''
        if len(obj):
            body = self._dict_items(self._sorted_items(obj), indent,
                                    allowance + 1, context, level)
        return '{' + self._pad() + body + '}'

    def _layout_ordered_dict(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        name = type(obj).__name__
        pairs = self._render(list(obj.items()), indent + len(name) + 1,
                             allowance + 1, context, level)
        return '%s(%s)' % (name, pairs)

    def _layout_list(self, obj, indent, allowance, context, level):
        return '[' + self._items(obj, indent, allowance + 1, context,
                                 level) + ']'

    def _layout_tuple(self, obj, indent, allowance, context, level):
        closing = ',)' if len(obj) == 1 else ')'
        return '(' + self._items(obj, indent, allowance + len(closing),
                                 context, level) + closing

    def _layout_set(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        if type(obj) is set:
            opening, closing = '{', '}'
        else:
            name = type(obj).__name__
            opening, closing = name + '({', '})'
            indent += len(name) + 1
        ordered = sorted(obj, key=_Ordered)
        return opening + self._items(ordered, indent,
                                     allowance + len(closing), context,
                                     level) + closing

    def _layout_str(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        top = level == 1
        if top:
            # At top level the chunks are wrapped in parentheses.
            indent += 1
            allowance += 1
        chunks = _string_chunks(obj, self._width - indent, allowance)
        if len(chunks) == 1:
            return chunks[0]
        text = ('\n' + ' ' * indent).join(chunks)
        return '(' + text + ')' if top else text

    def _layout_bytes(self, obj, indent, allowance, context, level):
        if len(obj) <= 4:
            return repr(obj)
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        text = ('\n' + ' ' * indent).join(
            _bytes_chunks(obj, self._width - indent, allowance))
        return '(' + text + ')' if top else text

    def _layout_bytearray(self, obj, indent, allowance, context, level):
        inner = self._layout_bytes(bytes(obj), indent + 10, allowance + 1,
                                   context, level + 1)
        return 'bytearray(' + inner + ')'

    def _layout_defaultdict(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        factory = self._repr(obj.default_factory, context, level)
        name = type(obj).__name__
        indent += len(name) + 1
        body = self._layout_dict(obj, indent, allowance + 1, context, level)
        return '%s(%s,\n%s%s)' % (name, factory, ' ' * indent, body)

    def _layout_counter(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        name = type(obj).__name__
        body = self._dict_items(obj.most_common(), indent + len(name) + 1,
                                allowance + 2, context, level)
        return name + '({' + self._pad() + body + '})'

    def _layout_deque(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        name = type(obj).__name__
        indent += len(name) + 1
        if obj.maxlen is None:
            body = self._items(obj, indent, allowance + 2, context, level)
            return name + '([' + body + '])'
        body = self._items(obj, indent, 2, context, level)
        limit = self._repr(obj.maxlen, context, level)
        return '%s([%s],\n%smaxlen=%s)' % (name, body, ' ' * indent, limit)

    # -- one-line repr --------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if issubclass(cls, dict) and own_repr is dict.__repr__:
            brackets = ('{', '}')
        elif issubclass(cls, list) and own_repr is list.__repr__:
            brackets = ('[', ']')
        elif issubclass(cls, tuple) and own_repr is tuple.__repr__:
            brackets = ('(', ',)' if len(object) == 1 else ')')
        else:
            text = repr(object)
            readable = not text.startswith('<') if text else text
            return text, readable, False
        opening, closing = brackets
        if not object:
            return opening + closing, True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return opening + '...' + closing, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        if opening == '{':
            for k, v in self._sorted_items(object):
                k_text, k_ok, k_rec = self.format(k, context, maxlevels,
                                                  level + 1)
                v_text, v_ok, v_rec = self.format(v, context, maxlevels,
                                                  level + 1)
                parts.append(k_text + ': ' + v_text)
                readable = readable and k_ok and v_ok
                recursive = recursive or k_rec or v_rec
        else:
            for item in object:
                text, ok, rec = self.format(item, context, maxlevels,
                                            level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del context[key]
        return opening + ', '.join(parts) + closing, readable, recursive


_SCALARS = {str, bytes, bytearray, float, complex, bool, type(None)}

_LAYOUTS = [
    (dict, PrettyPrinter._layout_dict),
    (_collections.OrderedDict, PrettyPrinter._layout_ordered_dict),
    (list, PrettyPrinter._layout_list),
    (tuple, PrettyPrinter._layout_tuple),
    (set, PrettyPrinter._layout_set),
    (frozenset, PrettyPrinter._layout_set),
    (str, PrettyPrinter._layout_str),
    (bytes, PrettyPrinter._layout_bytes),
    (bytearray, PrettyPrinter._layout_bytearray),
    (_collections.defaultdict, PrettyPrinter._layout_defaultdict),
    (_collections.Counter, PrettyPrinter._layout_counter),
    (_collections.deque, PrettyPrinter._layout_deque),
]


def _layout_for(obj):
    # The multi-line layout for obj's type, found by its __repr__ so that
    # a subclass overriding __repr__ keeps its own one-line form.
    own_repr = type(obj).__repr__
    for base, layout in _LAYOUTS:
        if own_repr is base.__repr__:
            return layout
    return None
