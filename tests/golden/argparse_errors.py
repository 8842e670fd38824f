# argparse: errors: bad values, exit_on_error=False, option spelling, bad add_argument calls.
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

def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
e.add_argument('--ev', type=even)
e.add_argument('--f', type=float, choices=[1.0, 2.5])
e.add_argument('-1', dest='one', action='store_true')
e.add_argument('req')
run(e, ['--n', 'abc', 'r'])
run(e, ['--ev', '3', 'r'])
run(e, ['--ev', 'x', 'r'])
run(e, ['--f', '3', 'r'])
run(e, ['r', 'extra'])
run(e, [])
run(e, ['-1', '-5'])
run(e, ['--', '-5'])

n = argparse.ArgumentParser(prog='n')
n.add_argument('-x', type=int)
n.add_argument('vals', nargs='*', type=int)
run(n, ['-x', '-3', '-4', '5'])
run(n, ['-y'])
ab = argparse.ArgumentParser(prog='ab')
ab.add_argument('--foo'); ab.add_argument('--fob'); ab.add_argument('--bar')
run(ab, ['--fo', '1'])
run(ab, ['--b', '1'])
run(ab, ['--ba=2'])
na = argparse.ArgumentParser(prog='na', allow_abbrev=False)
na.add_argument('--foo')
run(na, ['--fo', '1'])
pc = argparse.ArgumentParser(prog='pc', prefix_chars='+/')
pc.add_argument('+f'); pc.add_argument('//long', action='store_true')
print(pc.format_help())
run(pc, ['+f', 'v', '//long'])

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
parent.set_defaults(extra=1)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('x')
print(child.format_help())
run(child, ['X'])
attempt(lambda: argparse.ArgumentParser(prog='c2', parents=[argparse.ArgumentParser()]))
cf = argparse.ArgumentParser(prog='cf')
cf.add_argument('--dup')
attempt(lambda: cf.add_argument('--dup'))
attempt(lambda: cf.add_argument('-h', '--help'))
rs = argparse.ArgumentParser(prog='rs', conflict_handler='resolve')
rs.add_argument('-x', '--xx', help='old'); rs.add_argument('-x', help='new')
print(rs.format_help())
attempt(lambda: cf.add_argument('x', required=True))
attempt(lambda: cf.add_argument('--s', nargs=0))
attempt(lambda: cf.add_argument('--s', action='append', nargs=0))
attempt(lambda: cf.add_argument('--s', const=1))
attempt(lambda: cf.add_argument('--s', action='bogus'))
attempt(lambda: cf.add_argument('--s', type='int'))
attempt(lambda: cf.add_argument('--s', type=argparse.FileType))
attempt(lambda: cf.add_argument('--s', nargs=2, metavar=('A', 'B', 'C')))
attempt(lambda: cf.add_argument('--s', nargs='x'))
attempt(lambda: cf.add_argument('s', dest='t'))
attempt(lambda: cf.add_argument('s', 't'))
attempt(lambda: cf.add_argument('--'))
attempt(lambda: cf.add_argument('-x', 'y'))
attempt(lambda: cf.add_mutually_exclusive_group().add_argument('--r', required=True))
