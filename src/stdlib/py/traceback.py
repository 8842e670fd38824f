# The traceback module: the interpreter's own report of an exception
# (what an uncaught exception prints), taken apart into the lists of
# strings this module's functions return. pyasync has no frame objects,
# so what needs a live stack (extract_stack, print_stack, walk_stack,
# walk_tb) raises NotImplementedError.

import sys

__all__ = sorted('''
    clear_frames extract_stack extract_tb format_exc format_exception
    format_exception_only format_list format_stack format_tb print_exc
    print_exception print_last print_stack print_tb walk_stack walk_tb
    FrameSummary StackSummary TracebackException'''.split())

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

_sentinel = object()


def _frame_chunks(text):
    """The report of a traceback's frames, one string per frame (its
    File line with the source and marker lines under it)."""
    chunks = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and chunks and chunks[-1].startswith('  File '):
            chunks[-1] += line
        else:
            chunks.append(line)
    return chunks


def _limited(items, limit):
    if limit is None:
        # sys.tracebacklimit, when set, limits too (negative: no frames).
        limit = getattr(sys, 'tracebacklimit', None)
        limit = None if limit is None else max(limit, 0)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def _check_tb(tb):
    if tb is not None and type(tb).__name__ != 'traceback':
        raise AttributeError(f"'{type(tb).__name__}' object has no attribute 'tb_frame'")


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_formatted')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._formatted = None

    @property
    def line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno).strip()
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def _fields(self):
        # What the summary unpacks to, as the 4-tuples of old.
        return (self.filename, self.lineno, self.name, self.line)

    def __iter__(self):
        return iter(self._fields())

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __len__(self):
        return len(self._fields())

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        def summary(entry):
            if isinstance(entry, FrameSummary):
                return entry
            filename, lineno, name, line = entry
            return FrameSummary(filename, lineno, name, line=line)
        return StackSummary(map(summary, a_list))

    def format_frame_summary(self, frame_summary):
        if frame_summary._formatted is not None:
            return frame_summary._formatted
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line.strip())
        return row

    def format(self):
        return [self.format_frame_summary(f) for f in self]


def extract_tb(tb, limit=None):
    """The frames of traceback tb as a StackSummary, outermost first."""
    _check_tb(tb)
    entries = _extract_tb(tb)
    chunks = [c for c in _frame_chunks(_format_tb(tb)) if c.startswith('  File ')]
    result = StackSummary()
    for i, (filename, lineno, name, line) in enumerate(entries):
        fs = FrameSummary(filename, lineno, name, line=line)
        if len(chunks) == len(entries):
            fs._formatted = chunks[i]
        result.append(fs)
    return StackSummary(_limited(result, limit))


def format_list(extracted_list):
    """The strings print_list would print, one per frame."""
    return StackSummary.from_list(extracted_list).format()


def _write_lines(lines, file):
    """Writes each string of lines to file, sys.stderr when it is None."""
    out = sys.stderr if file is None else file
    out.write(''.join(lines))


def print_list(extracted_list, file=None):
    _write_lines(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """One string per frame of traceback tb, outermost first."""
    _check_tb(tb)
    if limit is None and getattr(sys, 'tracebacklimit', None) is None:
        return _frame_chunks(_format_tb(tb))
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _write_lines(format_tb(tb, limit), file)


def _value_of(exc, value):
    if value is _sentinel:
        return exc
    return value


def _check_exception(value):
    if value is not None and not isinstance(value, BaseException):
        raise TypeError(f"Exception expected for value, {type(value).__name__} found")


def format_exception_only(exc, /, value=_sentinel):
    """The exception's 'Type: message' line and its notes."""
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        # What reading the exception's attributes fails with in CPython.
        raise AttributeError(f"'{type(value).__name__}' object has no attribute "
                             "'__suppress_context__'")
    return _format_exception_only(value).splitlines(keepends=True)


def _has_group(exc, seen):
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, BaseExceptionGroup):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _format_chain(exc, tb, limit, chain, seen):
    out = []
    if chain:
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and id(cause) not in seen:
            seen.add(id(cause))
            out += _format_chain(cause, cause.__traceback__, limit, chain, seen)
            out.append(_CAUSE_MESSAGE)
        elif (cause is None and context is not None
              and not exc.__suppress_context__ and id(context) not in seen):
            seen.add(id(context))
            out += _format_chain(context, context.__traceback__, limit, chain, seen)
            out.append(_CONTEXT_MESSAGE)
    if tb is not None:
        frames = format_tb(tb, limit)
        if frames:
            out.append('Traceback (most recent call last):\n')
            out += frames
    out += format_exception_only(exc)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception prints, as a list of strings."""
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    _check_exception(value)
    if tb is _sentinel:
        tb = value.__traceback__
    if _has_group(value, set()):
        if limit is not None or not chain or tb is not value.__traceback__:
            raise NotImplementedError(
                'pyasync formats exception groups only in full')
        return _frame_chunks(_format_exception(value))
    return _format_chain(value, tb, limit, chain, {id(value)})


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints the exception's report, as an uncaught exception's, to file
    (sys.stderr by default)."""
    _write_lines(format_exception(exc, value, tb, limit, chain), file)


def print_exc(limit=None, file=None, chain=True):
    """print_exception of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report print_exc would print, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def _no_frames(name):
    raise NotImplementedError(f'pyasync has no frame objects for traceback.{name}')


def extract_stack(f=None, limit=None):
    _no_frames('extract_stack')


def format_stack(f=None, limit=None):
    _no_frames('format_stack')


def print_stack(f=None, limit=None, file=None):
    _no_frames('print_stack')


def walk_stack(f):
    _no_frames('walk_stack')


def walk_tb(tb):
    _no_frames('walk_tb')


def clear_frames(tb):
    """Nothing to clear: pyasync's tracebacks hold no frames."""
    _check_tb(tb)


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._str = str(exc_value) if exc_value is not None else 'None'
        self.stack = (extract_tb(exc_traceback, limit=limit)
                      if exc_traceback is not None else StackSummary())
        self.__notes__ = getattr(exc_value, '__notes__', None)
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__cause__ = (TracebackException.from_exception(cause, limit=limit)
                          if cause is not None else None)
        self.__context__ = (TracebackException.from_exception(context, limit=limit)
                            if context is not None and cause is None else None)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, self._exc, self._tb,
                                    limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        _write_lines(self.format(chain=chain), file)
