# subTest: parameters, messages, nesting, errors inside subtests, subtests
# that all pass; and @skip used without a reason.
import io
import re
import unittest


class Sub(unittest.TestCase):
    def test_params(self):
        for i, word in enumerate(['a', 'bb', 'c']):
            with self.subTest(i=i, word=word):
                self.assertEqual(len(word), 1)

    def test_message(self):
        with self.subTest('first'):
            self.assertTrue(False)
        with self.subTest('second', n=2):
            self.assertIsNone(2)

    def test_nested(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.fail('nested')

    def test_error_inside(self):
        with self.subTest(kind='error'):
            raise ValueError('inside a subtest')
        print('after the failing subtest')

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)

    def test_no_params(self):
        with self.subTest():
            self.assertIn(1, [])

    @unittest.skip
    def test_bare_skip(self):
        pass


for verbosity in (1, 2):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    prog = unittest.main(exit=False, testRunner=runner)
    text = stream.getvalue().replace(__file__, 'FILE')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
    result = prog.result
    print(result.testsRun, len(result.failures), len(result.errors),
          [str(test) for test, _ in result.failures])
