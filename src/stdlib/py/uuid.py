# uuid: RFC 4122 identifiers. A UUID is a 128-bit int with views of its
# fields; uuid4 draws from the operating system's entropy (the native
# _urandom), uuid3 and uuid5 hash a name with hashlib.

import operator as _operator
from enum import Enum

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int
_bytes = bytes

# Each field of the record form: its name, its width in bits, and how far
# it is shifted within the 128-bit value.
_LAYOUT = (
    ('time_low', 32, 96),
    ('time_mid', 16, 80),
    ('time_hi_version', 16, 64),
    ('clock_seq_hi_variant', 8, 56),
    ('clock_seq_low', 8, 48),
    ('node', 48, 0),
)


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(b):
    # bytes_le keeps the first three fields little-endian.
    return _bytes(reversed(b[0:4])) + _bytes(reversed(b[4:6])) + \
        _bytes(reversed(b[6:8])) + b[8:16]


def _from_text(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, (field, (_, width, shift)) in enumerate(zip(fields, _LAYOUT)):
        if field < 0 or field >= 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError(f'field {number + 1} out of range '
                             f'(need {article} {width}-bit value)')
        value |= field << shift
    return value


def _comparison(op):
    def method(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return op(self.int, other.int)
    return method


class UUID:
    """An immutable universally unique identifier (RFC 4122)."""

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        sources = (hex, bytes, bytes_le, fields, int)
        if sum(s is not None for s in sources) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _from_text(hex)
        elif fields is not None:
            value = _from_fields(fields)
        elif int is not None:
            value = int
        else:
            if bytes_le is not None:
                if len(bytes_le) != 16:
                    raise ValueError('bytes_le is not a 16-char string')
                bytes = _swap_le(bytes_le)
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            value = _int.from_bytes(bytes, 'big')
        if value < 0 or value >> 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version not in (1, 2, 3, 4, 5):
                raise ValueError('illegal version number')
            # RFC 4122 variant (bits 10 at 62..63) and the version nibble.
            value = (value & ~(0xf << 76) & ~(0x3 << 62)) | (version << 76) | (0x2 << 62)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    __eq__ = _comparison(_operator.eq)
    __lt__ = _comparison(_operator.lt)
    __le__ = _comparison(_operator.le)
    __gt__ = _comparison(_operator.gt)
    __ge__ = _comparison(_operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return type(self).__name__ + '(' + repr(str(self)) + ')'

    def __str__(self):
        h = self.hex
        return '-'.join((h[0:8], h[8:12], h[12:16], h[16:20], h[20:32]))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _LAYOUT)

    @property
    def time(self):
        # The 60-bit timestamp: low, mid, and hi without the version.
        low_mid = self.int >> 80
        hi = (self.int >> 64) & 0x0fff
        return (hi << 48) | ((low_mid & 0xffff) << 32) | (low_mid >> 16)

    @property
    def clock_seq(self):
        return (self.int >> 48) & 0x3fff

    @property
    def urn(self):
        return 'urn:uuid:%s' % (self,)

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 0b110 else RESERVED_FUTURE

    @property
    def version(self):
        return (self.int >> 76) & 0xf if self.variant == RFC_4122 else None


def _field_view(width, shift):
    return property(lambda self: (self.int >> shift) & ((1 << width) - 1))


for _name, _width, _shift in _LAYOUT:
    setattr(UUID, _name, _field_view(_width, _shift))


def _from_name(hash_name, version, namespace, name):
    import hashlib
    data = namespace.bytes + _bytes(name, 'utf-8')
    digest = getattr(hashlib, hash_name)(data, usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    return _from_name('md5', 3, namespace, name)


def uuid4():
    return UUID(bytes=_urandom(16), version=4)


def uuid5(namespace, name):
    return _from_name('sha1', 5, namespace, name)


# The four name spaces of RFC 4122's appendix C differ only in their
# first field.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = [
    UUID(int=(0x6ba7b810 + k) << 96 | 0x9dad11d180b400c04fd430c8)
    for k in (0, 1, 2, 4)
]
