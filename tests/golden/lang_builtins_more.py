# ascii, exit/quit and compile with code objects that exec and eval run.
print(ascii('héllo wörld €'), ascii([1, 'ü', {'k': '\U0001f600'}]), ascii(3))
print(ascii('plain'), ascii(b'bytes\xff'))
for call in [lambda: ascii(), lambda: ascii(1, 2), lambda: ascii(x=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

print(repr(exit), repr(quit), str(exit), type(exit).__name__)
for q in [exit, quit]:
    for args in [(), (3,), ('message',), (None,)]:
        try:
            q(*args)
        except SystemExit as e:
            print('SystemExit', e.code, e.args)
try:
    exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

code = compile('x = 6 * 7\nprint("compiled", x)', 'my_file.py', 'exec')
print(type(code).__name__)
exec(code)
print(x)
ns = {}
exec(code, ns)
print(ns['x'])
e = compile('x + 1', '<expr>', 'eval')
print(eval(e), eval(e, {'x': 10}))
print(exec(e))
s = compile('x * 2', '<single>', 'single')
exec(s)
exec(compile('None', 's', 'single'))


def in_function():
    y = 5
    return eval(compile('y * 3', 'f', 'eval'))


print(in_function())
for src, fn, mode in [('x = ', 'bad_file.py', 'exec'), ('1 +', 'ev.py', 'eval'),
                      ('x = 1', 'ev.py', 'eval'), ('a = 1\nb = 2', 'one.py', 'single'),
                      ('return 1', 'ret.py', 'exec')]:
    try:
        compile(src, fn, mode)
    except SyntaxError as e:
        print(type(e).__name__, e)
for call in [lambda: compile('x', 'f', 'bogus'), lambda: compile(3, 'f', 'exec'),
             lambda: compile('x', 3, 'exec'), lambda: compile('x', 'f'),
             lambda: compile('x', 'f', 'exec', bogus=1), lambda: compile('x', 'f', 3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    exec(compile('1 / 0', 'div.py', 'exec'))
except ZeroDivisionError as e:
    print(type(e).__name__, e)

