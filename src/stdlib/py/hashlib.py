# hashlib: the constructors and hash objects are natives
# (src/stdlib/hashlib.rs); here, the sets of algorithm names.

algorithms_guaranteed = {
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
}
algorithms_available = set(algorithms_guaranteed)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'shake_128', 'shake_256', 'new',
           'algorithms_guaranteed', 'algorithms_available')


def __hash_new(name, data=b'', **kwargs):
    return _new(name, data, **kwargs)


new = __hash_new
