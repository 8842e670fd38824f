# Pure paths from os.PathLike objects, bytes and other types; paths as dict keys and with os.path.
from pathlib import *
import os
class PL:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v
for a in [b'a', PL('x/y'), PL(b'x'), PL(3), None, 3.5]:
    try: print(repr(PurePosixPath(a)))
    except Exception as e: print(type(e).__name__, e)
print(PurePosixPath('a') / PL('b'), os.fspath(PurePosixPath('q')), os.path.join(Path('a'), 'b'), os.path.basename(Path('/x/y.z')))
print(str(Path('a')).__class__.__name__, Path('a') in {Path('a'): 1}, {PurePosixPath('a'): 1}[Path('a')])
