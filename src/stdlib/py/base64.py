# base64: Base64, Base32, Base16 and Base85 encodings (RFC 4648, and the
# Base85 alphabet of git), over binascii's base64 and hex natives.

import binascii

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input(s):
    # What the decoders accept: ASCII text or any bytes-like object.
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError(
                'string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % type(s).__name__) from None


def _data(s):
    # What the encoders accept: bytes-like objects only.
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError(
        f"a bytes-like object is required, not '{type(s).__name__}'")


def _swap(data, a, b):
    # Exchange two pairs of characters: data's a[i] become b[i].
    out = bytearray(data)
    for i, c in enumerate(out):
        if c == a[0]:
            out[i] = b[0]
        elif c == a[1]:
            out[i] = b[1]
    return bytes(out)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        encoded = _swap(encoded, b'+/', _data(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _input(s)
    if altchars is not None:
        altchars = _input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_input(s), b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    s = bytes(s)
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        digits = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = (len(chunk) * 8 + 4) // 5
        out += digits[:used] + b'=' * (8 - used)
    return bytes(out)


# How many bytes a final quantum holds, by its count of '=' characters.
_B32_TAIL = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.replace(b'0', b'O').replace(b'1', map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(body), 8):
        n = 0
        quantum = body[start:start + 8]
        for c in quantum:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        n <<= 5 * (8 - len(quantum))
        out += n.to_bytes(5, 'big')
    if pads:
        if pads not in _B32_TAIL:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + _B32_TAIL[pads]:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def b85encode(b, pad=False):
    b = _data(b) if not isinstance(b, bytes_types) else bytes(b)
    extra = -len(b) % 4
    data = b + bytes(extra)
    out = bytearray()
    for start in range(0, len(data), 4):
        n = int.from_bytes(data[start:start + 4], 'big')
        group = bytearray(5)
        for k in range(4, -1, -1):
            n, r = divmod(n, 85)
            group[k] = _B85[r]
        out += group
    if extra and not pad:
        del out[len(out) - extra:]
    return bytes(out)


def b85decode(b):
    b = _input(b)
    values = {c: i for i, c in enumerate(_B85)}
    extra = -len(b) % 5
    data = b + b'~' * extra
    out = bytearray()
    for start in range(0, len(data), 5):
        n = 0
        for i, c in enumerate(data[start:start + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError(
                    'bad base85 character at position %d' % (start + i))
            n = n * 85 + v
        if n > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % start)
        out += n.to_bytes(4, 'big')
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


def encodebytes(s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError(f'expected bytes-like object, not {type(s).__name__}')
    s = bytes(s)
    pieces = []
    for start in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[start:start + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError(f'expected bytes-like object, not {type(s).__name__}')
    return binascii.a2b_base64(s)
