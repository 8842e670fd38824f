# The methods of io.StringIO and io.BytesIO, through hasattr() and dir().
import io
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)
NAMES = ['read', 'readline', 'readlines', 'write', 'writelines', 'getvalue', 'seek', 'tell',
         'truncate', 'flush', 'close', 'readable', 'writable', 'seekable', 'isatty',
         '__enter__', '__exit__', '__iter__', '__next__', 'closed', 'line_buffering', 'newlines']
for f in (io.StringIO("a\nb\n"), io.BytesIO(b"x\ny\n")):
    print(type(f).__name__, [n for n in NAMES if hasattr(f, n)])
    print([n for n in NAMES if n in dir(f)] == [n for n in NAMES if hasattr(f, n)])
    print(f.readline(), f.read(), f.tell(), f.seek(0), list(f), f.closed)
    with f:
        f.write(f.getvalue())
    attempt("closed read", f.read)
    attempt("closed getvalue", f.getvalue)
    print(f.closed)
