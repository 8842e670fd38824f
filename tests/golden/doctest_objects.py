"""Which objects testmod looks in: classes and their methods (static,
class, property), nested classes, the module's __test__ mapping; and the
line numbers its failure reports give."""
import doctest
import io
import sys


class Shape:
    """
    >>> Shape().sides
    0
    """

    sides = 0

    @property
    def area(self):
        """
        >>> Shape().area
        1
        """
        return 0

    @classmethod
    def make(cls):
        """
        >>> type(Shape.make()).__name__
        'Shape'
        """
        return cls()

    @staticmethod
    def unit():
        """
        >>> Shape.unit()
        'unit'
        """
        return 'unit'

    class Inner:
        """
        >>> Shape.Inner.__name__
        'Inner'
        """


def multi():
    """First example fails, second passes, third fails.

    >>> 1
    2
    >>> 2
    2

    Some text between examples.

        >>> print('indented')
        indented!
    """


def outer():
    def nested():
        """
        >>> 'not collected'
        'never'
        """
    return nested


imported = doctest.testmod  # defined elsewhere: not collected

__test__ = {
    'extra': """
    >>> 6 * 7
    42
    >>> 6 * 6
    42
    """,
}


saved = sys.stdout
sys.stdout = buffer = io.StringIO()
try:
    result = doctest.testmod(verbose=False)
finally:
    sys.stdout = saved
print(buffer.getvalue().replace(__file__, 'FILE'), end='')
print(result)
sys.stdout = buffer = io.StringIO()
try:
    doctest.testmod(verbose=True)
finally:
    sys.stdout = saved
lines = buffer.getvalue().replace(__file__, 'FILE').splitlines()
start = next(i for i, line in enumerate(lines) if 'items had no tests' in line)
print('\n'.join(lines[start:]))
