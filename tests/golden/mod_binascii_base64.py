# binascii: b2a_base64 and a2b_base64, lenient and strict decoding.
import binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b'YWJj', b'YWI=', b'YQ==', b'YQ=', b'YQ', b'Y', b'YWJjZ', b'YW Jj\n',
          b'Y=Q==', b'YQ===', b'=YQ==', b'YWJjZA==extra', b'YQ==YQ==', b'',
          b'!!!', b'YWJjZGVmZ', 'YWJj', 'YWJ\xe9', b'YQ=\n=', b'YW=I=',
          b'YWJj=', b'YWJj====', b'YQ=Z', b'YQ=ZZ', b'YQ=ZZZ', b'Y===',
          b'YWJ=\n', b'YW\nJj', b'YWI=Yw==', b'Y!Q==', b'YQ=!=', b'YWJjZ=',
          bytearray(b'YWJj'), memoryview(b'YQ==')]:
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)

t(binascii.b2a_base64, b'abc')
t(binascii.b2a_base64, b'abcd', newline=False)
t(binascii.b2a_base64, b'ab', newline=0)
t(binascii.b2a_base64, b'')
t(binascii.b2a_base64, bytes(range(256)))
t(binascii.b2a_base64, 'abc')
t(binascii.b2a_base64, b'a', foo=0)
t(binascii.a2b_base64)
t(binascii.a2b_base64, 5)
t(binascii.a2b_base64, b'YQ==', foo=1)
data = bytes(range(256)) * 3
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
for n in range(7):
    print(n, binascii.b2a_base64(b'\xff' * n))
