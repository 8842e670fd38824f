# Pure paths: equality, hashing, ordering, matching, Windows basics.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path

P = PurePosixPath
W = PureWindowsPath

print(P('a') == P('a'), P('a') == P('a/'), P('a') == P('A'), P('a') == 'a')
print(P('a') == PurePath('a'), P('a') == W('a'), P('a') == Path('a'))
print(hash(P('a/b')) == hash(P('a//b')), hash(Path('a')) == hash(P('a')))
print(sorted([P('b'), P('a/c'), P('a'), P('/z'), P('a/b/c')]))
print(P('a') < P('b'), P('a') <= P('a'), P('b') > P('a/z'), P('a') >= P('a'))
print(len({P('x'), P('x/'), P('./x'), P('y')}))
try:
    P('a') < W('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    P('a') < 'a'
except TypeError as e:
    print(type(e).__name__, e)

cases = [
    ('a/b.py', '*.py'), ('/a/b.py', '/*.py'), ('/a/b.py', 'a/*.py'),
    ('/a/b.py', '/a/*.py'), ('a/b', 'A/B'), ('a/b/c', 'b/*'),
    ('a/b/c', 'x/b/*'), ('a', 'a/b'), ('a/b.txt', '*.t?t'), ('a/b.txt', '[ab]/*'),
    ('b.py', '**/*.py'),
]
for path, pattern in cases:
    print(path, pattern, P(path).match(pattern))

w = W('c:/Users/Me/file.TXT')
print(repr(w), str(w), w.parts, w.drive, w.root, w.anchor, w.name, w.suffix)
print(w.as_posix(), w.parent, w.is_absolute(), W('c:x').is_absolute(), W('/x').is_absolute())
print(W('a/B') == W('A\\b'), W('C:/a').match('*.txt'), w.match('*.txt'))
print(W('c:/a', 'd:/b'), W('c:/a', '/b'), W('c:/a', 'b'), W('c:/a').joinpath('b', 'c'))
print(repr(W('//server/share/x')), W('//server/share/x').drive)
print(W('a/b').relative_to('A'), W('c:/a/b').with_name('z.q'))
print(P('a') == P('a'), W('nul').is_reserved(), P('nul').is_reserved())

for text in ['/', '/abs', 'a', '/a/b', '//x']:
    print(repr(text), [P(text).match(q) for q in ['*', 'a/*', '/a', '**', '*/*', '/', '/*', '/*/*', '//*']])
for base in ['', '.', '/x', 'a']:
    try:
        print(P('/abs/b').relative_to(base))
    except ValueError as e:
        print(type(e).__name__, e)
