# open() misuse and I/O errors: CPython's exception types and messages.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')


def show(e):
    print(type(e).__name__, '|', str(e).replace(d, 'DIR'))


with open(p, 'w') as f:
    f.write('data\n')

try:
    open(os.path.join(d, 'nope.txt'))
except FileNotFoundError as e:
    show(e)
    print(e.errno, e.strerror, e.filename == os.path.join(d, 'nope.txt'), e.args)
    print(isinstance(e, OSError), e.errno == 2)
try:
    open('nope.txt')
except OSError as e:
    print(type(e).__name__, e)
try:
    open(d)
except IsADirectoryError as e:
    show(e)
    print(e.errno, e.strerror)
try:
    open(d, 'w')
except IsADirectoryError as e:
    show(e)
try:
    open(p, 'x')
except FileExistsError as e:
    show(e)
    print(e.errno, e.strerror)
try:
    open(os.path.join(p, 'inside'))
except NotADirectoryError as e:
    show(e)

for mode in ['rw', 'rr', '', 'tb', 'q', '+', 'rU', 'wa+', 'r++', 'bt']:
    try:
        open(p, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
for kw in [dict(mode='rb', encoding='utf-8'), dict(mode='rb', errors='strict'),
           dict(mode='wb', newline=''), dict(newline='x'), dict(encoding='nope'),
           dict(buffering=0), dict(mode=3), dict(encoding=3), dict(errors=1),
           dict(newline=1), dict(bogus=1), dict(closefd=False)]:
    try:
        open(p, **kw)
        print(kw, 'ok')
    except Exception as e:
        print(kw, type(e).__name__, e)
for bad in [3.5, None, [p]]:
    try:
        open(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    open()
except TypeError as e:
    print(type(e).__name__, e)

f = open(p)
f.close()
for op in ['read', 'readline', 'readlines', 'tell', 'flush', '__next__', 'fileno', 'readable']:
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)
for op, arg in [('write', 'x'), ('seek', 0), ('writelines', ['x'])]:
    try:
        getattr(f, op)(arg)
    except ValueError as e:
        print(op, type(e).__name__, e)
try:
    for line in f:
        pass
except ValueError as e:
    print('iter', type(e).__name__, e)
try:
    with f:
        pass
except ValueError as e:
    print('with', type(e).__name__, e)

b = open(p, 'rb')
b.close()
for op in ['read', 'readline', 'tell', 'flush']:
    try:
        getattr(b, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)
try:
    b.seek(0)
except ValueError as e:
    print('seek', type(e).__name__, e)

with open(p, 'w') as f:
    for op in ['read', 'readline', 'readlines']:
        try:
            getattr(f, op)()
        except io.UnsupportedOperation as e:
            print(op, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        next(f)
    except io.UnsupportedOperation as e:
        print('next', e)
    for bad in [b'x', 3, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        f.write()
    except TypeError as e:
        print(type(e).__name__, e)
    print(f.readable(), f.writable(), f.seekable())
with open(p) as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.read('3')
    except TypeError as e:
        print(type(e).__name__, e)
with open(p, 'rb') as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(p, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
try:
    print('x', file=3)
except AttributeError as e:
    print(type(e).__name__, e)

print(OSError(2, 'No such file or directory', 'a.txt'))
print(OSError(2, 'No such file or directory'), type(OSError(2, 'x')).__name__)
print(OSError('plain'), OSError(1, 2, 3, 4, 5, 6).errno)
print(OSError(13, 'Permission denied', 'f').__class__.__name__)
print(OSError(17, 'File exists', 'a', None, 'b'))

os.remove(p)
os.rmdir(d)
