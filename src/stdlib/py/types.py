# The types module: names for the types of builtin objects, taken from
# objects of those types, plus SimpleNamespace and the class-creation
# helpers. Types pyasync has no objects of (frames, member and getset
# descriptors, method-wrappers, union types) are left out rather than
# given a stand-in; so are `coroutine` (pyasync's coroutines are only
# `async def` functions) and `DynamicClassAttribute` (`property` cannot be
# subclassed here).

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
MappingProxyType = type({}.keys().mapping)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodDescriptorType = type(str.join)
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e

GenericAlias = type(list[int])
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)

del _f, _cell_factory, _g, _c, _ag, _C


class SimpleNamespace:
    """A plain object whose attributes are the keyword arguments it was
    made with; it compares equal to another with the same attributes."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable != ():
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return ('namespace' if type(self) is SimpleNamespace
                    else type(self).__name__) + '(...)'
        _repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = set()


def resolve_bases(bases):
    """The bases with each non-class that has __mro_entries__ replaced by
    what that method returns (PEP 560)."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            result.append(base)
            continue
        new = entries(bases)
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        result.extend(new)
        changed = True
    return tuple(result) if changed else bases
