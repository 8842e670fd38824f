print(hash(b'abc') == hash('abc'), hash(b'') == hash(''))
def kind(x):
    match x:
        case b'GET':
            return 'get literal'
        case bytes(b) if len(b) > 3:
            return f'long bytes {b!r}'
        case bytearray():
            return 'bytearray'
        case [a, b]:
            return f'seq {a} {b}'
        case _:
            return 'other'
for v in [b'GET', b'POST', bytearray(b'x'), b'ab', [1, 2], 'GET']:
    print(kind(v))
match {b'k': 1}:
    case {b'k': v}:
        print('mapping', v)
print(list(reversed(b'abc')), list(enumerate(b'ab')), list(zip(b'ab', bytearray(b'cd'))))
print(f"{b'x'}", f"{b'x'!s:>10}", f"{bytearray(b'y')!a}")
print(b'''multi
line''', rb'raw\d', Rb'\x', bR'x', BR"y")
print(b'\u1234 \N{DASH} \q', len(b'\u1234'))
x = bytearray(b'ab'); x[0] += 1; print(x)
print([b'a', bytearray(b'b')], {b'a': bytearray(b'b')}, (b'',))
print(b'a' == 97, b'a'[0] == 97, bytes([97]) == b'a')
print(sorted([bytearray(b'b'), b'a', b'c']))
print(type(iter(b'')).__name__, type(iter(bytearray())).__name__)
print(b'abc'.decode().encode() == b'abc', type(b'x'.decode()).__name__)
print(repr(b'\x7f\x80'), str(bytes(b'\'"')))
print(b'a' * 0, b'ab' * -1, bytearray(b'ab') * 2)
print(b'abc' != b'abd', b'abc' >= b'abc', bytearray(b'a') <= b'a')
print(set([b'a', b'a', bytes(b'a')]), frozenset([b'z']))
