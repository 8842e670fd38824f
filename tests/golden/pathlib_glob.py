# Path: listing, glob and rglob, resolve, absolute, cwd, home.
import os
import tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as td:
    base = Path(td)
    for name in ['src/main.py', 'src/util.py', 'src/pkg/__init__.py',
                 'src/pkg/core.py', 'docs/index.md', 'README.md', '.hidden/x.py',
                 'data/a.csv', 'data/b.CSV']:
        p = base / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(name)

    def show(it):
        return sorted(p.relative_to(base).as_posix() for p in it)

    print(show(base.iterdir()))
    for pattern in ['*', '*.md', 'src/*.py', '*/*.py', '**/*.py', '**', '**/',
                    'src/**', 'src/**/*.py', '*/', 'data/*.csv', 'data/[ab].*',
                    'd?ta/*', 'missing/*', 'README.md', 'nope.md', 'src/pkg',
                    '**/pkg/*.py', '.*']:
        print(repr(pattern), show(base.glob(pattern)))
    for pattern in ['*.py', 'pkg', '*.md', '*/']:
        print('rglob', repr(pattern), show(base.rglob(pattern)))
    for pattern in ['', '/abs/*', 'a**/x']:
        try:
            print(show(base.glob(pattern)))
        except Exception as e:
            print(type(e).__name__, e)

    src = base / 'src'
    print(src.resolve() == base.resolve() / 'src')
    print((src / '..' / 'docs').resolve() == base.resolve() / 'docs')
    print((src / 'nope' / '..' / 'x').resolve() == base.resolve() / 'src' / 'x')
    try:
        (src / 'nope').resolve(strict=True)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    old = os.getcwd()
    os.chdir(td)
    try:
        print(Path.cwd() == Path(os.getcwd()), Path('src').absolute() == Path.cwd() / 'src')
        print(Path('.').absolute() == Path.cwd(), Path('/x').absolute())
        print(Path('src').exists(), Path('src/main.py').is_file(), Path('src').resolve().is_absolute())
        print(sorted(str(p) for p in Path('.').glob('*.md')), sorted(str(p) for p in Path().rglob('*.csv')))
        print(sorted(str(p) for p in Path('src').iterdir()))
    finally:
        os.chdir(old)
    print(Path('~').expanduser() == Path.home(), Path('~/x').expanduser() == Path.home() / 'x')
    print(Path('a/~').expanduser(), Path('/~').expanduser(), Path.home().is_absolute())
    print(type(Path.home()).__name__, type(Path.cwd()).__name__)
