# unittest.main(exit=False) with a TextTestRunner writing to a stream:
# progress characters, the failure report, the summary line and counts.
import io
import re
import unittest


class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_doc(self):
        """Checks the docstring line.

        Only the first line is shown."""
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    def helper(self):
        raise RuntimeError('not a test')


class Chained(unittest.TestCase):
    def test_chain(self):
        try:
            int('x')
        except ValueError as e:
            raise KeyError('k') from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]


def run(verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    prog = unittest.main(exit=False, testRunner=runner)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs',
                  stream.getvalue().replace(__file__, "FILE"))
    print(text)
    r = prog.result
    print('run', r.testsRun, 'failures', len(r.failures), 'errors',
          len(r.errors), 'skipped', len(r.skipped), 'xfail',
          len(r.expectedFailures), 'xpass', len(r.unexpectedSuccesses),
          'ok', r.wasSuccessful())
    print([str(test) for test, reason in r.skipped])


run(1)
run(2)
run(0)
