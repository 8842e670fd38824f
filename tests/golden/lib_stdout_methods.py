# sys.stdout and sys.stderr are TextIOWrapper objects: their methods and
# attributes, and misuse of them.
import io
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


NAMES = ['write', 'writelines', 'flush', 'fileno', 'isatty', 'readable',
         'writable', 'read', 'readline', 'readlines', 'close', 'name', 'mode',
         'encoding', 'closed', 'newlines', '__enter__', '__exit__',
         '__iter__', '__next__', 'append', 'getvalue', 'send']

for s in (sys.stdout, sys.stderr):
    print(type(s).__name__, [n for n in NAMES if hasattr(s, n)])
    print([n for n in NAMES if n in dir(s)])
    attempt("name", lambda: s.name)
    attempt("mode", lambda: s.mode)
    attempt("encoding", lambda: s.encoding)
    attempt("closed", lambda: s.closed)
    attempt("newlines", lambda: s.newlines)
    attempt("readable", s.readable)
    attempt("writable", s.writable)
    attempt("fileno", s.fileno)
    attempt("read", s.read)
    attempt("readline", s.readline)
    attempt("readlines", s.readlines)
    attempt("next", lambda: next(s))
    attempt("__iter__", lambda: s.__iter__() is s)
    attempt("write()", lambda: s.write())
    attempt("write(5)", lambda: s.write(5))
    attempt("write(a, b)", lambda: s.write('a', 'b'))
    attempt("write(s=)", lambda: s.write(s='a'))
    attempt("writelines(5)", lambda: s.writelines(5))
    attempt("writelines([5])", lambda: s.writelines([5]))
    attempt("flush(1)", lambda: s.flush(1))
    attempt("readable(1)", lambda: s.readable(1))
    attempt("fileno(x=1)", lambda: s.fileno(x=1))
    attempt("enter", lambda: s.__enter__() is s)
    s.flush()

print(sys.stdout.write("abc\n"))
sys.stdout.writelines(["one\n", "two\n"])
w = sys.stdout.write
w("bound write\n")
print(io.TextIOWrapper.write(sys.stdout, "unbound write\n"))
print(type(sys.stdout) is io.TextIOWrapper, isinstance(sys.stderr, io.TextIOWrapper))
attempt("TextIOWrapper.write(5, 'x')", lambda: io.TextIOWrapper.write(5, 'x'))
attempt("stdout.nonesuch", lambda: sys.stdout.nonesuch)
sys.stdout.flush()
attempt("stdout.name = 'x'", lambda: setattr(sys.stdout, 'name', 'x'))
attempt("stderr.closed = True", lambda: setattr(sys.stderr, 'closed', True))
