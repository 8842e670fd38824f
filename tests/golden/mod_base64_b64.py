# base64: b64encode/b64decode with altchars and validate, the standard
# and urlsafe variants, encodebytes/decodebytes.
import base64


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(base64.b64encode, b'hello world')
t(base64.b64encode, b'')
t(base64.b64encode, bytearray(b'ab'))
t(base64.b64encode, memoryview(b'abc'))
t(base64.b64encode, b'\xfb\xff', altchars=b'-_')
t(base64.b64encode, b'\xfb\xff', altchars=b'-')
t(base64.b64encode, 'abc')
t(base64.b64decode, b'aGVsbG8gd29ybGQ=')
t(base64.b64decode, 'aGVsbG8gd29ybGQ=')
t(base64.b64decode, bytearray(b'YWJj'))
t(base64.b64decode, memoryview(b'YWJj'))
t(base64.b64decode, b'YW Jj')
t(base64.b64decode, b'YWJ')
t(base64.b64decode, b'YWJjZ')
t(base64.b64decode, b'YQ=Z', validate=True)
t(base64.b64decode, b'YQ==YQ==', validate=True)
t(base64.b64decode, b'YW Jj', validate=True)
t(base64.b64decode, b'YWJ', validate=True)
t(base64.b64decode, b'YWJj', validate=True)
t(base64.b64decode, 'YWJj\xe9')
t(base64.b64decode, 5)
t(base64.b64decode, b'-_-_', altchars=b'-_')
t(base64.b64decode, b'+/+/', altchars=b'-_')
t(base64.b64decode, b'-_-_', altchars=b'-')
t(base64.b64decode, b'-_-_', altchars='-_')
t(base64.urlsafe_b64decode, '-_-_')
t(base64.urlsafe_b64decode, b'+/+/')
t(base64.urlsafe_b64encode, b'\xfb\xff\xfe')
t(base64.standard_b64encode, b'\xfb\xff\xfe')
t(base64.standard_b64decode, '+/+/')
t(base64.encodebytes, b'x' * 60)
t(base64.encodebytes, b'y' * 57)
t(base64.encodebytes, b'')
t(base64.encodebytes, 'abc')
t(base64.encodebytes, bytearray(b'ab'))
t(base64.decodebytes, b'eHh4\neHh4\n')
t(base64.decodebytes, 'eHh4')
data = bytes(range(256))
print(base64.b64decode(base64.b64encode(data)) == data,
      base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data,
      base64.decodebytes(base64.encodebytes(data * 3)) == data * 3)
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
try:
    base64.b64decode('abc')
except ValueError as e:
    print('ValueError subclass:', type(e).__module__, type(e).__name__)
