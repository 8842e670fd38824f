# hashlib: every guaranteed algorithm's digest of a few inputs, streaming
# updates and copies.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
for name in names:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b'abc')
    print(' ', h.hexdigest())
    print(' ', h.digest()[:8])
    print(' ', hashlib.new(name, b'abc').hexdigest() == h.hexdigest())

data = bytes(range(256)) * 40
for name in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b'):
    whole = hashlib.new(name, data).hexdigest()
    h = hashlib.new(name)
    for i in range(0, len(data), 1000):
        h.update(data[i:i + 1000])
    print(name, whole == h.hexdigest(), whole[:32])

h = hashlib.sha256(b'hello ')
c = h.copy()
c.update(b'world')
h.update(b'there')
print(c.hexdigest())
print(h.hexdigest())
print(hashlib.sha256(b'hello world').hexdigest() == c.hexdigest())
# digest() does not end the hash
h = hashlib.md5(b'a')
first = h.hexdigest()
print(first == h.hexdigest(), h.hexdigest())
h.update(b'b')
print(h.hexdigest() == hashlib.md5(b'ab').hexdigest())

print(hashlib.sha1(bytearray(b'abc')).hexdigest())
print(hashlib.sha1(memoryview(b'abc')).hexdigest())
print(hashlib.md5(string=b'abc').hexdigest())
print(hashlib.md5(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'abc').name, hashlib.new('MD5').name)
print(hashlib.new(name='md5', data=b'x').hexdigest())

print(hashlib.shake_128(b'abc').hexdigest(10))
print(hashlib.shake_256(b'abc').digest(8))
print(hashlib.shake_128(b'abc').digest(0))
s = hashlib.shake_256()
print(s.name, s.digest_size, s.block_size)
print(hashlib.blake2b(b'abc', digest_size=16).hexdigest())
print(hashlib.blake2s(b'abc', digest_size=8).hexdigest())
b = hashlib.blake2b(b'x', digest_size=20)
print(b.name, b.digest_size, b.block_size, len(b.digest()))
print(hashlib.new('blake2b', b'abc', digest_size=16).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__,
      type(hashlib.blake2b()).__name__)
