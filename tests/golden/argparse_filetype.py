# argparse: FileType opens files (and '-' as stdin/stdout); failures become errors.
import argparse
import contextlib
import io
import os
import sys
import tempfile

os.environ['COLUMNS'] = '80'

with tempfile.TemporaryDirectory() as td:
    src = os.path.join(td, 'in.txt')
    with open(src, 'w') as f:
        f.write('line one\nline two\n')
    p = argparse.ArgumentParser(prog='ft')
    p.add_argument('infile', type=argparse.FileType('r'))
    p.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'), default='-')
    ns = p.parse_args([src, '--out', os.path.join(td, 'out.txt')])
    print(ns.infile.read(), end='')
    ns.out.write('written\n')
    ns.infile.close()
    ns.out.close()
    with open(os.path.join(td, 'out.txt')) as f:
        print(repr(f.read()))
    ns = p.parse_args([src])
    print(ns.out is sys.stdout)
    ns.infile.close()
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args([os.path.join(td, 'missing.txt')])
    except SystemExit as e:
        print('exit', e.code)
    text = err.getvalue().replace(td, 'TMP')
    print(text, end='')
    print(repr(argparse.FileType('w')), repr(argparse.FileType('rb', 0, errors='strict')))
    try:
        argparse.FileType('q')('-')
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        argparse.FileType()(os.path.join(td, 'nope'))
    except argparse.ArgumentTypeError as e:
        print(type(e).__name__, str(e).replace(td, 'TMP'))
