# unittest.main() with its defaults: the report goes to stderr and the
# script exits with status 1 when a test fails (the last stderr line is the
# verdict).
import unittest


class Passing(unittest.TestCase):
    def test_ok(self):
        print('test_ok ran')
        self.assertIn('a', 'abc')


class Failing(unittest.TestCase):
    def test_bad(self):
        print('test_bad ran')
        self.assertEqual({'a': 1}, {'a': 2})

    @unittest.skipIf(True, 'condition held')
    def test_skipped(self):
        print('must not run')

    @unittest.skipUnless(True, 'condition held')
    def test_not_skipped(self):
        print('test_not_skipped ran')


if __name__ == '__main__':
    unittest.main()
    print('not reached')
