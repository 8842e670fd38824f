# Path: reading, writing, creating and removing files and directories,
# inside a temporary directory (paths printed relative to it).
import os
import tempfile
from pathlib import Path, PosixPath, WindowsPath


def rel(p):
    return p.relative_to(base).as_posix()


def attempt(f):
    try:
        r = f()
        print('ok', r if not isinstance(r, Path) else rel(r))
    except Exception as e:
        print(type(e).__name__, getattr(e, 'errno', None))


with tempfile.TemporaryDirectory() as td:
    base = Path(td)
    print(type(base).__name__, base.is_absolute(), base.is_dir(), base.exists())
    f = base / 'notes.txt'
    print(f.exists(), f.is_file())
    print(f.write_text('héllo\nworld\n'), f.exists(), f.is_file(), f.is_dir())
    print(repr(f.read_text()), f.read_bytes(), f.stat().st_size)
    print(f.write_bytes(b'\x00\x01abc'), f.read_bytes(), f.stat().st_size, f.stat()[6])
    print(f.write_bytes(bytearray(b'xy')), f.read_text(encoding='ascii'))
    with f.open('a') as fh:
        fh.write('+more')
    with f.open() as fh:
        print(repr(fh.read()))
    with open(f, 'rb') as fh:
        print(fh.read())
    print(os.fspath(f) == td + '/notes.txt', str(f) == os.path.join(td, 'notes.txt'))

    d = base / 'a' / 'b' / 'c'
    attempt(lambda: d.mkdir())
    attempt(lambda: d.mkdir(parents=True))
    attempt(lambda: d.mkdir(parents=True))
    attempt(lambda: d.mkdir(parents=True, exist_ok=True))
    attempt(lambda: f.mkdir(exist_ok=True))
    print(d.is_dir(), d.parent.is_dir(), (base / 'a').samefile(d / '..' / '..'))
    attempt(lambda: (base / 'a').rmdir())
    attempt(lambda: d.rmdir())
    attempt(lambda: d.rmdir())

    g = base / 'g.txt'
    attempt(lambda: g.touch())
    attempt(lambda: g.touch(exist_ok=False))
    print(g.read_text() == '', g.stat().st_size)
    attempt(lambda: g.rename(base / 'h.txt'))
    print(g.exists(), (base / 'h.txt').exists())
    attempt(lambda: (base / 'h.txt').replace(f))
    print(f.read_text() == '', sorted(p.name for p in base.iterdir()))
    attempt(lambda: f.unlink())
    attempt(lambda: f.unlink())
    attempt(lambda: f.unlink(missing_ok=True))
    attempt(lambda: f.read_text())
    attempt(lambda: f.read_bytes())
    attempt(lambda: f.stat())
    attempt(lambda: f.write_text(3))
    attempt(lambda: f.write_bytes('text'))
    attempt(lambda: list((base / 'missing').iterdir()))
    attempt(lambda: f.samefile(base))
    attempt(lambda: (base / 'x' / 'y').write_text('no parent'))
    attempt(lambda: WindowsPath('a'))
    try:
        (base / 'a').rmdir()
        print('removed')
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(sorted(rel(p) for p in base.iterdir()))
