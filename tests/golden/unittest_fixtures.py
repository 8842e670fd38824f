# Fixture order: setUpClass/tearDownClass, setUp/tearDown, cleanups (LIFO),
# a failing setUp, a failing setUpClass, and a skipped class.
import io
import re
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.shared = [1]

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 2 ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')
        self.assertEqual(self.shared, [1])

    def test_b_fails(self):
        log.append('test_b')
        self.fail('explicit failure')


class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after bad setUp')
        raise ValueError('setUp broke')

    def tearDown(self):
        log.append('never runs')

    def test_x(self):
        log.append('never runs either')


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')

    def test_y(self):
        log.append('test_y never runs')


@unittest.skip('whole class skipped')
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('skipped class setUpClass must not run')

    def test_z(self):
        pass


class BadCleanup(unittest.TestCase):
    def test_cleanup_error(self):
        def broken():
            raise OSError('cleanup broke')
        self.addCleanup(broken)
        log.append('test_cleanup_error body')


stream = io.StringIO()
prog = unittest.main(exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream,
                                                        verbosity=2))
print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue().replace(__file__, "FILE")))
for line in log:
    print(line)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped))
