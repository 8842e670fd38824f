# struct: packing and unpacking each code in each byte order.
import struct

for order in '<>!=':
    print(order, struct.pack(order + 'bBhHiIlLqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 7, -5, 2**64 - 1))
    print(order, struct.unpack(order + 'bBhHiIlLqQ', struct.pack(order + 'bBhHiIlLqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 7, -5, 2**64 - 1)))

print(struct.pack('<?c', 7, b'z'), struct.unpack('<??c', b'\x00\x05q'))
print(struct.pack('<3s', b'abcdef'), struct.pack('<6s', b'ab'), struct.pack('<0s', b'x'))
print(struct.unpack('<5s', b'ab\x00cd'))
print(struct.pack('<5p', b'hello world'), struct.pack('<1p', b'abc'), struct.pack('<4p', b'a'))
print(struct.unpack('<3p', b'\x09ab'), struct.unpack('<4p', b'\x01abc'))
print(struct.pack('<2s3x2s', b'a', b'b'))
print(struct.pack('<3c', b'a', b'b', b'c'), struct.unpack('<3c', b'xyz'))
print(struct.pack('<s', bytearray(b'ab')))

# floats
for code in 'efd':
    for x in (1.0, -2.5, 0.1, 1e-8, float('inf'), float('-inf'), 65504.0, -0.0):
        b = struct.pack('<' + code, x)
        print(code, x, b, struct.unpack('<' + code, b)[0])
    print(code, struct.pack('>' + code, 3))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\x7c'))
print(struct.pack('<e', 2.0 ** -25), struct.pack('<e', 3 * 2.0 ** -26), struct.pack('>e', 1.0009765625 + 2 ** -11))
nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan, struct.pack('<e', float('nan')), struct.pack('<f', float('nan')))

# ints through __index__, bools
class Seven:
    def __index__(self):
        return 7

print(struct.pack('<i', Seven()), struct.pack('<d', Seven()), struct.pack('<i', True))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.unpack('>I', b'\x80\x00\x00\x01'), struct.unpack('<i', b'\x00\x00\x00\x80'))

# whitespace and repeat counts
print(struct.pack('< 2h i', 1, 2, 3), struct.calcsize('<2h i\n'))
print(struct.pack('<0i'), struct.calcsize(''), struct.pack(''))
print(struct.pack(b'<h', 5), struct.unpack(b'<h', b'\x05\x00'))
print(struct.unpack('i', memoryview(b'abcd')), struct.unpack('<h', bytearray(b'ab')))
