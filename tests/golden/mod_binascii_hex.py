# binascii: hexlify/unhexlify (with separators), crc32 and crc_hqx.
import binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(binascii.hexlify, b'\x01\xab')
t(binascii.hexlify, b'')
t(binascii.hexlify, b'\x01\xab\xcd', '-')
t(binascii.hexlify, b'\x01\xab\xcd', b':', 2)
t(binascii.hexlify, b'\x01\xab\xcd', b':', -2)
t(binascii.hexlify, b'\x01\xab\xcd\xef\x10', sep='.', bytes_per_sep=3)
t(binascii.hexlify, b'\x01\xab\xcd', '::')
t(binascii.hexlify, 'ab')
t(binascii.hexlify)
t(binascii.b2a_hex, bytearray(b'\xff\x00'))
t(binascii.b2a_hex, memoryview(b'\x10'))
t(binascii.unhexlify, b'01aB')
t(binascii.unhexlify, '01aB')
t(binascii.unhexlify, bytearray(b'ff'))
t(binascii.unhexlify, '01a')
t(binascii.unhexlify, '0g')
t(binascii.unhexlify, '\xe90')
t(binascii.unhexlify, 5)
t(binascii.a2b_hex, b'ff')
t(binascii.a2b_hex, b'')

t(binascii.crc32, b'hello')
t(binascii.crc32, b'')
t(binascii.crc32, b'hello', 5)
t(binascii.crc32, b'hello', -1)
t(binascii.crc32, b'hello', 2**40)
t(binascii.crc32, b' world', binascii.crc32(b'hello'))
t(binascii.crc32, b'hello world')
t(binascii.crc32, bytearray(b'abc'))
t(binascii.crc32, 'hello')
t(binascii.crc32)
t(binascii.crc32, b'a', 1, 2)
t(binascii.crc32, b'a', 1.5)
t(binascii.crc32, b'a', crc=1)
t(binascii.crc_hqx, b'hello', 0)
t(binascii.crc_hqx, b'123456789', 0xffff)
t(binascii.crc_hqx, b'a')

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
try:
    binascii.unhexlify('zz')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
