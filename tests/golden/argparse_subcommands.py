# argparse: subcommands with aliases, defaults and their own help.
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

p = argparse.ArgumentParser(prog='git')
p.add_argument('--git-dir')
sub = p.add_subparsers(dest='cmd', required=True, help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
a = sub.add_parser('add', help='add files')
a.add_argument('paths', nargs='*')
a.add_argument('-A', '--all', action='store_true')
a.set_defaults(func='do_add')
sub.add_parser('status')
print(p.format_help())
print(c.format_help())
run(p, ['commit', '-m', 'hi'])
run(p, ['ci', '-m', 'hi', '--amend'])
run(p, ['add', 'a', 'b', '-A'])
run(p, ['add'])
run(p, [])
run(p, ['push'])
run(p, ['commit'])
run(p, ['commit', '-m', 'x', '--zzz'])
run(p, ['commit', '-m', 'x', '--zzz'], known=True)
run(p, ['--git-dir', 'd', 'status'])
run(p, ['add', '-h'])

t = argparse.ArgumentParser(prog='t', usage='%(prog)s [options] thing', description='Usage given.')
sp = t.add_subparsers(title='commands', description='Available commands:', metavar='COMMAND')
sp.add_parser('run', help='run it')
sp.add_parser('stop', help='stop it')
sp.add_parser('hidden')
print(t.format_help())
run(t, [])
run(t, ['run'])
run(t, ['nope'])
u = argparse.ArgumentParser(prog='u')
us = u.add_subparsers()
us.add_parser('a'); us.add_parser('b')
us.required = True
run(u, [])
run(u, ['a'])
attempt(lambda: us.add_parser('a'))
attempt(lambda: us.add_parser('c', aliases=['b']))
v = argparse.ArgumentParser(prog='v')
v.add_argument('--top', default='T')
vs = v.add_subparsers(dest='cmd')
vs.add_parser('go').add_argument('--top', default='from-sub')
run(v, [])
run(v, ['--top', 'x', 'go'])
run(v, ['go', '--top', 'y'])
