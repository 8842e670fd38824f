# argparse: the help formatter classes, widths and wrapped usage.
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

desc = '''First line of the description.
    Indented second line, kept as is by the raw formatters.

Another paragraph.'''
for fc in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    p = argparse.ArgumentParser(prog='fmt', description=desc, epilog='Epilog   with   spaces\nand a newline.', formatter_class=fc)
    p.add_argument('--count', type=int, default=5, help='how many\ntimes to   do it')
    p.add_argument('--name', type=str, default='bob', help='the name (default: %(default)r)')
    p.add_argument('--quiet', action='store_true', help='be quiet')
    p.add_argument('files', type=str, nargs='*', help='input files')
    p.add_argument('--sup', help=argparse.SUPPRESS)
    print('=====', fc.__name__)
    print(p.format_help())

w = argparse.ArgumentParser(prog='w', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
w.add_argument('--a-fairly-long-option', metavar='SOMETHING', help='this help is long enough that it must wrap onto a second line at this width')
w.add_argument('--b', help='short')
print(w.format_help())
l = argparse.ArgumentParser(prog='l')
l.add_argument('--extremely-long-option-name-that-does-not-fit', metavar='VALUE', help='help goes on the next line then')
l.add_argument('-s', help='')
l.add_argument('-t', help=' ')
print(l.format_help())
p = argparse.ArgumentParser(prog='a_rather_long_program_name')
for i in range(8):
    p.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
p.add_argument('first_positional')
p.add_argument('second_positional', nargs='*')
print(p.format_usage())
p2 = argparse.ArgumentParser(prog='x' * 60)
for i in range(4):
    p2.add_argument('--opt%d' % i)
p2.add_argument('pos')
print(p2.format_usage())
p3 = argparse.ArgumentParser(prog='short')
for i in range(6):
    p3.add_argument('pos%d_with_long_name' % i)
print(p3.format_usage())
os.environ['COLUMNS'] = '50'
c = argparse.ArgumentParser(prog='cols', description='A description that is long enough to wrap at fifty columns for sure.')
c.add_argument('--alpha', help='alpha help text that is also somewhat long and wraps')
c.add_argument('--beta', choices=['one', 'two', 'three', 'four', 'five', 'six'])
print(c.format_help())
os.environ['COLUMNS'] = '80'
