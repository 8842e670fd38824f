# assertRaises / assertRaisesRegex / assertWarns in both forms, the
# context manager's .exception, and misuse.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def attempt(label, fn):
    try:
        fn()
        print(label, 'passed')
    except AssertionError as e:
        print(label, 'AssertionError:', e)
    except Exception as e:
        print(label, type(e).__name__, e)


def cm_form():
    with t.assertRaises(ZeroDivisionError) as cm:
        1 / 0
    print('caught', type(cm.exception).__name__, cm.exception)
    print('traceback kept:', cm.exception.__traceback__ is not None)


def cm_not_raised():
    with t.assertRaises(ValueError):
        pass


def cm_msg():
    with t.assertRaises(ValueError, msg='extra'):
        pass


def cm_wrong_type():
    with t.assertRaises(ValueError):
        raise KeyError('other')


def cm_tuple():
    with t.assertRaises((KeyError, IndexError)) as cm:
        [][0]
    print('tuple caught', type(cm.exception).__name__)


def regex_ok():
    with t.assertRaisesRegex(ValueError, r'invalid literal'):
        int('x')


def regex_bad():
    with t.assertRaisesRegex(ValueError, 'nomatch'):
        raise ValueError('something else')


def warns_ok():
    with t.assertWarns(UserWarning) as cm:
        warnings.warn('careful')
    print('warning', cm.warning, type(cm.warning).__name__)


def warns_missing():
    with t.assertWarns(DeprecationWarning):
        pass


def warns_regex():
    with t.assertWarnsRegex(UserWarning, 'care'):
        warnings.warn('careful')


def warns_regex_bad():
    with t.assertWarnsRegex(UserWarning, 'xyz'):
        warnings.warn('careful')


attempt('cm form', cm_form)
attempt('cm not raised', cm_not_raised)
attempt('cm msg', cm_msg)
attempt('cm wrong type', cm_wrong_type)
attempt('cm tuple', cm_tuple)
attempt('callable', lambda: t.assertRaises(ValueError, int, 'x'))
attempt('callable not raised', lambda: t.assertRaises(ValueError, int, '3'))
attempt('callable kwargs', lambda: t.assertRaises(TypeError, int, '3',
                                                  base='x'))
attempt('regex ok', regex_ok)
attempt('regex bad', regex_bad)
attempt('regex callable', lambda: t.assertRaisesRegex(
    ValueError, 'literal', int, 'z'))
attempt('regex callable bad', lambda: t.assertRaisesRegex(
    ValueError, 'nope', int, 'z'))
attempt('warns ok', warns_ok)
attempt('warns missing', warns_missing)
attempt('warns callable', lambda: t.assertWarns(
    UserWarning, warnings.warn, 'w'))
attempt('warns callable missing', lambda: t.assertWarns(
    UserWarning, print, 'no warning here'))
attempt('warns regex', warns_regex)
attempt('warns regex bad', warns_regex_bad)

# Misuse: the expected class must be an exception (or warning) class.
attempt('not a class', lambda: t.assertRaises(1))
attempt('empty tuple', lambda: t.assertRaises((), int, '1'))
attempt('bad warning', lambda: t.assertWarns(ValueError))
attempt('bad keyword', lambda: t.assertRaises(ValueError, foo=1))
