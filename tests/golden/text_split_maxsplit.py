# split/rsplit with maxsplit, on str and bytes, with and without a separator:
# the remainder keeps its whitespace. Random inputs from a fixed LCG; the
# results are summarised by a checksum, with a few printed in full.
print(b'a b  c  '.split(None, 1), b'  a b  c  '.rsplit(None, 1))
print('a b  c  '.split(None, 1), '  a b  c  '.rsplit(None, 1))
print(b' a  b '.split(maxsplit=0), b' a  b '.rsplit(maxsplit=0))
print(' a  b '.split(maxsplit=0), ' a  b '.rsplit(maxsplit=0))
print(b'\t\n a\x0b\x0cb \r'.split(None, 1), b'\x1c a \x1c'.split(None, 5))
print('\x1c a \x1d b\x85 c\u3000'.split(None, 1), '\x1c a \x1d b\x85 c\u3000'.rsplit(None, 1))
print('aaa'.rsplit('aa'), b'aaa'.rsplit(b'aa'), 'aaa'.split('aa', 1), b'aaaa'.rsplit(b'aa', 1))
print('a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2), b'a,b,,c,'.rsplit(b',', -5))

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

ALPHABET = ['a', 'b', ' ', '  ', '\t', '\n', 'ab', ',', ',,', '\x0b', '\u00a0', '\u2003', 'é']
def sample():
    return ''.join(ALPHABET[rnd(len(ALPHABET))] for _ in range(rnd(12)))

def digest(parts, acc):
    for p in parts:
        acc = (acc * 31 + len(p) + 7) % 1000000007
        for c in p:
            acc = (acc * 131 + (c if isinstance(c, int) else ord(c))) % 1000000007
    return (acc * 17 + len(parts)) % 1000000007

acc = 0
count = 0
for i in range(1500):
    s = sample()
    sep = [None, ',', ' ', 'ab', ',,'][rnd(5)]
    m = rnd(6) - 2
    r1, r2 = s.split(sep, m), s.rsplit(sep, m)
    acc = digest(r2, digest(r1, acc))
    b = s.encode('utf-8')
    bsep = None if sep is None else sep.encode()
    acc = digest(b.rsplit(bsep, m), digest(b.split(bsep, m), acc))
    count += 4
    if i < 6:
        print(repr(s), repr(sep), m, r1, r2)
print(count, acc)

for bad in [(1, 1), ('', 1), (None, 'x'), (None, 1.5)]:
    for obj in ['a b', b'a b']:
        try:
            print(obj.split(*bad))
        except Exception as e:
            print(type(e).__name__, e)
try:
    print(b'a b'.split(' '))
except Exception as e:
    print(type(e).__name__, e)
