# struct: range errors, type errors and buffer-size errors, with the
# messages each code and byte order gives.
import struct


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


for code in 'bBhHiIlLqQ':
    for order in '@<>':
        for v in (2**70, 2**64, 2**63, -2**63 - 1, 2**32, 2**31, -2**31 - 1, -1, 65536, 256, -129):
            try:
                struct.pack(order + code, v)
            except struct.error as e:
                print(order + code, v, e)
for v in (2**64, -2**63 - 1, 2**63, -1):
    t(struct.pack, 'n', v)
    t(struct.pack, 'N', v)
    t(struct.pack, 'P', v)

t(struct.pack, 'i', 1.5)
t(struct.pack, 'i', '1')
t(struct.pack, 'i', None)
t(struct.pack, 'f', 'x')
t(struct.pack, 'd', None)
t(struct.pack, 'c', 'x')
t(struct.pack, 'c', b'xy')
t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 's', 'x')
t(struct.pack, 'p', 1)
t(struct.pack, '?', [])
t(struct.pack, 'i')
t(struct.pack, 'i', 1, 2)
t(struct.pack, '2i', 1, 2.0)
t(struct.pack, 'z', 1)
t(struct.pack, '3', 1)
t(struct.pack, 'e', 1e10)
t(struct.pack, '<e', 65520.0)
t(struct.pack, '<e', -1e6)
t(struct.pack, '<f', 1e40)
t(struct.pack, '<f', 3.4028236e38)
t(struct.pack, '<d', 2**2000)
t(struct.pack, '10000000000000000000000i', 1)
t(struct.calcsize, '10000000000000000000000i')
t(struct.pack)
t(struct.pack, 1)
t(struct.calcsize, 5)
t(struct.pack, '!', 1)
t(struct.unpack, 'i', b'abc')
t(struct.unpack, '<2h', b'abc')
t(struct.unpack, 'i')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, '5p', b'\x09hello')
print(isinstance(struct.error('x'), Exception), struct.error.__name__, struct.error.__module__)
