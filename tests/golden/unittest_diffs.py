# assertEqual's type-specific failure messages: the diffs of lists, tuples,
# dicts, sets and strings, shortened reprs, and maxDiff truncation.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(first, second, method='assertEqual', **kwargs):
    try:
        getattr(t, method)(first, second, **kwargs)
        print('equal')
    except AssertionError as e:
        print(e)
    print('-' * 20)


show([1, 2, 3], [1, 2, 4])
show([1, 2, 3], [1, 2, 4, 5])
show([1, 2, 3, 4], [1, 2])
show((1, 2), (1, 2, 3))
show(['a', 'b'], ['a', 'c'], msg='note')
show({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show({'a': 1}, {})
show({1, 2, 3}, {2, 3, 4})
show({1}, set())
show('abc\ndef\n', 'abc\nxef\n')
show('hello', 'help')
show('one line', 'one line\n')
show('x' * 100, 'x' * 99 + 'y')
show(list(range(100)), list(range(99)))
show(list(range(30)), list(range(1, 31)))
show('a' * 50 + 'b' * 50, 'a' * 50 + 'c' * 50)
show([1, 'a' * 100], [1, 'a' * 99])
show(1, 'a' * 100)
show([[1, 2], [3, 4]], [[1, 2], [3, 5]])
show({'k': list(range(20))}, {'k': list(range(21))})
show([1, 2], [1, 2])
show([], [1])
show([1], (1,), method='assertSequenceEqual')

# maxDiff: None shows every diff; a small limit hides it.
t.maxDiff = None
show(list(range(100)), list(range(99)))
t.maxDiff = 10
show([1, 2, 3], [1, 2, 4])
show('abc\ndef\n', 'abc\nxef\n')
t.maxDiff = 80 * 8

# Registering a type-specific comparison.
class P:
    def __init__(self, v):
        self.v = v

def compare_p(a, b, msg=None):
    if a.v != b.v:
        raise t.failureException('P values differ: %r vs %r' % (a.v, b.v))

t.addTypeEqualityFunc(P, compare_p)
show(P(1), P(1))
show(P(1), P(2))
