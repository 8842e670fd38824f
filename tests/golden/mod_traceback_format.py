# traceback: formatting caught exceptions as the interpreter reports
# them, as lists of strings and printed. Paths are shown relative.
import traceback
import sys


def clean(x):
    return str(x).replace(__file__, 'FILE')


class _Out:
    def write(self, text):
        sys.stdout.write(clean(text))


Out = _Out()

def f(): 1/0
def g(x):
    return f() + x
try: g(2)
except Exception as e:
    tb = e.__traceback__
    s = traceback.extract_tb(tb)
    print(type(s).__name__, clean(s), clean(s[0]), clean(repr(s[1])), clean(tuple(s[1])), len(s[1]), s[1].line, s[1].lineno, s[1].name, s[1].filename == __file__)
    print(*[clean(v) for v in (traceback.format_list(s),)])
    print(*[clean(v) for v in (traceback.format_tb(tb),)])
    print(*[clean(v) for v in (traceback.format_tb(tb, 1), traceback.format_tb(tb, -1),)])
    print(*[clean(v) for v in (traceback.format_exception_only(e),)])
    print(*[clean(v) for v in (traceback.format_exception(e),)])
    print(*[clean(v) for v in (traceback.format_exception(e, limit=2),)])
    te = traceback.TracebackException.from_exception(e)
    print(*[clean(v) for v in (te.exc_type, str(te), list(te.format_exception_only()), te.stack,)])
    print(*[clean(v) for v in (''.join(te.format()),)])
    print(*[clean(v) for v in (s.format(),)])
    print(*[clean(v) for v in (traceback.format_exc(),)])
    print(clean(traceback.format_exc()), end='')
    traceback.print_exception(e, file=Out)
    traceback.print_exception(type(e), e, tb, file=Out)
    traceback.print_tb(tb, file=Out)
print(*[clean(v) for v in (traceback.format_exc(),)])
print(*[clean(v) for v in (traceback.format_exception_only(None),)])
try: traceback.format_exception()
except Exception as e: print(type(e).__name__, e)
try: traceback.format_exception(1)
except Exception as e: print(type(e).__name__, e)
try: traceback.print_tb(1)
except Exception as e: print(type(e).__name__, e)
e = ValueError('x'); e.add_note('note1')
print(*[clean(v) for v in (traceback.format_exception_only(e), traceback.format_exception(e),)])
print(*[clean(v) for v in (traceback.format_exception(ValueError, ValueError('v'), None),)])
def chained():
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
try: chained()
except RuntimeError as e:
    print(*[clean(v) for v in (''.join(traceback.format_exception(e)),)])
    print(*[clean(v) for v in (''.join(traceback.format_exception(e, chain=False)),)])
try:
    try: [][1]
    except IndexError: int('x')
except ValueError as e:
    print(*[clean(v) for v in (traceback.format_exception(e),)])
class MyErr(Exception):
    def __str__(self): return 'custom!'
try: raise MyErr()
except MyErr as e: print(traceback.format_exception_only(e))
try: raise ExceptionGroup('grp', [ValueError(1), TypeError(2)])
except ExceptionGroup as e: print(clean(''.join(traceback.format_exception(e))))
