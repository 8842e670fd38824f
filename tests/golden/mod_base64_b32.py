# base64: Base32 (and its extended-hex alphabet), Base16 and Base85.
import base64


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for n in range(7):
    data = b'abcdef'[:n]
    enc = base64.b32encode(data)
    print(n, enc, base64.b32decode(enc), base64.b32hexencode(data))
t(base64.b32encode, 'a')
t(base64.b32decode, b'ME======')
t(base64.b32decode, 'me======')
t(base64.b32decode, 'me======', casefold=True)
t(base64.b32decode, b'ME=====')
t(base64.b32decode, b'ME')
t(base64.b32decode, b'M1======')
t(base64.b32decode, b'MO======', map01=b'L')
t(base64.b32decode, b'M0======', map01=b'L')
t(base64.b32decode, b'M0======', map01=b'I')
t(base64.b32decode, b'MFRGGZDF')
t(base64.b32decode, b'MFRGG===')
t(base64.b32decode, b'MF======')
t(base64.b32decode, b'M=======')
t(base64.b32decode, b'MFRGGZD=')
t(base64.b32decode, b'MFR=====')
t(base64.b32decode, b'ME======ME======')
t(base64.b32decode, b'========')
t(base64.b32decode, 'M\xc9======')
t(base64.b32hexdecode, b'C5H66P35')
t(base64.b32hexdecode, b'c5h66p35', casefold=True)
t(base64.b32hexdecode, b'W5H66P35')

t(base64.b16encode, b'\x01\xab')
t(base64.b16encode, b'')
t(base64.b16decode, b'01AB')
t(base64.b16decode, '01AB')
t(base64.b16decode, b'01ab')
t(base64.b16decode, b'01ab', casefold=True)
t(base64.b16decode, b'01A')
t(base64.b16decode, '0G')
t(base64.b16decode, b'')
t(base64.b16encode, 'ab')

t(base64.b85encode, b'hello world')
t(base64.b85encode, b'hello', pad=True)
t(base64.b85encode, b'')
t(base64.b85encode, b'\x00\x00\x00\x00')
t(base64.b85decode, b'Xk~0{Zy<MXa%^M')
t(base64.b85decode, b'Xk~0{')
t(base64.b85decode, b'Xk~0')
t(base64.b85decode, 'Xk~0{Zy<MXa%^M')
t(base64.b85decode, b'"')
t(base64.b85decode, b'|NsC0')
t(base64.b85decode, b'|NsC1')
data = bytes(range(256))
for k in range(5):
    print(k, base64.b85decode(base64.b85encode(data[k:])) == data[k:],
          base64.b32decode(base64.b32encode(data[k:])) == data[k:])
