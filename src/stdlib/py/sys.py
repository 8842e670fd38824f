# The parts of `sys` that are plain data: the struct sequences
# (`sys.flags`, `sys.float_info`, ...) and `sys.implementation`. The
# natives this runs over are set by `src/stdlib/sys.rs`.


class _StructSequence(tuple):
    # A tuple whose items are also named, read-only attributes, shown as
    # `sys.NAME(field=value, ...)`, as CPython's struct sequences are. Each
    # one is a subclass declared by name below, so that its type is
    # `sys.NAME` too.
    n_unnamed_fields = 0
    _shown_as = None

    def __repr__(self):
        cls = type(self)
        shown = ', '.join(f + '=' + repr(v) for f, v in zip(cls._field_names, self))
        return (cls._shown_as or 'sys.' + cls.__name__) + '(' + shown + ')'


def _named(cls, names):
    # Gives the struct sequence `cls` its field names, as properties.
    def field(i):
        return property(lambda self: tuple.__getitem__(self, i))

    cls._field_names = names
    cls.n_fields = cls.n_sequence_fields = len(names)
    for i, name in enumerate(names):
        setattr(cls, name, field(i))
    return cls


class version_info(_StructSequence):
    pass


class flags(_StructSequence):
    pass


class float_info(_StructSequence):
    pass


class int_info(_StructSequence):
    pass


class hash_info(_StructSequence):
    pass


class thread_info(_StructSequence):
    pass


class asyncgen_hooks(_StructSequence):
    _shown_as = 'asyncgen_hooks'


version_info = _named(
    version_info, ('major', 'minor', 'micro', 'releaselevel', 'serial'))(
        (3, 11, 7, 'final', 0))
hexversion = 0x030B07F0
api_version = 1013

flags = _named(flags, (
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose',
    'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
    'utf8_mode', 'warn_default_encoding', 'safe_path',
    'int_max_str_digits'))(_flag_values)
del _flag_values

float_info = _named(float_info, (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
    'mant_dig', 'epsilon', 'radix', 'rounds'))((
        1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
        -307, 15, 53, 2.220446049250313e-16, 2, 1))

int_info = _named(int_info, (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'))((30, 4, 4300, 640))

hash_info = _named(hash_info, (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff'))((64, (1 << 61) - 1, 314159, 0, 1000003,
                            'siphash13', 64, 128, 0))

thread_info = _named(thread_info, ('name', 'lock', 'version'))(
    ('pthread', 'semaphore', None))

_asyncgen_hooks = _named(asyncgen_hooks, ('firstiter', 'finalizer'))
del asyncgen_hooks


def get_asyncgen_hooks():
    # pyasync installs no hooks: asynchronous generators are closed by
    # their frames, not finalised by the loop.
    return _asyncgen_hooks((None, None))


class _Implementation:
    # `sys.implementation`: a namespace naming this implementation.
    def __init__(self, **attrs):
        self.__dict__.update(attrs)

    def __repr__(self):
        shown = ', '.join(k + '=' + repr(v) for k, v in self.__dict__.items())
        return 'namespace(' + shown + ')'


implementation = _Implementation(
    name='pyasync', cache_tag=None, version=version_info,
    hexversion=hexversion, _multiarch='x86_64-linux-gnu')
del _Implementation
