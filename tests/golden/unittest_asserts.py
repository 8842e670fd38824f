# unittest assert methods: passing calls, and the failure messages they raise.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print(name, 'AssertionError:', e)
    except Exception as e:
        print(name, type(e).__name__, e)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom message')
check('assertEqual', [1, 2], (1, 2))
check('assertNotEqual', 1, 1)
check('assertTrue', 0)
check('assertTrue', [1])
check('assertFalse', 'x')
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 3)
check('assertIsNotNone', None)
check('assertIn', 1, [2, 3])
check('assertIn', 'b', 'abc')
check('assertNotIn', 1, {1: 2})
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (int, str))
check('assertNotIsInstance', 1, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertLessEqual', 1, 1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, 3)
check('assertAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.5, 2, delta=0.1)
check('assertNotAlmostEqual', 1.0, 1.0000000001)
check('assertNotAlmostEqual', 1.0, 1.2, delta=0.5)
check('assertRegex', 'abc', 'x')
check('assertRegex', 'abc', 'b+')
check('assertNotRegex', 'abc', 'b')
check('assertCountEqual', [1, 2, 2], [2, 1, 2])
check('assertCountEqual', [1, 1, 2, 'a'], [1, 2, 2, 3])
check('assertCountEqual', [1, [2]], [[2], 1, 1])
check('assertDictEqual', [], {})
check('assertDictEqual', {'a': 1}, {'a': 1})
check('assertListEqual', (1,), [1])
check('assertTupleEqual', (1,), [1])
check('assertSetEqual', {1}, frozenset({1}))
check('assertSetEqual', {1, 2}, {2, 3})
check('assertSetEqual', {1}, [1])
check('assertMultiLineEqual', 'a', b'a')
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2], 5)
check('fail')
check('fail', 'boom')

# longMessage = False: the custom message replaces the standard one.
t.longMessage = False
check('assertEqual', 1, 2, 'only this')
check('assertEqual', 1, 2)
t.longMessage = True

# Misuse.
check('assertEqual', 1)
check('assertTrue')
check('assertIn', 1, 2)
check('assertGreater', 1, 'a')
check('assertAlmostEqual', 'a', 'b')
