# argparse: argument groups and mutually exclusive groups.
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

q = argparse.ArgumentParser(prog='mx')
g = q.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='A')
g.add_argument('-b', action='store_true', help='B')
r = q.add_mutually_exclusive_group(required=True)
r.add_argument('--on', action='store_const', const=1, dest='state')
r.add_argument('--off', action='store_const', const=0, dest='state')
grp = q.add_argument_group('extra', 'Extra options for the run.')
grp.add_argument('--x', type=int, default=3, help='x value')
grp.add_argument('pos', nargs='?', default='d')
print(q.format_help())
run(q, ['--on'])
run(q, ['-a', '-b', '--on'])
run(q, ['-a'])
run(q, ['--on', '--off'])
run(q, ['--on', '-ab'])
run(q, ['--on', 'P', '--x', '7'])
h = argparse.ArgumentParser(prog='h')
hg = h.add_mutually_exclusive_group(required=True)
hg.add_argument('--only', action='store_true')
hg.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
print(h.format_usage(), end='')
run(h, [])
og = argparse.ArgumentParser(prog='og')
g1 = og.add_argument_group('input')
g1.add_argument('src', help='source')
ex = g1.add_mutually_exclusive_group()
ex.add_argument('--fast', action='store_true')
ex.add_argument('--safe', action='store_true')
og.add_argument_group('empty section')
og.add_argument_group('described only', 'Nothing here but words.')
print(og.format_help())
run(og, ['s', '--fast', '--safe'])
run(og, ['--safe', 's'])
