# The tracebacks in unittest's report when a test fails inside with
# blocks: a @contextmanager, a nested manager, a subTest, a helper
# function, and a file-like object.
import contextlib
import io
import re
import unittest


@contextlib.contextmanager
def managed(label):
    yield label


def helper(value):
    with managed('helper'):
        return 10 // value


class Tracebacks(unittest.TestCase):
    def test_in_manager(self):
        with managed('outer'):
            with managed('inner'):
                self.assertEqual('a', 'b')

    def test_error_in_manager(self):
        with managed('m'):
            helper(0)

    def test_subtest_in_manager(self):
        with managed('m'):
            for i in range(2):
                with self.subTest(i=i):
                    self.assertEqual(i, 0)

    def test_open_file(self):
        with io.StringIO('text') as f:
            self.assertEqual(f.read(), 'other')


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(exit=False, testRunner=runner)
text = stream.getvalue().replace(__file__, 'FILE')
print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
