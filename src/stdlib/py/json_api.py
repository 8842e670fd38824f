# The json module's public classes and functions. Encoding and scanning are
# the natives _encode, _quote, _scan and _skip_ws (src/stdlib/json.rs); this
# layer holds the options, the hooks users override, and the error class.


class JSONDecodeError(ValueError):
    # Tracebacks name it as CPython defines it, in json.decoder.
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        line = before.count('\n') + 1
        # Columns count from 1; on the first line rfind gives -1.
        column = pos - before.rfind('\n')
        ValueError.__init__(
            self, f'{msg}: line {line} column {column} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


class JSONEncoder:
    # Defaults for the separators; an instance sets its own.
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys, self.sort_keys = skipkeys, sort_keys
        self.ensure_ascii, self.allow_nan = ensure_ascii, allow_nan
        self.check_circular, self.indent = check_circular, indent
        if separators is None:
            # Indented output ends its lines after the comma.
            separators = (', ' if indent is None else ',', ': ')
        self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default  # shadows the method

    def default(self, o):
        raise TypeError(
            f'Object of type {type(o).__name__} is not JSON serializable')

    def encode(self, o):
        # A str alone is quoted directly; anything else goes through
        # iterencode, which a subclass may override.
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        # A generator, as CPython's: nothing is encoded until it is iterated.
        yield self._text(o)

    def _text(self, o):
        unit = self.indent
        if unit is not None and not isinstance(unit, str):
            unit = ' ' * unit
        return _encode(o, self.check_circular, self.default,
                       self.ensure_ascii, self.allow_nan, unit,
                       self.key_separator, self.item_separator,
                       self.sort_keys, self.skipkeys)


def _constant(name):
    return {'NaN': float('nan'), 'Infinity': float('inf'),
            '-Infinity': float('-inf')}[name]


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return _scan(s, idx, self.strict, self.object_hook,
                     self.object_pairs_hook, self.parse_float, self.parse_int,
                     self.parse_constant, JSONDecodeError)


_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw)
    if cls is None:
        if options == _PLAIN_OPTIONS:
            return _plain_encoder.encode(obj)
        cls = JSONEncoder
    return cls(**options).encode(obj)


_PLAIN_OPTIONS = dict(skipkeys=False, ensure_ascii=True, check_circular=True,
                      allow_nan=True, indent=None, separators=None,
                      default=None, sort_keys=False)


def dump(obj, fp, *, cls=None, **kw):
    encoder = (JSONEncoder if cls is None else cls)(**kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def loads(s, *, cls=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                'Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _bytes_text(s)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {type(s).__name__}')
    if cls is None:
        if not any(v is not None for v in kw.values()):
            if all(k in _DECODER_HOOKS for k in kw):
                return _plain_decoder.decode(s)
        cls = JSONDecoder
    return cls(**kw).decode(s)


_DECODER_HOOKS = ('object_hook', 'parse_float', 'parse_int', 'parse_constant',
                  'object_pairs_hook')


def load(fp, **kw):
    return loads(fp.read(), **kw)
