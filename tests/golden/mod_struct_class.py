# struct.Struct and the buffer functions: pack_into, unpack_from,
# iter_unpack, with their offset and size checks.
import struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


s = struct.Struct('>hh')
print(s.format, s.size, struct.Struct(b'<i').format, struct.Struct('<ih').size)
t(s.pack, 1, 2)
t(s.unpack, b'\x00\x01\x00\x02')
t(s.unpack_from, b'\x00\x00\x01\x00\x02', 1)
t(s.unpack_from, b'\x00\x00\x01\x00\x02', offset=1)
t(s.unpack_from, buffer=b'\x00\x01\x00\x02')
t(s.pack_into, 5, 0)
t(s.pack)
t(s.unpack, 5)
t(lambda: list(s.iter_unpack(b'\x00\x01\x00\x02' * 2)))
t(struct.Struct, 5)
t(struct.Struct, 'q!')
it = s.iter_unpack(b'\x00\x01\x00\x02' * 3)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())

buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 258, -1)
print(buf)
struct.pack_into('<h', buf, -2, 7)
print(buf)
mv = memoryview(buf)
struct.pack_into('<B', mv, 0, 9)
print(buf)
t(struct.pack_into, '<i', bytearray(3), 0, 1)
t(struct.pack_into, '<i', bytes(8), 0, 1)
t(struct.pack_into, '<i', bytearray(8), 6, 1)
t(struct.pack_into, '<i', bytearray(8), -10, 1)
t(struct.pack_into, '<i', bytearray(8), -2, 1)
t(struct.pack_into, '<i', bytearray(8), 10, 1)
t(struct.pack_into, '<i', bytearray(8), 0)
t(struct.pack_into, '<i', bytearray(8), 0, 1, 2)
t(struct.pack_into, '<i', bytearray(8))
t(struct.pack_into, '<h', bytearray(2), 'x', 1)

t(struct.unpack_from, '<h', b'abcd')
t(struct.unpack_from, '<h', b'abcd', 2)
t(struct.unpack_from, '<h', b'abcd', -2)
t(struct.unpack_from, '<h', buffer=b'abcd', offset=1)
t(struct.unpack_from, 'i', b'abc')
t(struct.unpack_from, 'i', b'abcdefg', 4)
t(struct.unpack_from, 'i', b'abcdefg', -10)
t(struct.unpack_from, 'i', b'abcdefg', 10)
t(struct.unpack_from, '<h', b'ab', 'x')

t(lambda: list(struct.iter_unpack('<h', b'abcd')))
t(lambda: list(struct.iter_unpack('<h', bytearray(b'abcdef'))))
t(struct.iter_unpack, 'i', b'abc')
t(struct.iter_unpack, '', b'')
t(struct.iter_unpack, '<h', 5)

# The cache keeps working past many formats.
print(sum(struct.calcsize('%dx' % i) for i in range(300)))
