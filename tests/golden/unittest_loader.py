# TestLoader, TestSuite, TestResult and FunctionTestCase used directly.
import io
import re
import unittest


class A(unittest.TestCase):
    def test_two(self):
        pass

    def test_one(self):
        self.assertEqual('a', 'b')

    def not_a_test(self):
        pass

    test_attr = 'not callable'


class B(A):
    def test_three(self):
        """Third test."""


loader = unittest.TestLoader()
print(loader.getTestCaseNames(A))
print(loader.getTestCaseNames(B))
suite = loader.loadTestsFromTestCase(A)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(A('test_one')), str(A('test_one')), A('test_one').id())
print(B('test_three').shortDescription(), A('test_two').shortDescription())
print(A('test_one') == A('test_one'), A('test_one') == A('test_two'))

module_suite = loader.loadTestsFromModule(__import__('__main__'))
print(module_suite.countTestCases())
named = loader.loadTestsFromName('B.test_three', __import__('__main__'))
print([t.id() for t in named])
names = loader.loadTestsFromNames(['A.test_two', 'B'],
                                  __import__('__main__'))
print(names.countTestCases())

result = unittest.TestResult()
print(result)
suite.run(result)
print(result, result.testsRun, result.wasSuccessful())
for test, text in result.failures:
    print(test, text.splitlines()[-1])

single = unittest.TestResult()
A('test_two').run(single)
print(single.testsRun, single.wasSuccessful())

s = unittest.TestSuite()
s.addTest(A('test_two'))
s.addTests([B('test_three'), B('test_one')])
print(s.countTestCases())
for bad in (A, 'x', 5):
    try:
        s.addTest(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError', e)
try:
    A('test_missing')
except ValueError as e:
    print('ValueError', e)

calls = []


def check_something():
    """A plain function test."""
    calls.append('ran')


def broken():
    raise IndexError('nope')


fsuite = unittest.TestSuite([
    unittest.FunctionTestCase(check_something,
                              setUp=lambda: calls.append('set up'),
                              tearDown=lambda: calls.append('torn down')),
    unittest.FunctionTestCase(broken),
])
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(fsuite)
print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue().replace(__file__, "FILE")))
print(calls, res.testsRun, len(res.errors))

stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, failfast=True).run(
    loader.loadTestsFromTestCase(B))
print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue().replace(__file__, "FILE")))
print(res.testsRun, res.shouldStop)
