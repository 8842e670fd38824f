# sys: the values scripts read, the struct sequences, and misuse.
import sys

print(sys.flags.optimize, sys.flags[0], len(sys.flags), sys.flags.dev_mode)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info.max, sys.float_info[0], sys.float_info.epsilon == 2.0 ** -52)
print(sys.version_info, sys.version_info.major, sys.version_info[:2])
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), tuple(sys.version_info))
print(isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.width, hash(float('inf')) == sys.hash_info.inf)
print(sys.byteorder, sys.maxunicode, sys.maxsize == 2 ** 63 - 1, hex(sys.hexversion))
print(sys.api_version, sys.float_repr_style, repr(sys.abiflags))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getswitchinterval(), sys.is_finalizing(), sys.gettrace(), sys.getprofile())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
print(sys.get_asyncgen_hooks(), sys.get_coroutine_origin_tracking_depth())
print(sys.intern('abc'), sys.intern('abc') == 'abc')
print(isinstance(sys.path, list), isinstance(sys.argv, list), isinstance(sys.builtin_module_names, tuple))
print('sys' in sys.builtin_module_names, sys.platform)
print(sys.settrace(None), sys.setprofile(None))

# getsizeof on the types whose layout fixes the size.
for v in [0, 1, -5, 2 ** 30, 2 ** 60, 10 ** 100, True, False, 1.5, None, '', 'ab', 'é', 'ā', '😀', b'', b'abc', (), (1,), [], [1, 2]]:
    print(repr(v)[:20], sys.getsizeof(v))

for bad in [
    lambda: sys.getsizeof(),
    lambda: sys.getsizeof(1, 2, 3),
    lambda: sys.intern(1),
    lambda: sys.intern(),
    lambda: sys.setswitchinterval(0),
    lambda: sys.setswitchinterval(-1.0),
    lambda: sys.setswitchinterval('x'),
    lambda: sys.getdefaultencoding(1),
]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    sys.flags.debug = 1
except AttributeError:
    print('AttributeError: sys.flags is read-only')
try:
    sys.float_info.max = 1.0
except AttributeError:
    print('AttributeError: sys.float_info is read-only')

# The struct sequences are types of the sys module, named as in CPython.
for seq in [sys.version_info, sys.flags, sys.float_info, sys.int_info, sys.hash_info]:
    print(type(seq), type(seq).__name__, type(seq).__module__, isinstance(seq, tuple))
print(type(sys.get_asyncgen_hooks()).__name__)
