# Path: symlinks, hard links, chmod, file kinds and mount points.
import tempfile, os
from pathlib import Path
with tempfile.TemporaryDirectory() as td:
    b = Path(td)
    f = b / 'f.txt'
    f.write_text('data')
    link = b / 'ln'
    print(link.symlink_to('f.txt'), link.is_symlink(), link.readlink(), link.read_text(), link.resolve() == f.resolve())
    print(link.lstat().st_mode & 0o170000 == 0o120000, link.stat().st_size)
    (b / 'hard').hardlink_to(f)
    print((b / 'hard').read_text(), (b / 'hard').samefile(f), f.stat().st_nlink)
    f.chmod(0o600)
    print(oct(f.stat().st_mode & 0o777))
    for name, fn in [('readlink', lambda: f.readlink()), ('symlink', lambda: link.symlink_to('x')), ('hardlink', lambda: (b / 'hard').hardlink_to(f)), ('chmod', lambda: (b / 'nope').chmod(0o644)), ('lchmod', lambda: f.chmod(0o644, follow_symlinks=False))]:
        try:
            print(name, fn())
        except Exception as e:
            print(name, type(e).__name__, e.errno if isinstance(e, OSError) else e, getattr(e, 'filename', '') == None)
    print(f.is_socket(), f.is_fifo(), f.is_block_device(), f.is_char_device(), Path('/dev/null').is_char_device(), (b / 'nope').is_fifo())
    print(Path('/').is_mount(), b.is_mount(), f.is_mount(), (b/'nope').is_mount())
    dangling = b / 'dangling'
    dangling.symlink_to(b / 'missing')
    print(dangling.exists(), dangling.is_symlink(), dangling.is_file(), sorted(p.name for p in b.iterdir()))
    try:
        link.chmod(0o600, follow_symlinks=False)
    except NotImplementedError as e:
        print(type(e).__name__, e)
    try:
        link.lchmod(0o600)
    except NotImplementedError as e:
        print(type(e).__name__, e)
