# fnmatch: fnmatch, fnmatchcase, filter and translate.
import fnmatch


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


pats = ['*.py', 'a*b*c', '*', '**', '?x[abc]', '[!a-c]*', '[]]', '[!]]', '[a-]',
        '[z-a]', '[!z-a]', '[a-c-e]', '[\\]', '[', '[!', 'a[b', 'x&y~z',
        'a.b(c)', '[^x]', '[[]', '*a*', '**a**b', '[a-z0-9_]', '[&&]',
        '[--0]', '[b-a-c]', 'a\tb c#d', '[^]', '[!!]', '', '*.[ch]', 'data_??.csv']
names = ['x.py', 'abc', 'aXbYc', 'ab', '', 'qxa', 'dog', ']', '!', '-', 'z',
         'a', 'd', '\\', '[', '[!', 'a[b', 'x&y~z', 'a.b(c)', '^', 'x', 'ba',
         'aab', '_', '&', '.', '/', 'c', 'a\tb c#d', 'main.c', 'util.h',
         'data_01.csv', 'data_1.csv', 'a\nb', 'X.PY', 'b']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)),
          [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch('README.md', '*.md'), fnmatch.fnmatch('Foo.PY', '*.py'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', 'dir/d.py'], '*.py'))
print(fnmatch.filter(iter(['x1', 'x22', 'y1']), 'x?'), fnmatch.filter([], '*'))
print(fnmatch.fnmatchcase('a/b/c', 'a*c'), fnmatch.fnmatchcase('a/b', 'a?b'))
print(fnmatch.fnmatchcase('é', '[à-ê]'), fnmatch.fnmatchcase('日本', '??'))
print(fnmatch.fnmatchcase(b'abc', b'a*'), fnmatch.fnmatch(b'x.py', b'*.py'))
print(fnmatch.fnmatchcase('a' * 30 + 'b', '*a*a*a*a*a*a*a*c'))
t(lambda: fnmatch.fnmatchcase(1, 'x'))
t(lambda: fnmatch.fnmatchcase(b'x', 'x'))
t(lambda: fnmatch.fnmatchcase('x', b'x'))
t(lambda: fnmatch.fnmatch(1, 'x'))
t(lambda: fnmatch.filter([1], 'x'))
