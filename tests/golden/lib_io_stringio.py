# io.StringIO and io.BytesIO: in-memory text and bytes files.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'), s.tell())
print('third', 3, file=s)
s.writelines(['a\n', 'b'])
print(repr(s.getvalue()))
print(s.read(), s.seek(0), repr(s.read(5)), s.tell())
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()))
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(3)
s.write('LO')
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
print(s.closed, s.readable(), s.writable(), s.seekable())
with io.StringIO('line1\nline2\r\nline3\rend') as t:
    print(t.readlines())
print(t.closed)
print(io.StringIO('a\r\nb\rc', newline=None).getvalue().split('\n'))
print(io.StringIO('a\r\nb\rc\nd', newline='').readlines())
print(io.StringIO('x\ny', newline='\r\n').getvalue().encode())
parts = io.StringIO()
for i in range(3):
    parts.write(f'{i},')
print(parts.getvalue())

for bad in [lambda: io.StringIO(3), lambda: io.StringIO('', 'x'),
            lambda: io.StringIO().write(3), lambda: io.StringIO().write(b'x'),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO('ab').seek(1, 1),
            lambda: io.StringIO().read('x'), lambda: io.StringIO(bogus=1),
            lambda: io.StringIO().truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = io.StringIO('abc')
c.close()
for op in ['read', 'getvalue', 'tell', 'readline']:
    try:
        getattr(c, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)
try:
    c.write('x')
except ValueError as e:
    print('write', e)

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), list(b))
print(b.write(b'XY'), b.write(bytearray(b'Z')), b.getvalue())
b.seek(0)
print(b.readlines(), b.seek(-2, 2), b.read())
for bad in [lambda: io.BytesIO('x'), lambda: io.BytesIO().write('x')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
