"""Run the interactive examples found in docstrings and compare their output.

Written for pyasync from the documented behaviour of CPython 3.11's
`doctest` (report format, option flags, `TestResults`); matched against
CPython by the golden tests.
"""

import sys
import io
import re
import builtins
import traceback
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'testmod',
    'run_docstring_examples', 'TestResults', 'BLANKLINE_MARKER',
    'ELLIPSIS_MARKER',
]

TestResults = namedtuple('TestResults', ['failed', 'attempted'])

# Flag name -> bit, in the order CPython allocates them (the values are
# visible to programs).
OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The bit of option flag `name`; a new name gets the next free bit."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 2 ** len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
 ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL) = [
    register_optionflag(n) for n in (
        'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
        'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP',
        'IGNORE_EXCEPTION_DETAIL')]
COMPARISON_FLAGS = sum(OPTIONFLAGS_BY_NAME.values())
(REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
 FAIL_FAST) = [
    register_optionflag(n) for n in (
        'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
        'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')]
REPORTING_FLAGS = sum(OPTIONFLAGS_BY_NAME.values()) - COMPARISON_FLAGS

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

_TRACEBACK_HEADERS = ('Traceback (most recent call last):',
                      'Traceback (innermost last):')


def _indent(text, indent=4):
    """`text` with every non-empty line indented by `indent` spaces."""
    return re.sub(r'(?m)^(?!$)', ' ' * indent, text)


def _exception_text(exc):
    """The full report of an exception raised by an example."""
    frames = [fs for fs in traceback.extract_tb(exc.__traceback__)
              if not _is_own_file(fs.filename)]
    lines = ['Traceback (most recent call last):\n']
    lines.extend(traceback.StackSummary.from_list(frames).format())
    lines.extend(traceback.format_exception_only(type(exc), exc))
    return ''.join(lines)


def _is_own_file(filename):
    return filename == '<frozen doctest>' or filename == globals().get(
        '__file__')


# ---------------------------------------------------------------------------
# Examples and their parsing

class Example:
    """One `>>>` example: its source, expected output and options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        # Source, expected output and exception message each end with a
        # newline (an empty expectation stays empty).
        self.source = _line_ended(source)
        self.want = _line_ended(want) if want else want
        self.exc_msg = None if exc_msg is None else _line_ended(exc_msg)
        self.lineno, self.indent = lineno, indent
        self.options = options if options is not None else {}

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.exc_msg)

    def __eq__(self, other):
        if type(other) is type(self):
            return self._key() == other._key() \
                and self.options == other.options
        return NotImplemented

    def __hash__(self):
        return hash(self._key())


def _line_ended(text):
    return text if text.endswith('\n') else text + '\n'


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError('DocTest no longer accepts str; use '
                                 'DocTestParser instead')
        self.examples, self.docstring = examples, docstring
        self.name, self.filename, self.lineno = name, filename, lineno
        # Each test runs in its own copy of the globals.
        self.globs = dict(globs)

    def __repr__(self):
        if not self.examples:
            count = 'no examples'
        elif len(self.examples) == 1:
            count = '1 example'
        else:
            count = '%d examples' % len(self.examples)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                             self.filename, self.lineno,
                                             count)

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self))
                < (other.name, other.filename, other.lineno or -1,
                   id(other)))


_PROMPT = re.compile(r'^([ \t]*)>>>( |$)')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$')


class DocTestParser:
    """Splits a docstring into text and `Example`s."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        margin = min((len(l) - len(l.lstrip()) for l in lines if l.strip()),
                     default=0)
        if margin > 0:
            lines = [l[margin:] for l in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            match = re.match(r'^([ \t]*)>>>', line)
            if match is None:
                text.append(line)
                i += 1
                continue
            indent = len(match.group(1))
            start = i
            source_lines = []
            self._check_prompt(line, indent, '>>>', name, i)
            source_lines.append(line[indent + 4:])
            i += 1
            while i < len(lines):
                nxt = lines[i]
                stripped = nxt[indent:] if len(nxt) >= indent else nxt
                if nxt[:indent].strip() == '' and stripped.startswith('...') \
                        and nxt.lstrip().startswith('...') \
                        and len(nxt) - len(nxt.lstrip()) == indent:
                    self._check_prompt(nxt, indent, '...', name, i)
                    source_lines.append(nxt[indent + 4:])
                    i += 1
                else:
                    break
            want_lines = []
            while i < len(lines):
                nxt = lines[i]
                if not nxt.strip() or re.match(r'^[ \t]*>>>', nxt):
                    break
                if len(nxt) - len(nxt.lstrip()) < indent:
                    raise ValueError('line %r of the docstring for %s has '
                                     'inconsistent leading whitespace: %r'
                                     % (i + 1, name, nxt))
                want_lines.append(nxt[indent:])
                i += 1
            output.append('\n'.join(text) + '\n' if text else '')
            text = []
            source = '\n'.join(source_lines)
            want = '\n'.join(want_lines)
            if want_lines:
                want += '\n'
            options = self._options(source, name, start)
            exc_msg = self._exception_message(want)
            output.append(Example(source, want, exc_msg, lineno=start,
                                  indent=indent + margin, options=options))
        output.append('\n'.join(text))
        return output

    def _check_prompt(self, line, indent, prompt, name, lineno):
        after = line[indent + 3:indent + 4]
        if after not in ('', ' '):
            raise ValueError('line %r of the docstring for %s lacks blank '
                             'after %s: %r' % (lineno + 1, name, prompt,
                                               line))

    def _options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            match = _DIRECTIVE.search(line)
            if match is None:
                continue
            for option in match.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or \
                        option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and not source.strip().split('\n')[0].strip()\
                .startswith('#') and _only_directives(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def _exception_message(self, want):
        lines = want.split('\n')
        if not lines or lines[0].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for k in range(1, len(lines)):
            line = lines[k]
            if line and not line[0].isspace():
                return '\n'.join(lines[k:])
        return None

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name)
                if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)


def _only_directives(source):
    return all(not line.strip() or line.strip().startswith('#')
               for line in source.split('\n'))


# ---------------------------------------------------------------------------
# Output comparison

class OutputChecker:
    """Decides whether an example's output matches what it expected."""

    def check_output(self, want, got, optionflags):
        """Whether `got` matches `want`, each relaxation that
        `optionflags` allows being tried in turn."""
        if want == got:
            return True
        if (not optionflags & DONT_ACCEPT_TRUE_FOR_1
                and (want, got) in (('1\n', 'True\n'), ('0\n', 'False\n'))):
            return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # <BLANKLINE> stands for an empty line; lines of only
            # whitespace in the output count as empty.
            marker = r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER)
            want, got = re.sub(marker, '', want), \
                re.sub(r'(?m)^[^\S\n]+$', '', got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            raise NotImplementedError('doctest: diff reports (REPORT_UDIFF, '
                                      'REPORT_CDIFF, REPORT_NDIFF) are not '
                                      'supported by pyasync')
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    if not got.startswith(head):
        return False
    start, end = len(head), len(got)
    if tail:
        if not got.endswith(tail) or end - len(tail) < start:
            return False
        end -= len(tail)
    for piece in pieces[1:-1]:
        found = got.find(piece, start, end)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def _strip_exception_detail(msg):
    """The exception's type name, without its module and message."""
    name = msg.split('\n', 1)[0].split(':', 1)[0].strip()
    return name.rsplit('.', 1)[-1]


# ---------------------------------------------------------------------------
# Finding docstrings

class DocTestFinder:
    """Collects the `DocTest`s of a module, class or function and of what
    it defines (functions, classes, methods)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser, self._verbose = parser, verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError('DocTestFinder.find: name must be given '
                                 'when obj.__name__ doesn\'t exist: %r'
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        source_lines = _source_lines(obj, module)
        if globs is not None:
            globs = dict(globs)
        elif module is not None:
            globs = dict(module.__dict__)
        else:
            globs = {}
        globs.update(extraglobs or {})
        globs.setdefault('__name__', '__main__')
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if _is_module(obj):
            for key, value in list(obj.__dict__.items()):
                value = _unwrap(value)
                if (_is_routine(value) or isinstance(value, type)) \
                        and self._from_module(module, value):
                    self._find(tests, value, '%s.%s' % (name, key), module,
                               source_lines, globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError('DocTestFinder.find: __test__ keys '
                                     'must be strings: %r' % (type(key),))
                if not (isinstance(value, (str, type)) or _is_routine(value)
                        or _is_module(value)):
                    raise ValueError('DocTestFinder.find: __test__ values '
                                     'must be strings, functions, methods, '
                                     'classes, or modules: %r'
                                     % (type(value),))
                self._find(tests, value, '%s.__test__.%s' % (name, key),
                           module, source_lines, globs, seen)
        if isinstance(obj, type):
            for key, value in list(obj.__dict__.items()):
                value = _unwrap(value)
                if (_is_routine(value) or isinstance(value, type)
                        or _is_property(value)) \
                        and self._from_module(module, value):
                    self._find(tests, value, '%s.%s' % (name, key), module,
                               source_lines, globs, seen)

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _is_property(obj):
            return True
        if _is_routine(obj):
            g = getattr(obj, '__globals__', None)
            if g is not None:
                return g is module.__dict__
        owner = getattr(obj, '__module__', None)
        if owner is not None:
            return owner == module.__name__
        return False

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None and _is_property(obj):
                    # (A property's docstring is its getter's.)
                    docstring = getattr(obj.fget, '__doc__', None)
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None)
        lineno = _docstring_line(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)


def _is_module(obj):
    return type(obj).__name__ == 'module'


def _is_routine(obj):
    import inspect
    return inspect.isroutine(obj)


def _is_property(obj):
    return type(obj).__name__ == 'property'


def _unwrap(value):
    # (staticmethod and classmethod objects, recognised by type name.)
    if type(value).__name__ in ('staticmethod', 'classmethod'):
        return value.__func__
    return value


def _module_of(obj):
    if _is_module(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if name is None:
        return None
    return sys.modules.get(name)


def _source_lines(obj, module):
    filename = getattr(module, '__file__', None) if module is not None \
        else None
    if not filename or filename.startswith('<'):
        return None
    try:
        with open(filename, encoding='utf-8') as f:
            return f.read().split('\n')
    except (OSError, PermissionError):
        return None


def _docstring_line(obj, source_lines):
    """The 0-based line of `obj`'s docstring in its module's source."""
    if _is_module(obj):
        return 0
    if source_lines is None:
        return None
    start = None
    if isinstance(obj, type):
        pattern = re.compile(r'^\s*class\s*%s\b' % re.escape(obj.__name__))
        for i, line in enumerate(source_lines):
            if pattern.match(line):
                start = i
                break
    else:
        if _is_property(obj):
            # CPython reports no line for a property's examples.
            return None
        code = getattr(getattr(obj, '__func__', obj), '__code__', None)
        if code is not None:
            start = code.co_firstlineno - 1
    if start is None:
        return None
    quote = re.compile(r'(^|.*:)\s*\w*("|\')')
    for i in range(start, len(source_lines)):
        if quote.match(source_lines[i]):
            return i
    return start


# ---------------------------------------------------------------------------
# Running

class DocTestRunner:
    """Runs `DocTest`s, reporting failures (and, verbosely, every example)
    and keeping per-test counts for `summarize`."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = OutputChecker() if checker is None else checker
        # Verbose by default only when the script was given -v.
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        # Test name -> (failures, tries), for summarize().
        self._name2ft = {}

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n'
                    + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source)
                    + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got,
                                              self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_text(exc_info[1])))

    def _failure_header(self, test, example):
        if not test.filename:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            where = 'File "%s", line %s, in %s' % (
                test.filename,
                test.lineno + example.lineno + 1 if known else '?',
                test.name)
        return '\n'.join([self.DIVIDER, where, 'Failed example:',
                          _indent(example.source)])

    def _run_example(self, example, test, index):
        """Runs one example; returns its output and the exception it raised
        (or None)."""
        filename = '<doctest %s[%d]>' % (test.name, index)
        saved = sys.stdout
        buffer = io.StringIO()
        sys.stdout = buffer
        exception = None
        try:
            try:
                code = compile(example.source, filename, 'eval')
            except SyntaxError:
                code = None
            if code is not None:
                value = eval(code, test.globs)
                if value is not None:
                    builtins._ = value
                    buffer.write(repr(value) + '\n')
            else:
                exec(compile(example.source, filename, 'exec'), test.globs)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            exception = e
        finally:
            sys.stdout = saved
        return buffer.getvalue(), exception

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        if out is None:
            out = sys.stdout.write
        failures = tries = 0
        original = self.optionflags
        try:
            for index, example in enumerate(test.examples):
                quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE
                         and failures > 0)
                self.optionflags = original
                for flag, on in example.options.items():
                    if on:
                        self.optionflags |= flag
                    else:
                        self.optionflags &= ~flag
                if self.optionflags & SKIP:
                    continue
                tries += 1
                if not quiet:
                    self.report_start(out, test, example)
                got, exception = self._run_example(example, test, index)
                if exception is None:
                    ok = self._checker.check_output(example.want, got,
                                                    self.optionflags)
                    outcome = 'ok' if ok else 'fail'
                else:
                    exc_msg = ''.join(traceback.format_exception_only(
                        type(exception), exception))
                    if example.exc_msg is None:
                        outcome = 'error'
                    elif self._checker.check_output(example.exc_msg,
                                                    exc_msg,
                                                    self.optionflags):
                        outcome = 'ok'
                    elif self.optionflags & IGNORE_EXCEPTION_DETAIL and \
                            _strip_exception_detail(example.exc_msg) == \
                            _strip_exception_detail(exc_msg):
                        outcome = 'ok'
                    else:
                        outcome = 'fail'
                        got += _exception_text(exception)
                if outcome == 'ok':
                    if not quiet:
                        self.report_success(out, test, example, got)
                elif outcome == 'fail':
                    if not quiet:
                        self.report_failure(out, test, example, got)
                    failures += 1
                else:
                    if not quiet:
                        self.report_unexpected_exception(
                            out, test, example,
                            (type(exception), exception,
                             exception.__traceback__))
                    failures += 1
                if failures and self.optionflags & FAIL_FAST:
                    break
        finally:
            self.optionflags = original
        self._record(test.name, failures, tries)
        if clear_globs:
            test.globs.clear()
            builtins._ = None
        return TestResults(failures, tries)

    def _record(self, name, failures, tries):
        if name in self._name2ft:
            f, t = self._name2ft[name]
            failures, tries = failures + f, tries + t
        self._name2ft[name] = (failures, tries)
        self.failures = sum(f for f, t in self._name2ft.values())
        self.tries = sum(t for f, t in self._name2ft.values())

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                empty.sort()
                for name in empty:
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                passed.sort()
                for name, count in passed:
                    print(' %3d tests in %s' % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            failed.sort()
            for name, (f, t) in failed:
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_tries, 'tests in', len(self._name2ft), 'items.')
            print(total_tries - total_failures, 'passed and',
                  total_failures, 'failed.')
        if total_failures:
            print('***Test Failed***', total_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            self._record(name, f, t)


class _ExampleProblem(Exception):
    """Describes itself by its test."""

    def __str__(self):
        return str(self.test)


class DocTestFailure(_ExampleProblem):
    """An example's output did not match."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got


class UnexpectedException(_ExampleProblem):
    """An example raised an exception it did not expect."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Runs the examples in the docstrings of module `m` (`__main__` by
    default) and of the functions and classes it defines."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not _is_module(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    if raise_on_error:
        raise NotImplementedError('doctest.testmod: raise_on_error is not '
                                  'supported by pyasync')
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        m, name, globs=globs, extraglobs=extraglobs)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    # Every run is also merged into the module-level `master` runner.
    if master is not None:
        master.merge(runner)
    else:
        master = runner
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName',
                           compileflags=None, optionflags=0):
    """Runs the examples in `f`'s docstring (not recursively) with
    `globs` as their globals."""
    tests = DocTestFinder(verbose=verbose, recurse=False).find(
        f, name, globs=globs)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in tests:
        runner.run(test, compileflags=compileflags)

