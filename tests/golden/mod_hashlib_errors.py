# hashlib: misuse of the constructors and the hash objects.
import hashlib


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(hashlib.md5, 'abc')
t(hashlib.new, 'md5', 'abc')
t(hashlib.new, 'foo')
t(hashlib.new, 5)
t(hashlib.md5, 5)
t(hashlib.md5, b'a', b'b')
t(hashlib.md5, data=b'a')
t(hashlib.sha256, b'a', string=b'b')
h = hashlib.sha256()
t(h.update, 'x')
t(h.update, 5)
t(h.update, None)
t(h.update)
t(h.update, b'a', b'b')
t(h.digest, 1)
t(h.hexdigest, 1)
t(h.copy, 1)
t(hashlib.blake2b, digest_size=0)
t(hashlib.blake2b, digest_size=65)
t(hashlib.blake2s, digest_size=33)
t(hashlib.blake2b().digest, 1)
t(hashlib.blake2b().update)
t(hashlib.shake_128().hexdigest)
t(hashlib.shake_128().digest, 'x')
t(hashlib.new, 'md5', b'a', b'b')
t(hashlib.new)
print(h.hexdigest())
