import sys
tests = [lambda: int(b'12'), lambda: int(bytearray(b' 7 ')), lambda: float(b'1.5'), lambda: int(b'ff', 16), lambda: int(b'x'),
         lambda: ''.join([b'a']), lambda: 'abc' + b'x', lambda: sys.stdout.write(b'x'), lambda: b'x' in 'xyz',
         lambda: 'a'.encode(1), lambda: b'abc'.split(maxsplit=1), lambda: b'abc'.center(7),
         lambda: str(b'abc', errors='ignore'), lambda: str(5, 'utf-8'), lambda: str('x', 'utf-8'), 
         lambda: bytes.fromhex(b'00'), lambda: bytes(5.0), lambda: list(bytearray(3)), lambda: bytes([True, False]),
         lambda: b'ab' < bytearray(b'b'), lambda: b'a'.join(b'xyz'), lambda: b''.join([]), lambda: bytes(-0),
         lambda: (b'x',) == (bytearray(b'x'),), lambda: len(bytes(10**3)), lambda: b'abc'[True], lambda: b'abc'[10**20],
         lambda: sorted({b'b': 1, b'a': 2}), lambda: max([b'ab', b'b']), lambda: b'\x00'.isalpha(), lambda: hash(b'') == hash(''),
         lambda: repr(bytes(range(256)))]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)

print(b'abc'.center(8, b'*'), b'ab'.center(5), b'a'.ljust(3,b'-'), b'a'.rjust(3), b'-5'.zfill(4), b'+x'.zfill(5), b'abc'.center(2), bytearray(b'7').zfill(3), b''.zfill(2))
for t in [lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"), lambda: b"a".ljust("3"), lambda: b"a".zfill()]:
    try: t()
    except Exception as e: print(type(e).__name__, e)
