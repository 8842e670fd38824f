"""Option flags: ELLIPSIS, NORMALIZE_WHITESPACE, SKIP, IGNORE_EXCEPTION_DETAIL,
DONT_ACCEPT_BLANKLINE, DONT_ACCEPT_TRUE_FOR_1, given as directives or to
testmod, and an exception whose message spans lines."""
import doctest
import io
import sys


def directives():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print(1)  # doctest: +SKIP
    2
    >>> raise ValueError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> 1 == 1
    1
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print('x\\n\\ny')  # doctest: +DONT_ACCEPT_BLANKLINE
    x
    <BLANKLINE>
    y
    >>> print(list(range(3)))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    [0,   ...]
    >>> 'abc'  # doctest: +ELLIPSIS
    'a...x'
    """


def globally():
    """
    >>> list(range(20))
    [0, 1, ..., 19]
    >>> print('a  b')
    a b
    """


def run(**kwargs):
    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    try:
        result = doctest.testmod(**kwargs)
    finally:
        sys.stdout = saved
    print(buffer.getvalue().replace(__file__, 'FILE'), end='')
    print(result)


run()
run(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.SKIP,
      doctest.IGNORE_EXCEPTION_DETAIL, doctest.DONT_ACCEPT_TRUE_FOR_1,
      doctest.DONT_ACCEPT_BLANKLINE, doctest.REPORT_NDIFF,
      doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST,
      doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.register_optionflag('ELLIPSIS'))
