# Misuse of bytes and bytearray, caught: CPython's exception types and messages.
try:
    print(repr(b'a' + 'b'))
except Exception as e:
    print("b'a' + 'b'", type(e).__name__, e)

try:
    print(repr(bytearray(b'a') + 'b'))
except Exception as e:
    print("bytearray(b'a') + 'b'", type(e).__name__, e)

try:
    print(repr(b'a' * 'x'))
except Exception as e:
    print("b'a' * 'x'", type(e).__name__, e)

try:
    print(repr(bytes(1.5)))
except Exception as e:
    print('bytes(1.5)', type(e).__name__, e)

try:
    print(repr(bytearray(1.5)))
except Exception as e:
    print('bytearray(1.5)', type(e).__name__, e)

try:
    print(repr(bytes(-1)))
except Exception as e:
    print('bytes(-1)', type(e).__name__, e)

try:
    print(repr(bytes([256])))
except Exception as e:
    print('bytes([256])', type(e).__name__, e)

try:
    print(repr(bytearray([-1])))
except Exception as e:
    print('bytearray([-1])', type(e).__name__, e)

try:
    print(repr(bytes(['a'])))
except Exception as e:
    print("bytes(['a'])", type(e).__name__, e)

try:
    print(repr(bytes('x')))
except Exception as e:
    print("bytes('x')", type(e).__name__, e)

try:
    print(repr(bytes(1, 'utf-8')))
except Exception as e:
    print("bytes(1, 'utf-8')", type(e).__name__, e)

try:
    print(repr('a' in b'abc'))
except Exception as e:
    print("'a' in b'abc'", type(e).__name__, e)

try:
    print(repr(256 in b'a'))
except Exception as e:
    print("256 in b'a'", type(e).__name__, e)

try:
    print(repr(b'abc'[5]))
except Exception as e:
    print("b'abc'[5]", type(e).__name__, e)

try:
    print(repr(bytearray(b'abc')[5]))
except Exception as e:
    print("bytearray(b'abc')[5]", type(e).__name__, e)

try:
    print(repr(b'a'['x']))
except Exception as e:
    print("b'a'['x']", type(e).__name__, e)

try:
    print(repr(bytearray(b'a')['x']))
except Exception as e:
    print("bytearray(b'a')['x']", type(e).__name__, e)

try:
    print(repr(bytearray(b'a').append(256)))
except Exception as e:
    print("bytearray(b'a').append(256)", type(e).__name__, e)

try:
    print(repr(bytearray(b'a').append('a')))
except Exception as e:
    print("bytearray(b'a').append('a')", type(e).__name__, e)

try:
    print(repr(bytearray().pop()))
except Exception as e:
    print('bytearray().pop()', type(e).__name__, e)

try:
    print(repr(bytearray(b'a').pop(5)))
except Exception as e:
    print("bytearray(b'a').pop(5)", type(e).__name__, e)

try:
    print(repr(hash(bytearray())))
except Exception as e:
    print('hash(bytearray())', type(e).__name__, e)

try:
    print(repr(b'ab'.startswith('a')))
except Exception as e:
    print("b'ab'.startswith('a')", type(e).__name__, e)

try:
    print(repr(b'ab'.find('a')))
except Exception as e:
    print("b'ab'.find('a')", type(e).__name__, e)

try:
    print(repr(b'ab'.index(b'z')))
except Exception as e:
    print("b'ab'.index(b'z')", type(e).__name__, e)

try:
    print(repr(b','.join(['a'])))
except Exception as e:
    print("b','.join(['a'])", type(e).__name__, e)

try:
    print(repr(b'ab'.strip('a')))
except Exception as e:
    print("b'ab'.strip('a')", type(e).__name__, e)

try:
    print(repr(b'ab'.replace('a', 'b')))
except Exception as e:
    print("b'ab'.replace('a', 'b')", type(e).__name__, e)

try:
    print(repr(b'ab'.split('a')))
except Exception as e:
    print("b'ab'.split('a')", type(e).__name__, e)

try:
    print(repr(bytes.fromhex('zz')))
except Exception as e:
    print("bytes.fromhex('zz')", type(e).__name__, e)

try:
    print(repr(bytes.fromhex('a')))
except Exception as e:
    print("bytes.fromhex('a')", type(e).__name__, e)

try:
    print(repr(bytes.fromhex('01 0')))
except Exception as e:
    print("bytes.fromhex('01 0')", type(e).__name__, e)

try:
    print(repr(b'\xff'.decode()))
except Exception as e:
    print("b'\\xff'.decode()", type(e).__name__, e)

try:
    print(repr(b'\xe9abc'.decode()))
except Exception as e:
    print("b'\\xe9abc'.decode()", type(e).__name__, e)

try:
    print(repr(b'\xf0\x9f\x98'.decode()))
except Exception as e:
    print("b'\\xf0\\x9f\\x98'.decode()", type(e).__name__, e)

try:
    print(repr(b'a\xe9'.decode('ascii')))
except Exception as e:
    print("b'a\\xe9'.decode('ascii')", type(e).__name__, e)

try:
    print(repr('\xe9t\xe9'.encode('ascii')))
except Exception as e:
    print("'\\xe9t\\xe9'.encode('ascii')", type(e).__name__, e)

try:
    print(repr('ab\xe9\xe9'.encode('ascii')))
except Exception as e:
    print("'ab\\xe9\\xe9'.encode('ascii')", type(e).__name__, e)

try:
    print(repr('\u20ac'.encode('latin-1')))
except Exception as e:
    print("'\\u20ac'.encode('latin-1')", type(e).__name__, e)

try:
    print(repr('a'.encode('nope')))
except Exception as e:
    print("'a'.encode('nope')", type(e).__name__, e)

try:
    print(repr(b'a'.decode('nope')))
except Exception as e:
    print("b'a'.decode('nope')", type(e).__name__, e)

try:
    print(repr('\xe9'.encode('ascii', 'bogus')))
except Exception as e:
    print("'\\xe9'.encode('ascii', 'bogus')", type(e).__name__, e)

try:
    print(repr(b'a'.decode(1)))
except Exception as e:
    print("b'a'.decode(1)", type(e).__name__, e)


try:
    print(repr(b'%s' % 'a'))
except Exception as e:
    print("b'%s' % 'a'", type(e).__name__, e)

try:
    print(repr(b'abc' < 'abc'))
except Exception as e:
    print("b'abc' < 'abc'", type(e).__name__, e)

try:
    print(repr(bytes(b'x', 'utf-8')))
except Exception as e:
    print("bytes(b'x', 'utf-8')", type(e).__name__, e)

try:
    bytes('x', encoding=1)
except Exception as e:
    print("bytes('x', encoding=1)", type(e).__name__, e)

try:
    print(repr(b'a'.hex(1)))
except Exception as e:
    print("b'a'.hex(1)", type(e).__name__, e)

try:
    print(repr(bytearray(b'ab').remove(99)))
except Exception as e:
    print("bytearray(b'ab').remove(99)", type(e).__name__, e)

try:
    print(repr(bytearray(b'ab').extend('ab')))
except Exception as e:
    print("bytearray(b'ab').extend('ab')", type(e).__name__, e)

try:
    print(repr(bytearray(b'ab').extend([300])))
except Exception as e:
    print("bytearray(b'ab').extend([300])", type(e).__name__, e)

try:
    print(repr(bytes(3, 4)))
except Exception as e:
    print('bytes(3, 4)', type(e).__name__, e)

try:
    print(repr(str(b'x', 'utf-8')))
except Exception as e:
    print("str(b'x', 'utf-8')", type(e).__name__, e)

try:
    print(repr(b'x'.count('x')))
except Exception as e:
    print("b'x'.count('x')", type(e).__name__, e)

try:
    print(repr(b'x'.decode('utf-8', 'bogus')))
except Exception as e:
    print("b'x'.decode('utf-8', 'bogus')", type(e).__name__, e)

try:
    print(repr(len(b'\xff'.decode('utf-8', 'replace')), b'\xffa'.decode('utf-8', 'ignore'), '\xe9x'.encode('ascii','replace'), '\xe9x'.encode('ascii','ignore')))
except Exception as e:
    print("len(b'\\xff'.decode('utf-8', 'replace')), b'\\xffa'.decode('utf-8', 'ignore'), '\\xe9x'.encode('ascii','replace'), '\\xe9x'.encode('ascii','ignore')", type(e).__name__, e)

try:
    print(repr(b'x'.upper(1)))
except Exception as e:
    print("b'x'.upper(1)", type(e).__name__, e)

try:
    bytearray(b'ab')[0] = 256
except Exception as e:
    print("bytearray(b'ab')[0] = 256", type(e).__name__, e)

try:
    bytearray(b'ab')[0] = 'a'
except Exception as e:
    print("bytearray(b'ab')[0] = 'a'", type(e).__name__, e)

try:
    bytearray(b'ab')[5] = 1
except Exception as e:
    print("bytearray(b'ab')[5] = 1", type(e).__name__, e)

try:
    del bytearray(b'ab')[5]
except Exception as e:
    print("del bytearray(b'ab')[5]", type(e).__name__, e)

try:
    print(repr(b'ab' == 'ab'))
except Exception as e:
    print("b'ab' == 'ab'", type(e).__name__, e)

try:
    print(repr(b'ab' == bytearray(b'ab')))
except Exception as e:
    print("b'ab' == bytearray(b'ab')", type(e).__name__, e)

try:
    print(repr(format(b'a', 'x')))
except Exception as e:
    print("format(b'a', 'x')", type(e).__name__, e)

try:
    print(repr(f'{b"a":>5}'))
except Exception as e:
    print('f\'{b"a":>5}\'', type(e).__name__, e)

try:
    print(repr(bytes(x for x in [1, 2])))
except Exception as e:
    print('bytes(x for x in [1, 2])', type(e).__name__, e)
