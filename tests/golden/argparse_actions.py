# argparse: every action, nargs forms, Namespace and defaults.
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

s = argparse.ArgumentParser(prog='s', add_help=False)
s.add_argument('--no', action=argparse.BooleanOptionalAction, default=True, help='toggle')
s.add_argument('--app', action='append', type=int)
s.add_argument('--ext', action='extend', nargs='+')
s.add_argument('--c', action='append_const', const='C', dest='cs')
s.add_argument('--two', nargs=2, metavar=('A', 'B'))
s.add_argument('--opt', nargs='?', const='CONST', default='DEF')
s.add_argument('--star', nargs='*')
s.add_argument('rest', nargs=argparse.REMAINDER)
s.add_argument('--version', action='version', version='%(prog)s 1.2')
print(s.format_help())
run(s, ['--no-no', '--app', '1', '--app', '2', '--ext', 'a', 'b', '--ext', 'c', '--c', '--c'])
run(s, ['--two', 'x', 'y', '--opt', '--star', 'q', 'w', 'r1', '--x', 'y'])
run(s, ['--two', 'x'])
run(s, ['--opt', 'v', '--star'])
run(s, ['--app', 'z'])
run(s, ['--version'])
run(s, ['--', '-x', 'y'])
ns = argparse.Namespace(b=1, a='x', **{'odd-key': 2})
print(ns, vars(ns), 'a' in ns, 'z' in ns, ns == argparse.Namespace(b=1, a='x', **{'odd-key': 2}), ns == 3)
print(argparse.Namespace(), argparse.Namespace(x=[1]) != argparse.Namespace(x=[2]))
print(argparse.SUPPRESS, argparse.REMAINDER, argparse.PARSER, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE)
d = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS)
d.add_argument('--a')
d.add_argument('--b', default=4)
run(d, [])
run(d, ['--a', '1'])
c = argparse.ArgumentParser(prog='c')
act = c.add_argument('--dup', type=int, default='7')
print(repr(act))
print(c.get_default('dup'), c.parse_args([]))
c.set_defaults(dup='8', other=5)
print(c.get_default('dup'), c.get_default('other'), c.get_default('none'), c.parse_args([]))
shared = []
a = argparse.ArgumentParser(prog='a')
a.add_argument('--x', action='append', default=shared)
print(a.parse_args(['--x', '1', '--x', '2']), shared)
mine = argparse.Namespace(existing=True, x=['kept'])
print(a.parse_args([], namespace=mine), a.parse_args(['--x', '3'], namespace=mine))
k = argparse.ArgumentParser(prog='k')
k.add_argument('pos', nargs=2)
k.add_argument('--n', nargs='+', type=int)
k.add_argument('tail', nargs='?', default='dflt')
run(k, ['a', 'b'])
run(k, ['a', 'b', 'c', '--n', '1', '2'])
run(k, ['a'])
run(k, ['a', 'b', '--n'])
run(k, ['a', 'b', 'c', 'd'], known=True)
