# traceback: FrameSummary and StackSummary objects, limits, and the
# exception-only formats, including misuse.
import traceback
import sys


def clean(x):
    return str(x).replace(__file__, 'FILE')


def level3():
    raise KeyError('deep')


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except KeyError as e:
    stack = traceback.extract_tb(e.__traceback__)
    print(len(stack), [fs.name for fs in stack], [fs.lineno for fs in stack])
    print([fs.line for fs in stack])
    for fs in stack:
        filename, lineno, name, line = fs
        print(filename == __file__, lineno, name, line, fs == (filename, lineno, name, line))
    print(clean(traceback.extract_tb(e.__traceback__, limit=1)))
    print(clean(traceback.extract_tb(e.__traceback__, limit=-1)))
    print(len(traceback.format_tb(e.__traceback__, limit=2)))
    print(clean(''.join(traceback.format_exception(e, limit=-2))), end='')
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=1))), end='')
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    print(clean(''.join(te.format())), end='')
    print(clean(''.join(te.format_exception_only())), end='')

custom = traceback.StackSummary.from_list([('a.py', 3, 'fn', 'x = 1'), ('b.py', 9, '<module>', '')])
print(custom.format())
print(traceback.format_list([('c.py', 1, 'f', 'pass')]))
fs = traceback.FrameSummary('d.py', 4, 'g', line='y = 2')
print(fs, fs.line, list(fs), fs[2], len(fs))

print(traceback.format_exception_only(ValueError('plain')))
print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(ValueError, ValueError('legacy')))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception(ValueError('never raised')))
print(traceback.format_exc(), end='')
traceback.print_exc(file=sys.stdout)
traceback.print_exception(None, file=sys.stdout)
for bad in ['traceback.format_exception()', 'traceback.format_exception(1)',
            'traceback.format_exception_only(1)', 'traceback.format_tb(1)',
            'traceback.extract_tb("x")']:
    try:
        print(eval(bad))
    except Exception as exc:
        print(bad, '->', type(exc).__name__, exc)
