# struct: native sizes and alignment ('@' and no prefix) against the
# standard sizes of '=', '<', '>' and '!'.
import struct

for fmt in ['c', 'b', 'h', 'i', 'l', 'q', 'n', 'N', 'P', 'e', 'f', 'd', '?',
            'ci', 'ic', 'cq', 'qc', 'hq', 'hd', 'cP', 'bh', '?e', '3si', 'xi', 'ii3s',
            'cccc i', 'c0i', '2p', 'cd c', 'hhl']:
    sizes = []
    for order in ('', '@', '=', '<', '>', '!'):
        try:
            sizes.append(struct.calcsize(order + fmt))
        except struct.error as e:
            sizes.append(str(e))
    print(repr(fmt), sizes)

print(struct.pack('ci', b'a', 1))
print(struct.pack('=ci', b'a', 1))
print(struct.pack('@bh', 1, 2), struct.unpack('@bh', b'\x01\x00\x02\x00'))
print(struct.pack('xi', 3))
print(struct.pack('hq', 1, 2))
print(struct.unpack('cq', b'a' + bytes(7) + b'\x05' + bytes(7)))
print(struct.pack('P', 5), struct.pack('P', -1), struct.unpack('P', b'\xff' * 8))
print(struct.pack('n', -3), struct.pack('N', 2**64 - 1))
print(struct.pack('l', 2**63 - 1), struct.pack('L', 2**64 - 1))

for bad in ['<n', '>N', '!P', '=n', 'i<', 'y', '3', 'i 3', '3 i', '4@']:
    try:
        print(bad, struct.calcsize(bad))
    except struct.error as e:
        print(bad, 'error', e)
