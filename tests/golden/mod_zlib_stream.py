# zlib: compressobj/decompressobj streaming, flush modes, max_length,
# unused_data, unconsumed_tail and eof.
import zlib


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


c = zlib.compressobj()
print(type(c).__name__)
parts = [c.compress(b'abc'), c.compress(b'def' * 100), c.flush()]
print(parts, zlib.decompress(b''.join(parts)))
t(c.flush)
t(c.compress, b'x')

c = zlib.compressobj(9, zlib.DEFLATED, -15)
out = c.compress(b'stream ' * 50) + c.flush(zlib.Z_SYNC_FLUSH)
print(out)
out += c.compress(b'more') + c.flush(zlib.Z_FULL_FLUSH)
out += c.flush()
print(out[-12:], zlib.decompress(out, -15)[-10:])
c = zlib.compressobj(1, wbits=31)
gz = c.compress(b'gz data') + c.flush()
print(gz, zlib.decompress(gz, 31))
c = zlib.compressobj()
t(c.flush, zlib.Z_NO_FLUSH)
t(c.flush, zlib.Z_PARTIAL_FLUSH)

data = zlib.compress(b'hello world') + b'extra'
d = zlib.decompressobj()
print(type(d).__name__)
t(d.decompress, data[:5])
print(d.unused_data, d.unconsumed_tail, d.eof)
t(d.decompress, data[5:])
print(d.unused_data, d.unconsumed_tail, d.eof)
t(d.flush)
t(d.decompress, b'more')
print(d.unused_data)

d = zlib.decompressobj()
big = zlib.compress(b'a' * 100 + b'b' * 100)
t(d.decompress, big, 10)
print(len(d.unconsumed_tail) > 0, d.eof)
t(d.decompress, d.unconsumed_tail, 50)
t(d.flush)
print(d.eof, d.unconsumed_tail)

d = zlib.decompressobj()
pieces = [d.decompress(bytes([b])) for b in zlib.compress(b'byte by byte')]
print(b''.join(pieces), d.eof)
d = zlib.decompressobj(-15)
raw = zlib.compress(b'raw', wbits=-15)
print(d.decompress(raw), d.eof)
d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(b'auto', wbits=31)), d.eof)

t(zlib.decompressobj().decompress, b'garbage')
t(zlib.decompressobj().decompress, b'x', -1)
t(zlib.decompressobj().flush)
t(zlib.decompressobj().flush, 0)
t(zlib.decompressobj, 99)
for opts in [(10,), (1, 7), (1, zlib.DEFLATED, 8), (1, zlib.DEFLATED, 15, 10),
             (1, zlib.DEFLATED, 15, 8, 9), (1, zlib.DEFLATED, 99), (1, 7, 15)]:
    t(lambda: type(zlib.compressobj(*opts)).__name__)
t(zlib.compressobj().compress, 'text')

c = zlib.compressobj(zdict=b'hello world')
z = c.compress(b'hello world hello') + c.flush()
print(z)
