# zlib: one-shot compress/decompress at every level and window size,
# checksums, constants and errors.
import zlib


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


text = b'hello hello hello world, ' * 20 + bytes(range(256))
for level in range(-1, 10):
    c = zlib.compress(text, level)
    print(level, len(c), c[:12], zlib.decompress(c) == text)
print(zlib.compress(b'hello'))
print(zlib.compress(b''))
print(zlib.compress(b'hello', level=0))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), c[:12], zlib.decompress(c, wbits) == text)
gz = zlib.compress(b'gzip me', wbits=31)
print(gz, zlib.decompress(gz, 47), zlib.decompress(zlib.compress(b'auto'), 47))
print(zlib.decompress(zlib.compress(b'x' * 100000), bufsize=1) == b'x' * 100000)
print(zlib.decompress(zlib.compress(b'hello'), 0), zlib.decompress(zlib.compress(b'hi'), wbits=15))
print(zlib.decompress(bytearray(zlib.compress(b'ba'))), zlib.compress(memoryview(b'mv')))

t(zlib.compress, b'hello', 10)
t(zlib.compress, b'a', -2)
t(zlib.compress, b'a', wbits=7)
t(zlib.compress, 'x')
t(zlib.decompress, b'xyz')
t(zlib.decompress, b'x\x9c')
t(zlib.decompress, b'')
t(zlib.decompress, zlib.compress(b'hello')[:-2])
t(zlib.decompress, zlib.compress(b'hello') + b'junk')
t(zlib.decompress, zlib.compress(b'hello'), -15)
t(zlib.decompress, zlib.compress(b'hello'), 99)
t(zlib.decompress, zlib.compress(b'hello'), bufsize=-1)
t(zlib.decompress, zlib.compress(b'hello'), bufsize=0)
t(zlib.decompress, 'x')

t(zlib.crc32, b'hello')
t(zlib.crc32, b'hello', 5)
t(zlib.crc32, b'')
t(zlib.adler32, b'hello')
t(zlib.adler32, b'hello', 5)
t(zlib.adler32, b'')
t(zlib.adler32, b'x' * 100000)
t(zlib.adler32, b'abc', 2**33 + 5)
t(zlib.adler32)
t(zlib.adler32, 'x')
t(zlib.crc32, b'a', 1.5)
t(zlib.crc32, b'a', 1, 2)
for n in ['MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE',
          'Z_BEST_COMPRESSION', 'Z_BEST_SPEED', 'Z_DEFAULT_COMPRESSION',
          'Z_NO_COMPRESSION', 'Z_DEFAULT_STRATEGY', 'Z_FILTERED',
          'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_NO_FLUSH',
          'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH',
          'Z_BLOCK', 'Z_TREES']:
    print(n, getattr(zlib, n))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
print(zlib.error.__mro__)
