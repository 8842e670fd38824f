# argparse: parse_intermixed_args and parse_known_intermixed_args.
import argparse, io, contextlib, os
os.environ['COLUMNS'] = '80'
def run(f, a):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            print(f(a))
    except SystemExit as e:
        print('exit', e.code)
    except Exception as e:
        print(type(e).__name__, e)
    print(out.getvalue() + err.getvalue(), end='')
p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
p.add_argument('--req', required=True)
for a in [['doit', '1', '--foo', 'bar', '2', '3', '--req', 'r'], ['doit', '1', '--req', 'r', 'x'], ['--req', 'r'], ['a', '--zz', '1', '--req', 'q'], ['a', '1']]:
    run(p.parse_intermixed_args, a)
    run(p.parse_known_intermixed_args, a)
    run(p.parse_args, a)
q = argparse.ArgumentParser(prog='q')
q.add_argument('x', nargs='...')
run(q.parse_intermixed_args, ['a'])
g = argparse.ArgumentParser(prog='g')
m = g.add_mutually_exclusive_group(required=True)
m.add_argument('--a', action='store_true'); m.add_argument('--b', action='store_true')
g.add_argument('files', nargs='+')
run(g.parse_intermixed_args, ['f1', '--a', 'f2'])
run(g.parse_intermixed_args, ['f1', 'f2'])
run(g.parse_intermixed_args, ['--b'])
print(p.usage, g.usage)
