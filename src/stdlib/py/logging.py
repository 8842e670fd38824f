# logging: leveled event logging through a tree of named loggers, with the
# observable behaviour of CPython 3.11's logging package (names, defaults,
# messages, reprs, the order handlers run in).
#
# What pyasync lacks shapes a few corners:
# - no threads: handlers keep a `lock` attribute of None and acquire/release
#   do nothing;
# - no frame objects: a record's caller is "(unknown file)", line 0,
#   "(unknown function)", what CPython reports when it cannot find one;
# - no `re` or `string.Template`: the three format styles parse their
#   formats by hand below.
# The native `_format_exception(exc)` gives traceback.print_exception's text.

import sys, os, time

__all__ = """
    BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler
    Filter Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET
    NullHandler StreamHandler WARN WARNING addLevelName basicConfig
    captureWarnings critical debug disable error exception fatal getLevelName
    getLogger getLoggerClass info log makeLogRecord setLoggerClass shutdown
    warn warning getLogRecordFactory setLogRecordFactory lastResort
    raiseExceptions getLevelNamesMapping
""".split()

# Whether a handler's failure to emit is reported on stderr.
raiseExceptions = True
# Which thread and process facts records carry.
logThreads = logMultiprocessing = logProcesses = True

# relativeCreated counts milliseconds from the module's import.
_startTime = time.time()


# --- levels ------------------------------------------------------------------

NOTSET = 0
DEBUG = 10
INFO = 20
WARNING = 30
WARN = WARNING
ERROR = 40
CRITICAL = 50
FATAL = CRITICAL

# Both directions of the level table. The name -> number side also knows the
# aliases WARN and FATAL, in the order CPython's getLevelNamesMapping shows.
_levelToName = {}
_nameToLevel = {}
for _name, _number in [('CRITICAL', CRITICAL), ('FATAL', FATAL),
                       ('ERROR', ERROR), ('WARN', WARN), ('WARNING', WARNING),
                       ('INFO', INFO), ('DEBUG', DEBUG), ('NOTSET', NOTSET)]:
    _nameToLevel[_name] = _number
    if _name not in ('FATAL', 'WARN'):
        _levelToName[_number] = _name
del _name, _number


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number; also, oddly, the number of a level name
    (CPython keeps that for compatibility); else 'Level N'."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return "Level %s" % (level,)


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level in _nameToLevel:
            return _nameToLevel[level]
        raise ValueError("Unknown level: %r" % (level,))
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# --- records -----------------------------------------------------------------

def _single_mapping(args):
    """`args` is exactly one non-empty mapping: then `%(key)s` fields of the
    message are looked up in it (log.info("%(a)s", {"a": 1})). CPython asks
    for a collections.abc.Mapping; the mappings pyasync has are dicts."""
    return bool(args) and len(args) == 1 and isinstance(args[0], dict) \
        and len(args[0]) > 0


def _file_and_module(pathname):
    """'/p/mod.py' -> ('mod.py', 'mod'); a pathname that is no path (None,
    say) stands for both, as 'Unknown module' for the module."""
    try:
        filename = os.path.basename(pathname)
        return filename, os.path.splitext(filename)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


class LogRecord(object):
    """One logged event: who logged it, how severe, the message and its
    arguments (kept apart until a formatter asks), and when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        # (Attributes are set in CPython's order: vars(record) shows it.)
        self.name, self.msg = name, msg
        self.args = args[0] if _single_mapping(args) else args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        self.lineno, self.funcName = lineno, func
        self.created = now
        # Whole milliseconds, kept a float (CPython 3.11.7 truncates so that
        # msecs never rounds up to 1000).
        self.msecs = float(int((now - int(now)) * 1000))
        self.relativeCreated = (now - _startTime) * 1000
        # One thread, one process: the names CPython gives the main ones.
        self.thread = 1 if logThreads else None
        self.threadName = 'MainThread' if logThreads else None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record from a dict of its attributes (say, one sent over a socket):
    an empty record, then each key set as an attribute."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# --- format styles -----------------------------------------------------------
#
# A style owns a format string in one of str's three templating languages and
# knows three things about it: whether it names asctime (so the formatter
# computes the time only when needed), whether it is well formed
# (`validate`), and how to fill it from a record's attributes.

def _is_word_char(c):
    return c == '_' or c.isalnum()


def _skip(text, i, accept):
    """The index of the first character at or after i not in `accept`."""
    while i < len(text) and accept(text[i]):
        i += 1
    return i


def _percent_has_field(fmt):
    """Whether fmt holds at least one complete `%(name)...c` conversion:
    name made of word characters, then flags, width, precision, type."""
    start = fmt.find('%(')
    while start >= 0:
        close = fmt.find(')', start + 2)
        if close < 0:
            return False
        name = fmt[start + 2:close]
        if name and all(_is_word_char(c) for c in name):
            i = _skip(fmt, close + 1, lambda c: c in '#0+ -')
            if fmt[i:i + 1] == '*':
                i += 1
            else:
                i = _skip(fmt, i, lambda c: c.isdigit())
            if fmt[i:i + 1] == '.':
                if fmt[i + 1:i + 2] == '*':
                    i += 2
                else:
                    i = _skip(fmt, i + 1, lambda c: c.isdigit())
            if i < len(fmt) and fmt[i] in 'diouxefgcrsa%DIOUXEFGCRSA':
                return True
        start = fmt.find('%(', start + 2)
    return False


def _brace_fields(fmt):
    """Yield the replacement fields of a str.format string as (name,
    conversion, spec) triples, raising str.format's own parse errors when
    the scan reaches them."""
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == '}':
            if fmt[i + 1:i + 2] != '}':
                raise ValueError("Single '}' encountered in format string")
            i += 2
            continue
        if c != '{':
            i += 1
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        if fmt[i + 1] == '{':
            i += 2
            continue
        # The field name runs to '!', ':' or '}'; an index in brackets may
        # hold any of those.
        j = i + 1
        while True:
            if j >= n:
                raise ValueError("expected '}' before end of string")
            ch = fmt[j]
            if ch == '[':
                end = fmt.find(']', j)
                if end < 0:
                    raise ValueError("expected '}' before end of string")
                j = end + 1
            elif ch == '{':
                raise ValueError("unexpected '{' in field name")
            elif ch in '!:}':
                break
            else:
                j += 1
        name, conversion, spec = fmt[i + 1:j], None, ''
        if fmt[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion "
                                 "specifier")
            conversion = fmt[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if fmt[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if fmt[j] == ':':
            # The spec may nest fields of its own ('{x:{width}}').
            depth, k = 1, j + 1
            while k < n:
                if fmt[k] == '{':
                    depth += 1
                elif fmt[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = fmt[j + 1:k]
            j = k
        yield name, conversion, spec
        i = j + 1


def _is_word(text):
    return text != '' and all(_is_word_char(c) for c in text)


def _field_name_ok(name):
    """A plain name or number followed by any `.attr` and `[key]` parts."""
    i = _skip(name, 0, lambda c: c not in '.[')
    if not _is_word(name[:i]):
        return False
    while i < len(name):
        if name[i] == '.':
            j = _skip(name, i + 1, lambda c: c not in '.[')
            if not _is_word(name[i + 1:j]):
                return False
        else:
            j = name.find(']', i)
            if j <= i + 1:
                return False
            j += 1
        i = j
    return True


def _spec_part_number(spec, i):
    """The end of a width or precision: digits, or a nested `{word}`."""
    if spec[i:i + 1] == '{':
        close = spec.find('}', i)
        if close > i + 1 and _is_word(spec[i + 1:close]):
            return close + 1
        return i
    return _skip(spec, i, lambda c: c.isdigit())


def _format_spec_ok(spec):
    """[[fill]align][sign][#][0][width][grouping][.precision][type],
    where the type is one str.format knows for str or numbers."""
    i = 0
    if spec[1:2] and spec[1] in '<>=^':
        i = 2
    elif spec[:1] and spec[0] in '<>=^':
        i = 1
    for optional in ('+- ', '#', '0'):
        if spec[i:i + 1] and spec[i] in optional:
            i += 1
    i = _spec_part_number(spec, i)
    if spec[i:i + 1] and spec[i] in ',_':
        i += 1
    if spec[i:i + 1] == '.':
        end = _spec_part_number(spec, i + 1)
        if end == i + 1:
            return False
        i = end
    if spec[i:i + 1] and spec[i] in 'bcdefgnosx%BCDEFGNOSX':
        i += 1
    return i == len(spec)


def _is_identifier_char(c, first):
    if c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z'):
        return True
    return not first and '0' <= c <= '9'


def _template_parts(template):
    """Yield string.Template's reading of `template`, left to right: literal
    strings and ('name',) placeholders; a '$' starting neither `$$`,
    `$name` nor `${name}` is yielded as its index, and ends the scan."""
    literal_start = 0
    i = template.find('$')
    while i >= 0:
        yield template[literal_start:i]
        after = template[i + 1:i + 2]
        if after == '$':
            yield '$'
            literal_start = i + 2
        else:
            braced = after == '{'
            start = i + 2 if braced else i + 1
            end = start
            while (end < len(template)
                   and _is_identifier_char(template[end], end == start)):
                end += 1
            if end == start or (braced and template[end:end + 1] != '}'):
                yield i
                return
            yield (template[start:end],)
            literal_start = end + 1 if braced else end
        i = template.find('$', literal_start)
    yield template[literal_start:]


def _require_text(fmt):
    """The TypeError CPython's regular-expression checks give a format that
    is not a str."""
    if isinstance(fmt, (bytes, bytearray)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    if not isinstance(fmt, str):
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(fmt).__name__)


def _placeholder_error(template, index):
    """string.Template's message for a bad '$': 1-based line and column."""
    lines = (template[:index] + '$').splitlines()
    return ValueError('Invalid placeholder in string: line %d, col %d'
                      % (len(lines), len(lines[-1])))


class PercentStyle(object):
    """`%(name)s` fields, filled by the % operator."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt, self._defaults = fmt or self.default_format, defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        _require_text(self._fmt)
        if not _percent_has_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        """The record's attributes, over the style's defaults."""
        if not self._defaults:
            return record.__dict__
        values = dict(self._defaults)
        values.update(record.__dict__)
        return values

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s'
                             % (missing,))


class StrFormatStyle(PercentStyle):
    """`{name}` fields, filled by str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        # Fields are checked as the scan yields them, so a bad field is
        # reported before a syntax error further on.
        if not isinstance(self._fmt, str):
            raise TypeError('expected str, got %s' % type(self._fmt).__name__)
        fields = _brace_fields(self._fmt)
        named = False
        while True:
            try:
                name, conversion, spec = next(fields)
            except StopIteration:
                break
            except ValueError as e:
                raise ValueError('invalid format: %s' % (e,))
            if name:
                if not _field_name_ok(name):
                    raise ValueError('invalid format: invalid field '
                                     'name/expression: %r' % (name,))
                named = True
            if conversion is not None and conversion not in 'rsa':
                raise ValueError('invalid format: invalid conversion: %r'
                                 % (conversion,))
            if spec and not _format_spec_ok(spec):
                raise ValueError('invalid format: bad specifier: %r' % (spec,))
        if not named:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """`$name` and `${name}` fields, filled as string.Template would."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        # Either spelling of the field counts.
        return any(self._fmt.find(spelling) >= 0
                   for spelling in ('$asctime', self.asctime_search))

    def validate(self):
        _require_text(self._fmt)
        named = False
        for part in _template_parts(self._fmt):
            if isinstance(part, int):
                raise ValueError("invalid format: bare '$' not allowed")
            named = named or isinstance(part, tuple)
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        values = self._values(record)
        out = []
        for part in _template_parts(self._fmt):
            if isinstance(part, int):
                raise _placeholder_error(self._fmt, part)
            if isinstance(part, tuple):
                part = '%s' % (values[part[0]],)
            out.append(part)
        return ''.join(out)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# Each style character with its class and basicConfig's default format.
_STYLES = dict([
    ('%', (PercentStyle, BASIC_FORMAT)),
    ('{', (StrFormatStyle, '{levelname}:{name}:{message}')),
    ('$', (StringTemplateStyle, '${levelname}:${name}:${message}')),
])


def _style_error():
    return ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))


# --- formatters --------------------------------------------------------------

def _call_converter(converter, seconds):
    """Call a `converter` read from a formatter. pyasync's time.localtime and
    time.gmtime are Python functions, so stored on a class they come back
    bound to the formatter; CPython's are builtins and never bind."""
    plain = getattr(converter, '__func__', None)
    if plain is time.localtime or plain is time.gmtime:
        return plain(seconds)
    return converter(seconds)


class Formatter(object):
    """Turns a record into text: the message line from the style's format,
    then the traceback and stack text, if any, on lines of their own."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise _style_error()
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        moment = _call_converter(self.converter, record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        error = ei[1] if isinstance(ei, tuple) else ei
        if error is None:
            text = 'NoneType: None'
        else:
            text = _format_exception(error)
        return text[:-1] if text.endswith('\n') else text

    def formatStack(self, stack_info):
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback text is computed once per record and cached on it,
        # so several handlers share it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _below(text, record.exc_text)
        if record.stack_info:
            text = _below(text, self.formatStack(record.stack_info))
        return text


def _below(text, more):
    """`more` starting on a line of its own after `text`."""
    if not text.endswith('\n'):
        text += '\n'
    return text + more


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = ''.join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# --- filters -----------------------------------------------------------------

class Filter(object):
    """Lets through the records of one logger and its descendants: name
    'a.b' passes 'a.b' and 'a.b.c' but not 'a.bc'; '' passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return (record.name.startswith(self.name)
                and record.name[self.nlen:self.nlen + 1] == '.')


class Filterer(object):
    """The filter list loggers and handlers share. A filter is an object
    with a filter(record) method or a plain callable; the first falsy
    answer drops the record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# --- handlers ----------------------------------------------------------------

# Named handlers by name, and every handler ever made (what shutdown closes).
_handlers = {}
_handlerList = []


class Handler(Filterer):
    """Where records go. Subclasses say how in emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name, self.level = None, _checkLevel(level)
        self.formatter, self._closed = None, False
        _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    # Single-threaded: nothing to lock.
    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters pass it; say whether they did."""
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        """Report, on stderr, an exception raised while emitting (a bad
        format, say) and carry on: logging must not stop the program.
        CPython follows the traceback with the logging call's stack; with
        no frames here, the record's file and line stand for it."""
        if not (raiseExceptions and sys.stderr):
            return
        error = sys.exc_info()[1]
        write = sys.stderr.write
        try:
            write('--- Logging error ---\n')
            if error is not None:
                write(_format_exception(error))
            write('Call stack:\n')
            write('Logged from file %s, line %s\n'
                  % (record.filename, record.lineno))
            try:
                write('Message: %r\nArguments: %s\n'
                      % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                write('Unable to print the message and arguments - possible '
                      'formatting error.\nUse the traceback above to help '
                      'find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record, then `terminator`, to a stream
    (sys.stderr unless told otherwise)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        if self.stream and hasattr(self.stream, 'flush'):
            self.stream.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Swap the stream; the old one comes back (None if unchanged)."""
        if stream is self.stream:
            return None
        old = self.stream
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, name + ' ' if name else '',
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler over a file it opens itself: at once, or with
    delay=True at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        # Text mode with no encoding named means the locale's (io's
        # text_encoding spells that "locale").
        if encoding is None and 'b' not in mode:
            encoding = 'locale'
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        # Opened first, so a bad path raises before the handler is listed.
        stream = None if delay else self._open()
        Handler.__init__(self)
        self.stream = stream

    def _open(self):
        encoding = None if self.encoding == 'locale' else self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=encoding, errors=self.errors)

    def emit(self, record):
        # A closed handler in 'w' mode does not reopen: that would wipe
        # the file it just wrote.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        stream, self.stream = self.stream, None
        try:
            if stream:
                try:
                    if hasattr(stream, 'flush'):
                        stream.flush()
                finally:
                    if hasattr(stream, 'close'):
                        stream.close()
        finally:
            StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


# Used when a record finds no handler at all on its way up the tree: bare
# messages, WARNING and above, to stderr. Set it to None for the old
# "No handlers could be found" notice instead.
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Swallows records: libraries attach one so that their loggers count
    as configured."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# --- the logger tree ---------------------------------------------------------

class PlaceHolder(object):
    """Stands in the manager's table for a dotted name used only as an
    ancestor so far ('a' after getLogger('a.b')), remembering the loggers
    below it that a real logger of that name must adopt."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)


def setLoggerClass(klass):
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def _ancestor_names(name):
    """'a.b.c' -> 'a.b', 'a': the dotted prefixes, nearest first. Each
    search for the next dot ends one character before the last one found,
    as CPython's does, so 'a..b' gives only 'a.'."""
    names = []
    cut = name.rfind('.')
    while cut > 0:
        names.append(name[:cut])
        cut = name.rfind('.', 0, cut - 1)
    return names


class Manager(object):
    """Owns the table of loggers by name and keeps each one's `parent`
    pointing at its nearest existing ancestor (the root if none)."""

    def __init__(self, rootnode):
        self.root, self.disable = rootnode, 0
        self.emittedNoHandlerWarning, self.loggerDict = False, {}
        self.loggerClass = self.logRecordFactory = None

    def _set_disable(self, level):
        self._disable = _checkLevel(level)

    # logging.disable()'s threshold, stored as a number.
    disable = property(lambda self: self._disable, _set_disable)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None and not isinstance(existing, PlaceHolder):
            return existing
        logger = (self.loggerClass or _loggerClass)(name)
        logger.manager = self
        self.loggerDict[name] = logger
        if existing is not None:
            self._adopt(existing, logger)
        self._link_parent(logger)
        return logger

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_parent(self, logger):
        """Point a new logger at its nearest real ancestor, leaving
        placeholders for the missing ones on the way."""
        parent = None
        for ancestor in _ancestor_names(logger.name):
            entry = self.loggerDict.get(ancestor)
            if entry is None:
                self.loggerDict[ancestor] = PlaceHolder(logger)
            elif isinstance(entry, PlaceHolder):
                entry.append(logger)
            else:
                parent = entry
                break
        logger.parent = parent or self.root

    def _adopt(self, placeholder, logger):
        """A logger replaces its placeholder: the descendants recorded there
        whose parent is above it now hang from it instead."""
        prefix = logger.name
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(prefix):
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        pass


class Logger(Filterer):
    """A named channel of the tree. A record logged here passes this
    logger's level and filters, then goes to its handlers and, while
    `propagate` holds, to each ancestor's handlers in turn."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate = None, True
        self.handlers, self.disabled = [], False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        return "(unknown file)", 0, "(unknown function)", None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                   func, sinfo)
        if extra is not None:
            for key in extra:
                # `extra` adds attributes; it may not replace the record's
                # own, nor the two a formatter computes.
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % (key,))
                setattr(record, key, extra[key])
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        # exc_info may be an exception, a sys.exc_info() triple, or any
        # other true value meaning "the exception being handled".
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info,
                            getattr(exc_info, '__traceback__', None))
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args,
                                    exc_info, func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _chain(self):
        """This logger and the ancestors a record propagates to."""
        logger = self
        while logger:
            yield logger
            if not logger.propagate:
                break
            logger = logger.parent

    def hasHandlers(self):
        return any(logger.handlers for logger in self._chain())

    def callHandlers(self, record):
        seen = 0
        for logger in self._chain():
            for handler in logger.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen:
            return
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set (non-zero) from here up to the root."""
        logger = self
        while logger and not logger.level:
            logger = logger.parent
        return logger.level if logger else NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self is not self.root:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context to every call: by default it passes
    its `extra` dict as the calls' extra=; override process() to rewrite
    the message or the keywords instead."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    def _set_manager(self, manager):
        self.logger.manager = manager

    # The wrapped logger's manager and name, seen through the adapter.
    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# --- module-level configuration ----------------------------------------------

def _basic_handlers(options, encoding, errors):
    """The handlers basicConfig attaches: the ones given, else one for the
    file or the stream named (stderr by default)."""
    handlers = options.pop('handlers', None)
    if handlers is not None:
        if 'stream' in options or 'filename' in options:
            raise ValueError("'stream' or 'filename' should not be specified "
                             "together with 'handlers'")
        return handlers
    if 'stream' in options and 'filename' in options:
        raise ValueError("'stream' and 'filename' should not be specified "
                         "together")
    filename = options.pop('filename', None)
    mode = options.pop('filemode', 'a')
    if filename:
        if 'b' in mode:
            errors = None
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(options.pop('stream', None))]


def basicConfig(**kwargs):
    """Give the root logger a handler and a format, once: it does nothing
    when the root already has handlers, unless force=True removes them
    first. Unknown keywords are reported only after the rest is done."""
    options = dict(kwargs)
    force = options.pop('force', False)
    encoding = options.pop('encoding', None)
    errors = options.pop('errors', 'backslashreplace')
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = _basic_handlers(options, encoding, errors)
    datefmt = options.pop('datefmt', None)
    style = options.pop('style', '%')
    if style not in _STYLES:
        raise _style_error()
    formatter = Formatter(options.pop('format', _STYLES[style][1]), datefmt,
                          style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = options.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError('Unrecognised argument(s): %s'
                         % ', '.join(options.keys()))


def getLogger(name=None):
    """The logger of that dotted name, made on first use; the root for no
    name (or the name 'root')."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# The module-level calls log on the root logger, first configuring it with
# basicConfig() if it has no handler yet.

def _configured_root():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at `level` or below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (run at exit)."""
    for handler in reversed(list(handlerList)):
        try:
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            finally:
                handler.release()
        except (OSError, ValueError):
            pass


def captureWarnings(capture):
    """Accepted for compatibility; warnings are not routed to logging."""
