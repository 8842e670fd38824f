# Pure paths: parsing, components and derived paths, no file system.
from pathlib import PurePath, PurePosixPath, PureWindowsPath

P = PurePosixPath

for text in ['a//b/./c', '//a', '///a', '', '.', 'a/..', '/', 'a/b/', './a', '/x/y.tar.gz']:
    p = P(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.name), repr(p.root),
          repr(p.anchor), repr(p.drive), repr(p.parent))

p = P('/srv/data/archive.tar.gz')
print(p.suffix, p.suffixes, p.stem, p.name)
print(list(p.parents), repr(p.parents), len(p.parents))
print(p.parents[0], p.parents[-1], p.parents[1:], p.parents[::-1])
for name in ['.bashrc', '.a.b', 'a..b', 'a.', 'noext', 'x.y.z']:
    q = P(name)
    print(repr(name), repr(q.suffix), q.suffixes, repr(q.stem))

print(P('a', 'b', '/c', 'd'), P('a') / 'b' / 'c', 'x' / P('y'))
print(P('a').joinpath('b', 'c'), P(P('a'), 'b'), P('a') / P('/abs'))
print(P('a/b').with_name('c'), P('a/b.txt').with_stem('q'))
print(P('a/b.txt').with_suffix(''), P('a/b').with_suffix('.z'), P('a/b.x').with_suffix('.y.z'))
print(P('/a').is_absolute(), P('a').is_absolute(), P('//a').is_absolute())
print(P('/a/b/c').relative_to('/a'), P('/a/b').relative_to('/'), P('a/b').relative_to('a', 'b'))
print(P('/a/b').is_relative_to('/a'), P('/a/b').is_relative_to('/c'), P('a').is_relative_to(''))
print(P('a/b').as_posix(), P('a/b').__fspath__(), bytes(P('a/b')), str(P('')))

print(repr(PurePath('a')), type(PurePath('a')).__name__)

errors = [
    lambda: P('/a/b').relative_to('/c'),
    lambda: P('a').relative_to('/a'),
    lambda: P('/a').relative_to('a'),
    lambda: P('a').relative_to(),
    lambda: P('/').with_name('x'),
    lambda: P('a').with_name('a/b'),
    lambda: P('a').with_name(''),
    lambda: P('a').with_name('.'),
    lambda: P('a').with_stem(''),
    lambda: P('a').with_suffix('b'),
    lambda: P('a').with_suffix('.'),
    lambda: P('a').with_suffix('/'),
    lambda: P('a').with_suffix('./x'),
    lambda: P('').with_suffix('.x'),
    lambda: P('a') / 3,
    lambda: 3 / P('a'),
    lambda: P(3),
    lambda: P('a', None),
    lambda: P('a/b').parents[2],
    lambda: P('a/b').parents[-3],
    lambda: P('a/b').parents['x'],
    lambda: P('a').match(''),
]
for f in errors:
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
