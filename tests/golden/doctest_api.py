# run_docstring_examples, globals isolation, extraglobs, parser errors and
# the parser/finder objects.
import doctest
import io
import sys


def capture(fn, *args, **kwargs):
    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    finally:
        sys.stdout = saved
    print(buffer.getvalue().replace(__file__, 'FILE'), end='')
    print('->', result)


def adds():
    """
    >>> total = base + 1
    >>> total
    11
    >>> _
    11
    >>> 'str'
    'str'
    >>> _
    'str'
    """


def isolated():
    """
    >>> 'total' in globals()
    False
    """


def wrong():
    """
    >>> base * 2
    21
    """


capture(doctest.run_docstring_examples, adds, {'base': 10})
capture(doctest.run_docstring_examples, adds, {'base': 10}, verbose=True)
capture(doctest.run_docstring_examples, isolated, {})
capture(doctest.run_docstring_examples, wrong, {'base': 10})
capture(doctest.run_docstring_examples, wrong, {'base': 10}, name='wrong')
capture(doctest.testmod, extraglobs={'base': 10})


def no_blank():
    """
    >>>print(1)
    1
    """


def bad_indent():
    """
        >>> print(1)
      1
    """


def bad_option():
    """
    >>> print(1)  # doctest: +NO_SUCH_FLAG
    1
    """


for f in (no_blank, bad_indent, bad_option):
    capture(doctest.run_docstring_examples, f, {})

parser = doctest.DocTestParser()
text = """
Intro text.
>>> x = 1
>>> x + 1
2
>>> print('a')  # doctest: +ELLIPSIS
a...
Outro.
"""
for piece in parser.parse(text):
    if isinstance(piece, doctest.Example):
        print('Example', repr(piece.source), repr(piece.want), piece.lineno,
              piece.indent, piece.options, piece.exc_msg)
    else:
        print('text', repr(piece))
test = parser.get_doctest(text, {}, 'sample', 'sample.txt', 0)
print(test, len(test.examples), test.name, test.filename, test.lineno)
runner = doctest.DocTestRunner(verbose=False)
capture(runner.run, test)
capture(runner.summarize, verbose=True)
checker = doctest.OutputChecker()
print(checker.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS),
      checker.check_output('a...z\n', 'abcz\n', 0),
      checker.check_output('1\n', 'True\n', 0))
ex = doctest.Example('1/0', 'Traceback (most recent call last):\nZeroDivisionError: x\n')
print(repr(ex.source), repr(ex.want), repr(ex.exc_msg))
