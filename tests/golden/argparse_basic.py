# argparse: a typical parser's help, usage, results and errors.
import argparse
import contextlib
import io
import os

os.environ['COLUMNS'] = '80'


def run(parser, args, known=False):
    """Parses args, printing the result or the exit status, and what went
    to stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = parser.parse_known_args(args) if known else parser.parse_args(args)
        print('->', result)
    except SystemExit as e:
        print('exit', e.code)
    except argparse.ArgumentError as e:
        print('ArgumentError', e, '|', e.argument_name, '|', e.message)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

p = argparse.ArgumentParser(prog='tool', description='Process some integers and do a lot of other things that need a long description to wrap around.', epilog='See the manual.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed, one of %(choices)s (default %(default)s)')
p.add_argument('-o', '--output', metavar='FILE', help='where to write the result of the whole computation when it is all done')
p.add_argument('--flag', action='store_true')
p.add_argument('--very-long-option-name-here', type=float)
print(p.format_help())
print(p.format_usage())
run(p, ['1', '2', '3'])
run(p, ['1', '2', '--sum', '-vv'])
run(p, ['--mode', 'q', '1'])
run(p, ['x'])
run(p, [])
run(p, ['1', '--bogus', 'zz'])
run(p, ['1', '-o'])
run(p, ['1', '--very-long-option-name-here', 'abc'])
run(p, ['1', '--ver', '2.5', '--mo=slow', '-ofile', '-vvv'])
run(p, ['1', '--flag=x'])
run(p, ['-h'])
run(p, ['--', '-5'])
run(p, ['1', '--mode', 'slow', '--mode=fast'])
run(p, ['1', '-v', '--verbose', '-vv'])
