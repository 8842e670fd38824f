# shutil: copyfile, copy, copy2, move, which, disk_usage, get_terminal_size.
import os
import shutil
import tempfile


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


home = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open('a', 'w') as f:
        f.write('hi\n')
    os.mkdir('d')
    t(lambda: shutil.copyfile('nope', 'b'))
    t(lambda: shutil.copyfile('a', 'a'))
    t(lambda: shutil.copyfile('a', 'zz/b'))
    t(lambda: shutil.copyfile('a', 'd'))
    t(lambda: shutil.copyfile('d', 'x'))
    t(lambda: shutil.copyfile('a', 'b'))
    print(open('b').read())
    t(lambda: shutil.copy('a', 'd'))
    t(lambda: shutil.copy2('a', 'c'))
    print(os.path.getsize('c'), open('d/a').read())
    t(lambda: shutil.move('a', 'd'))
    t(lambda: shutil.move('c', 'd/a'))
    t(lambda: shutil.move('c', 'd'))
    t(lambda: shutil.move('nope', 'd'))
    t(lambda: shutil.move('d', 'd/sub'))
    t(lambda: shutil.move('b', 'moved'))
    t(lambda: shutil.move('d', 'd2'))
    print(sorted(os.listdir('.')), sorted(os.listdir('d2')))
    t(lambda: shutil.copyfile(None, 'x'))

    src = open('moved', 'rb')
    dst = open('streamed', 'wb')
    shutil.copyfileobj(src, dst)
    src.close()
    dst.close()
    print(open('streamed').read())
    os.chdir(home)

t(lambda: shutil.which('sh') is not None)
t(lambda: shutil.which('nope-xyz'))
t(lambda: shutil.which(5))
t(lambda: shutil.which('sh', path=''))
t(lambda: shutil.which('/bin/sh'))
t(lambda: shutil.which('/nonexistent/sh'))
t(lambda: shutil.disk_usage('nope'))
u = shutil.disk_usage('.')
print(type(u).__name__, u._fields, u.total >= u.used, u.total > 0, u.free >= 0)

os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '30'
t(lambda: shutil.get_terminal_size((10, 20)))
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size))
t(lambda: shutil.Error.__mro__)
t(lambda: shutil.SameFileError.__mro__)
