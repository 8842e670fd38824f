# struct: the Struct class and the module functions over the natives
# _calcsize, _pack and _unpack (src/stdlib/structs.rs), which parse
# formats and convert values.


class error(Exception):
    pass


_cache = {}


def _as_buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, memoryview):
        return buffer.tobytes()
    try:
        return bytes(memoryview(buffer))
    except TypeError:
        raise TypeError(
            f"a bytes-like object is required, not '{type(buffer).__name__}'"
        ) from None


def _offset(offset):
    if isinstance(offset, int):
        return int(offset)
    if hasattr(type(offset), '__index__'):
        return offset.__index__()
    raise TypeError(
        f"'{type(offset).__name__}' object cannot be interpreted as an integer"
    )


class _UnpackIterator:
    def __init__(self, st, data):
        self._st = st
        self._data = data
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        size = self._st.size
        if self._data is None or self._at + size > len(self._data):
            self._data = None
            raise StopIteration
        chunk = self._data[self._at:self._at + size]
        self._at += size
        return _unpack(self._st.format, chunk)

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (len(self._data) - self._at) // self._st.size


_UnpackIterator.__name__ = 'unpack_iterator'
_UnpackIterator.__qualname__ = 'unpack_iterator'


class Struct:
    """A compiled struct format: pack and unpack bytes with it."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        elif not isinstance(format, str):
            raise TypeError(
                "Struct() argument 1 must be a str or bytes object, not "
                f"{type(format).__name__}"
            )
        self._size = _calcsize(format)
        self._format = format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return _pack(self._format, values, 'pack')

    def pack_into(self, *args):
        if len(args) < 1:
            raise TypeError("pack_into expected buffer argument")
        if len(args) < 2:
            raise error("pack_into expected offset argument")
        buffer, offset, values = args[0], args[1], args[2:]
        data = _pack(self._format, values, 'pack_into')
        if not isinstance(buffer, bytearray):
            if isinstance(buffer, memoryview) and not buffer.readonly:
                pass
            else:
                raise TypeError(
                    "argument must be read-write bytes-like object, not "
                    f"{type(buffer).__name__}"
                )
        offset = _offset(offset)
        n = len(buffer)
        if offset < 0:
            if offset + self._size > 0:
                raise error(f"no space to pack {self._size} bytes at offset {offset}")
            if offset + n < 0:
                raise error(f"offset {offset} out of range for {n}-byte buffer")
            offset += n
        if n - offset < self._size:
            raise error(
                f"pack_into requires a buffer of at least {self._size + offset} "
                f"bytes for packing {self._size} bytes at offset {offset} "
                f"(actual buffer size is {n})"
            )
        buffer[offset:offset + self._size] = data

    def unpack(self, buffer):
        data = _as_buffer(buffer)
        if len(data) != self._size:
            raise error(f"unpack requires a buffer of {self._size} bytes")
        return _unpack(self._format, data)

    def unpack_from(self, buffer, offset=0):
        data = _as_buffer(buffer)
        offset = _offset(offset)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error(f"offset {offset} out of range for {n}-byte buffer")
            offset += n
        if n - offset < self._size:
            raise error(
                f"unpack_from requires a buffer of at least {self._size + offset} "
                f"bytes for unpacking {self._size} bytes at offset {offset} "
                f"(actual buffer size is {n})"
            )
        return _unpack(self._format, data[offset:offset + self._size])

    def iter_unpack(self, buffer):
        data = _as_buffer(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self._size:
            raise error(
                "iterative unpacking requires a buffer of a multiple of "
                f"{self._size} bytes"
            )
        return _UnpackIterator(self, data)


def _struct(format):
    try:
        return _cache[format]
    except (KeyError, TypeError):
        pass
    st = Struct(format)
    if len(_cache) > 100:
        _cache.clear()
    _cache[format] = st
    return st


def calcsize(format):
    return _struct(format).size


def pack(*args):
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack(*args[1:])


def pack_into(*args):
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack_into(*args[1:])


def unpack(*args):
    if len(args) != 2:
        raise TypeError(f"unpack expected 2 arguments, got {len(args)}")
    return _struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _struct(format).iter_unpack(buffer)
