"""Unit testing: test cases, suites, a loader, a text runner and `main`.

Written for pyasync from the documented behaviour of CPython 3.11's
`unittest` package; the failure messages and the runner's report are
matched against CPython by the golden tests.
"""

import sys
import difflib
import pprint
import traceback
import time as _time

__all__ = [
    'TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
    'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
    'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
    'expectedFailure', 'TextTestResult', 'TestProgram',
]


class SkipTest(Exception):
    """Raised by a test (or `TestCase.skipTest`) to skip it."""
    __module__ = 'unittest.case'


# ---------------------------------------------------------------------------
# Reprs in failure messages

_REPR_LIMIT = 80
_ELLIPSIS_LEN = 12  # room a "[N chars]" marker is assumed to take
_KEEP_HEAD = 5
_KEEP_TAIL = 5
_KEEP_COMMON = 5


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _REPR_LIMIT:
        return text[:_REPR_LIMIT] + ' [truncated]...'
    return text


def _elide(text, head, tail):
    """`text` with its middle replaced by "[N chars]" when that saves room."""
    hidden = len(text) - head - tail
    if hidden <= _ELLIPSIS_LEN:
        return text
    return '%s[%d chars]%s' % (text[:head], hidden, text[len(text) - tail:])


def _shortened_reprs(*objs):
    """The reprs of `objs` for a one-line "a != b" message: long ones lose
    the middle of their shared prefix first, then the middle of the rest."""
    reprs = [safe_repr(o) for o in objs]
    longest = max(len(r) for r in reprs)
    if longest <= _REPR_LIMIT:
        return tuple(reprs)
    shared = 0
    first = reprs[0]
    while shared < len(first) and all(
            len(r) > shared and r[shared] == first[shared] for r in reprs):
        shared += 1
    rest_room = _REPR_LIMIT - (longest - shared + _KEEP_HEAD + _ELLIPSIS_LEN)
    if rest_room > _KEEP_COMMON:
        prefix = _elide(first[:shared], _KEEP_HEAD, rest_room)
        return tuple(prefix + r[shared:] for r in reprs)
    prefix = _elide(first[:shared], _KEEP_HEAD, _KEEP_COMMON)
    tail_room = _REPR_LIMIT - (_KEEP_HEAD + _ELLIPSIS_LEN + _KEEP_COMMON
                               + _ELLIPSIS_LEN + _KEEP_TAIL)
    return tuple(prefix + _elide(r[shared:], tail_room, _KEEP_TAIL)
                 for r in reprs)


def _counts(items):
    """(item, count) pairs in first-seen order; works for unhashable items."""
    out = []
    for item in items:
        for pair in out:
            if pair[0] == item:
                pair[1] += 1
                break
        else:
            out.append([item, 1])
    return out


def _count_of(pairs, item):
    for elem, n in pairs:
        if elem == item:
            return n
    return 0


# ---------------------------------------------------------------------------
# Decorators

def skip(reason):
    """Unconditionally skip a test method or class."""
    if type(reason).__name__ == 'function':
        # Used bare (`@skip` without a reason): skip with an empty reason.
        return skip('')(reason)

    def decorator(item):
        if not isinstance(item, type):
            original = item

            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            try:
                skip_wrapper.__name__ = original.__name__
                skip_wrapper.__qualname__ = original.__qualname__
                skip_wrapper.__doc__ = original.__doc__
            except AttributeError:
                pass
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    return decorator


def _keep(item):
    return item


def skipIf(condition, reason):
    """Skip the test if `condition` is true."""
    if condition:
        return skip(reason)
    return _keep


def skipUnless(condition, reason):
    """Skip the test unless `condition` is true."""
    if not condition:
        return skip(reason)
    return _keep


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------------------
# Context managers for assertRaises / assertWarns

class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = None
        self.obj_name = None

    def _check_expected(self, what):
        ok = isinstance(self.expected, type) and issubclass(
            self.expected, BaseException)
        if isinstance(self.expected, tuple):
            ok = all(
                isinstance(e, type) and issubclass(e, BaseException)
                for e in self.expected)
        if not ok:
            raise TypeError('%s() arg 1 must be an exception type or tuple '
                            'of exception types' % what)

    def _name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def __enter__(self):
        return self

    def _not_raised(self):
        what = '%s not raised' % self._name()
        if self.obj_name:
            what += ' by %s' % self.obj_name
        self.test_case._fail(self.msg, what)

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._not_raised()
        elif issubclass(exc_type, self.expected):
            # The caught exception keeps no frames (as CPython's does not),
            # so a later failure chained to it reports no traceback for it.
            self.exception = exc_value.with_traceback(None)
            if self.expected_regex is not None:
                self._check_message(str(exc_value))
            return True
        return False

    def _check_message(self, text):
        import re
        pattern = self.expected_regex
        compiled = re.compile(pattern) if isinstance(pattern, str) \
            else pattern
        if compiled.search(text) is None:
            self.test_case._fail(self.msg, '"%s" does not match "%s"'
                                 % (compiled.pattern, text))

    def handle(self, name, args, kwargs):
        """The context manager form when `args` is empty; otherwise
        calls args[0] with the rest inside the context."""
        self._check_expected(name)
        if not args:
            self.msg = kwargs.pop('msg', None)
            for bad in kwargs:
                raise TypeError('%r is an invalid keyword argument for this '
                                'function' % (bad,))
            return self
        func, args = args[0], args[1:]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)


class _AssertWarnsContext(_AssertRaisesContext):
    def _check_expected(self, what):
        ok = isinstance(self.expected, type) and issubclass(
            self.expected, Warning)
        if isinstance(self.expected, tuple):
            ok = all(
                isinstance(e, type) and issubclass(e, Warning)
                for e in self.expected)
        if not ok:
            raise TypeError('%s() arg 1 must be a warning type or tuple of '
                            'warning types' % what)

    def __enter__(self):
        import warnings
        self._catcher = warnings.catch_warnings(record=True)
        self._log = self._catcher.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first = None
        for record in self._log:
            warning = record.message
            if not isinstance(warning, self.expected):
                continue
            if first is None:
                first = warning
            if self.expected_regex is not None:
                import re
                pattern = self.expected_regex
                if isinstance(pattern, str):
                    pattern = re.compile(pattern)
                if not pattern.search(str(warning)):
                    continue
            self.warning = warning
            self.warnings = self._log
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first is not None and self.expected_regex is not None:
            pattern = self.expected_regex
            text = pattern if isinstance(pattern, str) else pattern.pattern
            self.test_case._fail(self.msg, '"%s" does not match "%s"'
                                 % (text, str(first)))
        if self.obj_name:
            self.test_case._fail(self.msg, '%s not triggered by %s'
                                 % (self._name(), self.obj_name))
        self.test_case._fail(self.msg, '%s not triggered' % self._name())


# ---------------------------------------------------------------------------
# Outcome of one test run: collects failures, including subtests'

class _Outcome:
    def __init__(self, result):
        self.result = result
        self.expecting_failure = False
        self.success = True
        self.expected_failure = None


class _ShouldStop(Exception):
    pass


def _describe_subtest(msg, params):
    parts = []
    if msg is not _NO_MSG:
        parts.append('[%s]' % (msg,))
    if params:
        parts.append('(%s)' % ', '.join('%s=%r' % (k, v)
                                        for k, v in params.items()))
    return ' '.join(parts) or '(<subtest>)'


_NO_MSG = object()


class TestCase:
    """A group of test methods sharing fixtures (`setUp`/`tearDown`)."""
    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._subtest = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s'
                                 % (type(self), methodName))
        else:
            self._testMethodDoc = getattr(method, '__doc__', None)
        self._type_equality = {
            dict: 'assertDictEqual',
            list: 'assertListEqual',
            tuple: 'assertTupleEqual',
            set: 'assertSetEqual',
            frozenset: 'assertSetEqual',
            str: 'assertMultiLineEqual',
        }

    # -- fixtures
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    _class_cleanups = []

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        if '_class_cleanups' not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def doClassCleanups(cls):
        errors = []
        cleanups = cls.__dict__.get('_class_cleanups', [])
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                errors.append(e)
        return errors

    def doCleanups(self):
        outcome = self._outcome
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            if outcome is None:
                function(*args, **kwargs)
            else:
                self._guarded(outcome, self, self._callCleanup, function,
                              *args, **kwargs)
        return outcome is None or outcome.success

    # -- identity
    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        cls = type(self)
        return '%s.%s.%s' % (cls.__module__, cls.__qualname__,
                             self._testMethodName)

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    # Two cases are equal when they run the same method of the same class.
    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((self._testMethodName, type(self)))

    def __str__(self):
        cls = type(self)
        return '%s (%s.%s.%s)' % (self._testMethodName, cls.__module__,
                                  cls.__qualname__, self._testMethodName)

    def __repr__(self):
        cls = type(self)
        return '<%s.%s testMethod=%s>' % (cls.__module__, cls.__qualname__,
                                          self._testMethodName)

    # -- running (the async subclass overrides these four hooks)
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            import warnings
            warnings.warn('It is deprecated to return a value that is not '
                          'None from a test case (%r)' % (method,),
                          DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        function(*args, **kwargs)

    def _guarded(self, outcome, test, fn, *args, **kwargs):
        """Calls fn, recording what it raises on `test` (a subtest when
        inside `subTest`); returns whether it completed."""
        try:
            fn(*args, **kwargs)
            return True
        except KeyboardInterrupt:
            raise
        except _ShouldStop:
            outcome.success = False
            raise
        except BaseException as e:
            self._record(outcome, test, e)
        return False

    def _record(self, outcome, test, exc):
        outcome.success = False
        if isinstance(exc, SkipTest):
            _add_skip(outcome.result, test, str(exc))
            return
        exc_info = (type(exc), exc, exc.__traceback__)
        if outcome.expecting_failure:
            outcome.expected_failure = exc_info
        elif test is self:
            if isinstance(exc, self.failureException):
                outcome.result.addFailure(test, exc_info)
            else:
                outcome.result.addError(test, exc_info)
        else:
            outcome.result.addSubTest(test.test_case, test, exc_info)

    def subTest(self, msg=_NO_MSG, **params):
        return _SubTestContext(self, msg, params)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start_stop = getattr(result, 'startTestRun', None)
            if start_stop is not None:
                start_stop()
            try:
                return self.run(result)
            finally:
                getattr(result, 'stopTestRun', lambda: None)()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            cls = type(self)
            func = getattr(method, '__func__', method)
            if (getattr(cls, '__unittest_skip__', False)
                    or getattr(func, '__unittest_skip__', False)):
                why = (getattr(cls, '__unittest_skip_why__', '')
                       or getattr(func, '__unittest_skip_why__', ''))
                _add_skip(result, self, why)
                return result
            expecting = (getattr(func, '__unittest_expecting_failure__',
                                 False)
                         or getattr(self, '__unittest_expecting_failure__',
                                    False))
            outcome = _Outcome(result)
            outcome.expecting_failure = expecting
            self._outcome = outcome
            try:
                if self._guarded(outcome, self, self._callSetUp):
                    self._guarded(outcome, self, self._callTestMethod, method)
                    outcome.expecting_failure = False
                    self._guarded(outcome, self, self._callTearDown)
                outcome.expecting_failure = False
                self.doCleanups()
            except _ShouldStop:
                pass
            if outcome.success:
                if expecting:
                    if outcome.expected_failure is not None:
                        result.addExpectedFailure(self,
                                                  outcome.expected_failure)
                    else:
                        result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            elif expecting and outcome.expected_failure is not None:
                result.addExpectedFailure(self, outcome.expected_failure)
            return result
        finally:
            self._outcome = None
            result.stopTest(self)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- assertions
    def _formatMessage(self, msg, standardMsg):
        """The failure message: with `longMessage` the caller's `msg` is
        appended to the standard one, otherwise it replaces it."""
        if msg is None:
            return standardMsg
        if self.longMessage:
            return '%s : %s' % (standardMsg, msg)
        return msg or standardMsg

    def _fail(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail(msg, '%s is not false' % safe_repr(expr))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + ('\nDiff is %s characters long. Set self.maxDiff '
                          'to None to see it.' % len(diff))

    def _equality_func(self, first, second):
        if type(first) is type(second):
            name = self._type_equality.get(type(first))
            if name is not None:
                if isinstance(name, str):
                    return getattr(self, name)
                return name
        return self._baseAssertEqual

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality[typeobj] = function

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail(msg, '%s != %s' % _shortened_reprs(first, second))

    def assertEqual(self, first, second, msg=None):
        self._equality_func(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail(msg, '%s == %s' % (safe_repr(first),
                                          safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places,
                safe_repr(diff))
        self._fail(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        equal = first == second
        if delta is None:
            places = 7 if places is None else places
            if equal or round(diff, places) == 0:
                self._fail(msg, '%s == %s within %r places' % (
                    safe_repr(first), safe_repr(second), places))
        elif equal or diff <= delta:
            self._fail(msg, '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(diff)))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))
        else:
            kind = 'sequence'
        report = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            report = 'First %s has no length.    Non-sequence?' % kind
        if report is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                report = 'Second %s has no length.    Non-sequence?' % kind
        if report is None:
            if seq1 == seq2:
                return
            report = '%ss differ: %s != %s\n' % (
                (kind[0].upper() + kind[1:],) + _shortened_reprs(seq1, seq2))
            same_prefix = True
            for i in range(min(len1, len2)):
                note = _element_difference(seq1, seq2, i, kind)
                if note is not None:
                    report += note
                    same_prefix = False
                    break
            if same_prefix and len1 == len2 and seq_type is None \
                    and type(seq1) != type(seq2):
                return
            if len1 > len2:
                report += ('\nFirst %s contains %d additional elements.\n'
                           % (kind, len1 - len2))
                try:
                    report += ('First extra element %d:\n%s\n'
                               % (len2, safe_repr(seq1[len2])))
                except (TypeError, IndexError, NotImplementedError):
                    report += ('Unable to index element %d of first %s\n'
                               % (len2, kind))
            elif len1 < len2:
                report += ('\nSecond %s contains %d additional elements.\n'
                           % (kind, len2 - len1))
                try:
                    report += ('First extra element %d:\n%s\n'
                               % (len1, safe_repr(seq2[len1])))
                except (TypeError, IndexError, NotImplementedError):
                    report += ('Unable to index element %d of second %s\n'
                               % (len1, kind))
        diff = '\n' + '\n'.join(difflib.ndiff(
            pprint.pformat(seq1).splitlines(),
            pprint.pformat(seq2).splitlines()))
        report = self._truncateMessage(report, diff)
        self.fail(self._formatMessage(msg, report))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s'
                      % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s'
                      % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict,
                              'Second argument is not a dictionary')
        if d1 != d2:
            report = '%s != %s' % _shortened_reprs(d1, d2)
            diff = '\n' + '\n'.join(difflib.ndiff(
                pprint.pformat(d1).splitlines(),
                pprint.pformat(d2).splitlines()))
            report = self._truncateMessage(report, diff)
            self.fail(self._formatMessage(msg, report))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > 2 ** 16 or len(second) > 2 ** 16:
            self._baseAssertEqual(first, second, msg)
        lines1 = first.splitlines(keepends=True)
        lines2 = second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            lines1 = [first + '\n']
            lines2 = [second + '\n']
        report = '%s != %s' % _shortened_reprs(first, second)
        diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
        report = self._truncateMessage(report, diff)
        self.fail(self._formatMessage(msg, report))

    def assertCountEqual(self, first, second, msg=None):
        first_items, second_items = list(first), list(second)
        counts1 = _counts(first_items)
        counts2 = _counts(second_items)
        lines = []
        for item, n in counts1:
            other = _count_of(counts2, item)
            if other != n:
                lines.append('First has %d, Second has %d:  %s'
                             % (n, other, safe_repr(item)))
        for item, n in counts2:
            if _count_of(counts1, item) == 0:
                lines.append('First has %d, Second has %d:  %s'
                             % (0, n, safe_repr(item)))
        if lines:
            report = 'Element counts were not equal:\n' + '\n'.join(lines)
            self.fail(self._formatMessage(msg, report))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail(msg, '%s is not %s' % (safe_repr(expr1),
                                              safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail(msg, 'unexpectedly identical: %s' % safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail(msg, '%s is not None' % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail(msg, '%s not found in %s' % (safe_repr(member),
                                                    safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail(msg, '%s unexpectedly found in %s'
                       % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail(msg, '%s is not an instance of %r'
                       % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail(msg, '%s not less than %s' % (safe_repr(a),
                                                     safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail(msg, '%s not less than or equal to %s'
                       % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail(msg, '%s not greater than %s' % (safe_repr(a),
                                                        safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail(msg, '%s not greater than or equal to %s'
                       % (safe_repr(a), safe_repr(b)))

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = _compiled(expected_regex)
        if pattern.search(text) is None:
            self._fail(msg, "Regex didn't match: %r not found in %r"
                       % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        found = _compiled(unexpected_regex).search(text)
        if found is not None:
            self._fail(msg, 'Regex matched: %r matches %r in %r'
                       % (found.group(0), found.re.pattern, text))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self,
                                       expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        raise NotImplementedError('unittest: assertLogs() is not supported '
                                  'by pyasync')

    def assertNoLogs(self, logger=None, level=None):
        raise NotImplementedError('unittest: assertNoLogs() is not supported '
                                  'by pyasync')


def _compiled(pattern):
    import re
    return re.compile(pattern) if isinstance(pattern, (str, bytes)) \
        else pattern


def _element_difference(seq1, seq2, i, kind):
    """What a sequence comparison reports about element `i`: None when
    the two are equal."""
    items = []
    for which, seq in (('first', seq1), ('second', seq2)):
        try:
            items.append(seq[i])
        except (TypeError, IndexError, NotImplementedError):
            return '\nUnable to index element %d of %s %s\n' % (i, which,
                                                                 kind)
    if items[0] == items[1]:
        return None
    return '\nFirst differing element %d:\n%s\n%s\n' % (
        (i,) + _shortened_reprs(*items))


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        outer = self.case._subtest
        # The innermost parameters first, then the enclosing ones it does
        # not override (the order CPython describes them in).
        params = dict(self.params)
        if outer is not None:
            for key, value in outer.params.items():
                params.setdefault(key, value)
        self.sub = _SubTest(self.case, self.msg, params)
        self.outer = outer
        self.case._subtest = self.sub
        return None

    def __exit__(self, exc_type, exc_value, tb):
        case = self.case
        case._subtest = self.outer
        outcome = case._outcome
        if outcome is None:
            return False
        if exc_type is None:
            outcome.result.addSubTest(case, self.sub, None)
            return False
        if issubclass(exc_type, (KeyboardInterrupt, _ShouldStop)):
            return False
        case._record(outcome, self.sub, exc_value)
        if getattr(outcome.result, 'failfast', False) and not outcome.success:
            raise _ShouldStop()
        return True


class _SubTest(TestCase):
    """One `subTest` block of a test, as results report it."""

    def __init__(self, test_case, message, params):
        TestCase.__init__(self)
        self.test_case, self.params = test_case, params
        self._message = message
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def id(self):
        return '%s %s' % (self.test_case.id(),
                          _describe_subtest(self._message, self.params))

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case,
                          _describe_subtest(self._message, self.params))


def _add_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        import warnings
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test)


class FunctionTestCase(TestCase):
    """Wraps a plain function (with optional set-up and tear-down
    functions) as a test case."""
    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._testFunc = testFunc
        self._fixtures = (setUp, tearDown)
        self._description = description

    def setUp(self):
        _call_if_given(self._fixtures[0])

    def tearDown(self):
        _call_if_given(self._fixtures[1])

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _class_name(self):
        return '%s.%s' % (type(self).__module__, type(self).__qualname__)

    def __str__(self):
        return '%s (%s)' % (self._class_name(), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (self._class_name(), self._testFunc)

    def shortDescription(self):
        if self._description is None:
            doc = self._testFunc.__doc__
            return doc.split('\n')[0].strip() or None if doc else None
        return self._description


def _call_if_given(function):
    if function is not None:
        function()


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose fixtures and test methods may be coroutines, run on
    one event loop per test (`asyncSetUp`, `asyncTearDown`,
    `addAsyncCleanup`)."""
    __module__ = 'unittest.async_case'

    def __init__(self, methodName='runTest'):
        TestCase.__init__(self, methodName)
        self._runner = None

    async def asyncSetUp(self):
        """Runs after setUp, in the test's event loop."""

    async def asyncTearDown(self):
        """Runs before tearDown, in the test's event loop."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # Cleanups that return an awaitable are awaited (`_callCleanup`).
        self.addCleanup(func, *args, **kwargs)

    def _drive(self, value):
        import inspect
        if inspect.isawaitable(value):
            async def wait():
                return await value
            return self._runner.run(wait())
        return value

    def _callSetUp(self):
        self.setUp()
        self._drive(self.asyncSetUp())

    def _callTestMethod(self, method):
        if self._drive(method()) is not None:
            import warnings
            warnings.warn('It is deprecated to return a value that is not '
                          'None from a test case (%r)' % (method,),
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._drive(self.asyncTearDown())
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._drive(function(*args, **kwargs))

    def run(self, result=None):
        import asyncio
        self._runner = asyncio.Runner(debug=True)
        try:
            return TestCase.run(self, result)
        finally:
            self._runner.close()
            self._runner = None


# ---------------------------------------------------------------------------
# Suites

class _ErrorHolder:
    """Stands for a class or module fixture that failed: results report it
    like a test."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def id(self):
        return self.description

    __str__ = id

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


class BaseTestSuite:
    """A collection of tests, run in order."""
    __module__ = 'unittest.suite'

    def __init__(self, tests=()):
        self._tests, self._removed_tests = [], 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s.%s tests=%s>' % (type(self).__module__,
                                     type(self).__qualname__, list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(
            test.countTestCases() for test in self if test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test,
                                                 (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _fixture_error(result, description, exc):
    error = _ErrorHolder(description)
    result.addError(error, (type(exc), exc, exc.__traceback__))


class TestSuite(BaseTestSuite):
    """Runs its tests in order, calling each test class's `setUpClass`
    before its first test and `tearDownClass` after its last."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        top_level = not getattr(result, '_testRunEntered', False)
        if top_level:
            result._testRunEntered = True
            result._previousTestClass = None
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._switch_class(test, result)
                if getattr(type(test), '_classSetupFailed', False):
                    continue
            test(result)
        if top_level:
            self._switch_class(None, result)
            result._testRunEntered = False
        return result

    def _switch_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = type(test) if test is not None else None
        if current is previous:
            return
        if previous is not None and not getattr(previous,
                                                '_classSetupFailed', False):
            if not getattr(previous, '__unittest_skip__', False):
                try:
                    previous.tearDownClass()
                except Exception as e:
                    _fixture_error(result, 'tearDownClass (%s.%s)'
                                   % (previous.__module__,
                                      previous.__qualname__), e)
                for e in previous.doClassCleanups():
                    _fixture_error(result, 'tearDownClass (%s.%s)'
                                   % (previous.__module__,
                                      previous.__qualname__), e)
        result._previousTestClass = current
        if current is None:
            return
        current._classSetupFailed = False
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current.setUpClass()
        except SkipTest as e:
            current._classSetupFailed = True
            _add_skip(result, _ErrorHolder('setUpClass (%s.%s)'
                                           % (current.__module__,
                                              current.__qualname__)),
                      str(e))
        except Exception as e:
            current._classSetupFailed = True
            _fixture_error(result, 'setUpClass (%s.%s)'
                           % (current.__module__, current.__qualname__), e)
            for err in current.doClassCleanups():
                _fixture_error(result, 'setUpClass (%s.%s)'
                               % (current.__module__, current.__qualname__),
                               err)


# ---------------------------------------------------------------------------
# Results

_HIDDEN_FILES = ('<frozen unittest>',)


def _is_own_frame(frame):
    return frame.filename in _HIDDEN_FILES or frame.filename == globals().get(
        '__file__')


_CAUSE_LINK = ('\nThe above exception was the direct cause of the '
               'following exception:\n\n')
_CONTEXT_LINK = ('\nDuring handling of the above exception, another '
                 'exception occurred:\n\n')


class TestResult:
    """Counts and records the outcome of each test."""
    __module__ = 'unittest.result'

    _previousTestClass = None
    _testRunEntered = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # Outcome lists: (test, formatted traceback) pairs, except skipped
        # ((test, reason)) and unexpectedSuccesses (tests).
        for name in ('failures', 'errors', 'skipped', 'expectedFailures',
                     'unexpectedSuccesses', 'collectedDurations'):
            setattr(self, name, [])
        self.testsRun = 0
        self.shouldStop = self.failfast = False
        self.buffer = self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append(
                    (subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append(
                    (subtest, self._exc_info_to_string(err, test)))
            self._stop_if_failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0)
                and not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of one failure: the traceback (with the exceptions it
        was chained to) without the test machinery's own frames."""
        exctype, value, tb = err
        chain = []
        seen = set()
        exc, link = value, None
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            chain.append((exc, link))
            if exc.__cause__ is not None:
                exc, link = exc.__cause__, _CAUSE_LINK
            elif exc.__context__ is not None and not exc.__suppress_context__:
                exc, link = exc.__context__, _CONTEXT_LINK
            else:
                exc = None
        parts = []
        for i, (exc, link) in enumerate(reversed(chain)):
            trace = tb if exc is value else exc.__traceback__
            parts.append(self._format_one(type(exc), exc, trace, test,
                                          exc is value))
            if i < len(chain) - 1:
                parts.append(chain[len(chain) - 1 - i][1])
        return ''.join(parts)

    def _format_one(self, exctype, value, tb, test, outermost):
        frames = list(traceback.extract_tb(tb)) if tb is not None else []
        while frames and _is_own_frame(frames[0]):
            del frames[0]
        if outermost and test.failureException is not None \
                and issubclass(exctype, test.failureException):
            while frames and _is_own_frame(frames[-1]):
                del frames[-1]
        lines = []
        if frames:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(traceback.StackSummary.from_list(frames).format())
        lines.extend(traceback.format_exception_only(exctype, value))
        return ''.join(lines)

    def __repr__(self):
        return '<%s.%s run=%i errors=%i failures=%i>' % (
            type(self).__module__, type(self).__qualname__, self.testsRun,
            len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with a `writeln` method; everything else is the wrapped
    stream's."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name == 'stream' or name == '__getstate__':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        self.write('%s\n' % (arg or '',))


class TextTestResult(TestResult):
    """Writes progress ('.', 'F', ...) or one line per test to a stream."""
    __module__ = 'unittest.runner'

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        # verbosity 1: one character per test; 2 and more: one line each.
        self.dots, self.showAll = verbosity == 1, verbosity > 1
        # Whether the stream is at the start of a line.
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return '\n'.join((str(test), doc))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _status(self, test, status):
        """Ends the test's line with `status`; a subtest (or a test whose
        line was interrupted) gets a line of its own, indented for a
        subtest."""
        if isinstance(test, _SubTest):
            prefix = '  '
        elif self._newline:
            prefix = ''
        else:
            prefix = None
        if prefix is not None:
            self.stream.write('%s%s%s ... ' % (
                '' if self._newline else '\n', prefix,
                self.getDescription(test)))
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, verbose, dot):
        if self.dots:
            self.stream.write(dot)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            if self.showAll:
                self._status(subtest, 'FAIL' if failed else 'ERROR')
            elif self.dots:
                self.stream.write('F' if failed else 'E')
                self.stream.flush()
        TestResult.addSubTest(self, test, subtest, err)

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        if self.showAll:
            self._status(test, 'ok')
        self._progress(True, '.')

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        if self.showAll:
            self._status(test, 'ERROR')
        self._progress(True, 'E')

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        if self.showAll:
            self._status(test, 'FAIL')
        self._progress(True, 'F')

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        if self.showAll:
            self._status(test, 'skipped %r' % (reason,))
        self._progress(True, 's')

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        if self.showAll:
            self.stream.writeln('expected failure')
            self.stream.flush()
        self._progress(True, 'x')

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        if self.showAll:
            self.stream.writeln('unexpected success')
            self.stream.flush()
        self._progress(True, 'u')

    def printErrors(self):
        """The report after the run: errors, then failures, then
        unexpected successes."""
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
            out.flush()
        for flavour, errors in (('ERROR', self.errors),
                                ('FAIL', self.failures)):
            self.printErrorList(flavour, errors)
        if self.unexpectedSuccesses:
            out.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                out.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write('%s\n%s: %s\n%s\n%s\n' % (
                self.separator1, flavour, self.getDescription(test),
                self.separator2, err))
            self.stream.flush()


class TextTestRunner:
    """Runs a test or suite and reports to `stream` (sys.stderr by
    default)."""
    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False, durations=None):
        # The default stream is sys.stderr as it is when the runner is made.
        self.stream = _WritelnDecorator(sys.stderr if stream is None
                                        else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        if buffer:
            raise NotImplementedError('unittest: buffer=True (capturing '
                                      'output during tests) is not '
                                      'supported by pyasync')
        self.failfast, self.buffer = failfast, buffer
        self.tb_locals, self.warnings = tb_locals, warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions,
                                self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        started = _time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        elapsed = _time.perf_counter() - started
        result.printErrors()
        separator = getattr(result, 'separator2', None)
        if separator is not None:
            self.stream.writeln(separator)
        run = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs'
                            % (run, run != 1 and 's' or '', elapsed))
        self.stream.writeln()
        details = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            if result.failures:
                details.append('failures=%d' % len(result.failures))
            if result.errors:
                details.append('errors=%d' % len(result.errors))
        else:
            self.stream.write('OK')
        for label, items in (('skipped', result.skipped),
                             ('expected failures', result.expectedFailures),
                             ('unexpected successes',
                              result.unexpectedSuccesses)):
            if items:
                details.append('%s=%d' % (label, len(items)))
        if details:
            self.stream.writeln(' (%s)' % (', '.join(details),))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result


# ---------------------------------------------------------------------------
# Loading

class TestLoader:
    """Finds test methods (names starting with `testMethodPrefix`) and
    builds suites from classes, modules and names."""
    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = []
        for name in dir(testCaseClass):
            if not name.startswith(self.testMethodPrefix):
                continue
            if callable(getattr(testCaseClass, name, None)):
                names.append(name)
        if self.sortTestMethodsUsing is not None:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from '
                            'TestSuite. Maybe you meant to derive from '
                            'TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) \
                    and obj not in (TestCase, FunctionTestCase,
                                    IsolatedAsyncioTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        suite = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            import importlib
            for i in range(len(parts), 0, -1):
                try:
                    module = importlib.import_module('.'.join(parts[:i]))
                    parts = parts[i:]
                    break
                except ImportError:
                    if i == 1:
                        raise
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase) \
                and callable(obj):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError('calling %s returned %s, not a test'
                            % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError('unittest: test discovery is not '
                                  'supported by pyasync')


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix='test', sortUsing=None,
              suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def getTestCaseNames(testCaseClass, prefix, sortUsing=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader.getTestCaseNames(testCaseClass)


# ---------------------------------------------------------------------------
# main

class TestProgram:
    """Runs the tests of a module from the command line (`unittest.main`)."""
    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            import importlib
            parts = module.split('.')
            found = importlib.import_module(parts[0])
            for part in parts[1:]:
                found = getattr(found, part)
            module = found
        self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0] if argv else 'python'
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg.startswith('-'):
                raise NotImplementedError('unittest.main: option %r is not '
                                          'supported by pyasync' % (arg,))
            else:
                names.append(arg)
        if not names and defaultTest is not None:
            names = [defaultTest] if isinstance(defaultTest, str) \
                else list(defaultTest)
        self.testNames = names or None
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity,
                            failfast=bool(self.failfast),
                            buffer=bool(self.buffer))
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

