"""Module docstring with examples.

>>> 1 + 1
2
>>> print('a')
b
"""
import doctest
import io
import sys


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(4)
    15
    >>> [square(i) for i in range(3)]
    [0, 1, 4]
    >>> for i in range(2):
    ...     print(square(i))
    0
    1
    >>> square('a')
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> print('')
    <BLANKLINE>
    >>> print('nothing expected')
    >>> None
    >>> 42
    """
    return x * x


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.bump()
    1
    >>> c.bump()
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """Increment.

        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n

    @staticmethod
    def helper():
        """
        >>> Counter.helper()
        'help'
        """
        return 'help'


def no_doc():
    pass


def run(**kwargs):
    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    try:
        result = doctest.testmod(**kwargs)
    finally:
        sys.stdout = saved
    print(buffer.getvalue().replace(__file__, 'FILE'), end='')
    print(result, result.failed, result.attempted)


run()
run(report=False)
run(verbose=True)
print(doctest.TestResults(1, 2), doctest.TestResults(failed=0, attempted=3))
