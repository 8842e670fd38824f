# A small tempfile: temporary directories (mkdtemp, TemporaryDirectory)
# over the natives of os.rs.

import os


def gettempdir():
    return _gettempdir()


def mkdtemp(suffix=None, prefix=None, dir=None):
    if dir is None:
        dir = gettempdir()
    return _mkdtemp(os.fspath(dir), 'tmp' if prefix is None else prefix,
                    '' if suffix is None else suffix)


def _rmtree(top):
    for name in os.listdir(top):
        p = os.path.join(top, name)
        if os.path.isdir(p) and not os.path.islink(p):
            _rmtree(p)
        else:
            os.remove(p)
    os.rmdir(top)


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with all it holds by cleanup()
    or on leaving a with block (whose target is the directory's name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def cleanup(self):
        # Cleaning up twice, or after the directory went away, does nothing.
        if not os.path.exists(self.name):
            return
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"
