# The warnings module: the filters deciding what happens to a warning
# (shown, shown once per place, turned into an error, ignored), the
# registries remembering what was shown, and the printing. `warn` itself
# is native (see src/stdlib/warnings.rs): it notes the calling statement's
# file and line and hands over to `_warn_at`.

import sys

_native_warn = warn

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
# What was shown from each file, for the "default" and "module" actions;
# keyed like CPython's per-module __warningregistry__ dicts.
_registries = {}
# Bumped whenever the filters change: the registries are then stale.
_version = [1]


def _filters_mutated():
    _version[0] += 1


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.__dict__.update(message=message, category=category, filename=filename,
                             lineno=lineno, file=file, line=line, source=source)
        self._category_name = None if category is None else category.__name__

    def __str__(self):
        shown = (('message', repr(self.message)), ('category', repr(self._category_name)),
                 ('filename', repr(self.filename)), ('lineno', str(self.lineno)),
                 ('line', repr(self.line)))
        return '{' + ', '.join(f'{name} : {text}' for name, text in shown) + '}'


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class _Literal:
    """A pattern without regular-expression syntax, matched as `re.match`
    would match it (a prefix), for when the re module is not available."""

    def __init__(self, text, ignore_case):
        self.pattern = text
        self._ignore_case = ignore_case

    def match(self, s):
        if self._ignore_case:
            return s.lower().startswith(self.pattern.lower())
        return s.startswith(self.pattern)

    def __eq__(self, other):
        return (isinstance(other, _Literal) and self.pattern == other.pattern
                and self._ignore_case == other._ignore_case)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return f"re.compile({self.pattern!r}{', re.IGNORECASE' if self._ignore_case else ''})"


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        if any(c in pattern for c in '.^$*+?{}[]\\|()'):
            raise NotImplementedError(
                'warning filters with regular expressions need the re module') from None
        return _Literal(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Adds a filter: warnings whose text starts with message (a regular
    expression, case-insensitive), of category, raised in a module matching
    module, at lineno (0: any line) get action."""
    checks = (
        (lambda: action in _ACTIONS, lambda: "invalid action: %r" % (action,)),
        (lambda: isinstance(message, str), lambda: "message must be a string"),
        (lambda: isinstance(category, type), lambda: "category must be a class"),
        (lambda: issubclass(category, Warning), lambda: "category must be a Warning subclass"),
        (lambda: isinstance(module, str), lambda: "module must be a string"),
        (lambda: isinstance(lineno, int) and lineno >= 0, lambda: "lineno must be an int >= 0"),
    )
    for holds, complaint in checks:
        if not holds():
            raise AssertionError(complaint())
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of category (at lineno)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    """A filter's message or module field against a warning's: None
    matches anything, a string only itself, a compiled pattern what it
    matches at the start."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _action_for(text, category, module, lineno):
    for item in filters:
        action, message, filter_category, filter_module, filter_lineno = item
        if (_matches(message, text)
                and issubclass(category, filter_category)
                and _matches(filter_module, module)
                and (filter_lineno == 0 or filter_lineno == lineno)):
            return action, item
    return defaultaction, None


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issues a warning as coming from filename:lineno of module."""
    lineno = int(lineno)
    if module is None:
        # The file's name, less a .py suffix, stands for the module.
        module = filename or "<unknown>"
        module = module[:-3] if module.lower().endswith(".py") else module
    registry = {} if registry is None else registry
    if registry.get('version', 0) != _version[0]:
        # The filters changed since these warnings were shown.
        registry.clear()
        registry['version'] = _version[0]
    # The text the registries and filters see: the message as given, or
    # the str() of a Warning instance, whose class is then the category.
    text, message = ((str(message), message) if isinstance(message, Warning)
                     else (message, category(message)))
    category = message.__class__
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, item = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def warn(message, category=None, stacklevel=1, source=None, *,
         _filename, _lineno):
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    registry = _registries.setdefault(_filename, {})
    # The location `warn` reports is always in the main script (see
    # src/stdlib/warnings.rs), whose module is __main__.
    warn_explicit(message, category, _filename, _lineno, '__main__',
                  registry, source=source)


# The native `warn` calls this one, named `warn` too so that argument
# errors name the function the script called.
_warn_at, warn = warn, _native_warn


class catch_warnings:
    """A context manager that saves the filters and showwarning on entry
    and restores them on exit; with record=True, warnings are appended to
    the list it returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = "record=True" if self._record else ""
        return f"{type(self).__name__}({shown})"

    def __enter__(self):
        global filters, showwarning, _showwarnmsg_impl
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved = (filters, showwarning, _showwarnmsg_impl)
        filters = filters[:]
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global filters, showwarning, _showwarnmsg_impl
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters, showwarning, _showwarnmsg_impl = self._saved
        _filters_mutated()


def _process_option(arg):
    """One -W option: action:message:category:module:lineno."""
    fields = [field.strip() for field in arg.split(':')]
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    action, message, category, module, lineno = fields + [''] * (5 - len(fields))
    action = _getaction(action)
    category = _getcategory(category)
    if lineno and not lineno.isdigit():
        raise _OptionError("invalid lineno %r" % (lineno,))
    lineno = int(lineno) if lineno else 0
    # The message is matched literally and the module exactly, as the
    # escaped patterns CPython compiles for -W options match.
    _add_filter(action, _Literal(message, True) if message else None, category,
                module or None, lineno, append=False)


class _OptionError(Exception):
    """An invalid -W option."""


def _getaction(action):
    if action == "all":
        return "always"
    candidates = [a for a in _ACTIONS if a.startswith(action)] if action else ["default"]
    if not candidates:
        raise _OptionError("invalid action: %r" % (action,))
    return candidates[0]


def _getcategory(category):
    if not category:
        return Warning
    if '.' in category:
        raise _OptionError("invalid module name: %r" % (category,))
    cat = _CATEGORIES.get(category)
    if cat is None:
        raise _OptionError("unknown warning category: %r" % (category,))
    return cat


_CATEGORIES = {c.__name__: c for c in (
    Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
    SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
    UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning)}


filters.append(("default", None, DeprecationWarning, "__main__", 0))
for _category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                  ResourceWarning):
    simplefilter("ignore", category=_category, append=True)
del _category

for _option in getattr(sys, 'warnoptions', ()):
    try:
        _process_option(_option)
    except _OptionError as _error:
        print("Invalid -W option ignored:", _error, file=sys.stderr)
