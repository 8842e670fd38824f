# collections.abc: the abstract base classes of the container protocols.
#
# Three things make up each ABC here:
#  - the methods a class must define to count as one without inheriting
#    from it (`_protocol`, checked by the shared `_structural_hook`),
#  - the abstract methods a subclass must override before it can be
#    instantiated,
#  - the mixin methods a subclass gets for free,
# as the table in the collections.abc documentation lists them. The
# builtin types are registered with the ABCs they implement at the end.

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
           "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
           "Reversible", "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
           "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]

_NOTHING = object()


def _defines(klass, name):
    """True, False (set to None, which opts out) or None (not found) for
    whether klass or one of its bases defines name."""
    for base in klass.__mro__:
        own = getattr(base, '__dict__', None)
        if own is None:
            # A builtin type shows its bases' members too, so what it
            # answers holds for the rest of the MRO.
            found = getattr(base, name, _NOTHING)
            if found is _NOTHING:
                return None
            return found is not None
        if name in own:
            return own[name] is not None
    return None


def _structural_hook(cls, klass):
    protocol = cls.__dict__.get('_protocol')
    if protocol is None:
        return NotImplemented
    if all(_defines(klass, name) for name in protocol):
        return True
    return NotImplemented


_AliasType = type(list[int])


def _alias(cls, params):
    return _AliasType(cls, params)


def _raise_with(typ, val, tb):
    """What the default throw() of a generator-like object raises."""
    if val is None:
        val = typ if tb is None else typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    _protocol = ('__hash__',)
    __subclasshook__ = classmethod(_structural_hook)

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    _protocol = ('__await__',)
    __subclasshook__ = classmethod(_structural_hook)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    _protocol = ('__await__', 'send', 'throw', 'close')
    __subclasshook__ = classmethod(_structural_hook)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_with(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    _protocol = ('__aiter__',)
    __subclasshook__ = classmethod(_structural_hook)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    _protocol = ('__anext__', '__aiter__')
    __subclasshook__ = classmethod(_structural_hook)

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    _protocol = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
    __subclasshook__ = classmethod(_structural_hook)

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_with(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    _protocol = ('__iter__',)
    __subclasshook__ = classmethod(_structural_hook)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __iter__(self):
        return iter(())


class Iterator(Iterable):
    __slots__ = ()
    _protocol = ('__iter__', '__next__')
    __subclasshook__ = classmethod(_structural_hook)

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    _protocol = ('__reversed__', '__iter__')
    __subclasshook__ = classmethod(_structural_hook)

    @abstractmethod
    def __reversed__(self):
        return iter(())


class Generator(Iterator):
    __slots__ = ()
    _protocol = ('__iter__', '__next__', 'send', 'throw', 'close')
    __subclasshook__ = classmethod(_structural_hook)

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_with(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    _protocol = ('__len__',)
    __subclasshook__ = classmethod(_structural_hook)

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    _protocol = ('__contains__',)
    __subclasshook__ = classmethod(_structural_hook)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    _protocol = ('__len__', '__iter__', '__contains__')
    __subclasshook__ = classmethod(_structural_hook)


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    _protocol = ('__call__',)
    __subclasshook__ = classmethod(_structural_hook)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


def _is_subset(small, big):
    if len(small) > len(big):
        return False
    return all(item in big for item in small)


def _as_set(owner, other):
    """other as a Set of owner's kind, or None when it is not iterable."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return owner._from_iterable(other)
    return None


def _hash_of_elements(elements, count):
    """An order-independent hash of a set's elements: the algorithm of
    frozenset's hash, so that equal sets of both kinds hash alike."""
    width = 2 * sys.maxsize + 1
    acc = (1927868237 * (count + 1)) & width
    for element in elements:
        e = hash(element)
        acc = (acc ^ ((e ^ (e << 16) ^ 89869747) * 3644798167)) & width
    acc ^= (acc >> 11) ^ (acc >> 25)
    acc = (acc * 69069 + 907133923) & width
    if acc > sys.maxsize:
        acc -= width + 1
    return 590923713 if acc == -1 else acc


class Set(Collection):
    """A finite, iterable container. Comparisons are subset tests; the
    operators build their results with _from_iterable."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        return _is_subset(self, other) if isinstance(other, Set) else NotImplemented

    def __ge__(self, other):
        return _is_subset(other, self) if isinstance(other, Set) else NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and _is_subset(self, other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and _is_subset(other, self)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and _is_subset(self, other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([item for item in other if item in self])

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([*self, *other])

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in self if item not in other])

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in other if item not in self])

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        return _hash_of_elements(self, len(self))


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while len(self):
            self.pop()

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in _as_set(self, it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ give the
    rest (get, __contains__, keys, items, values, __eq__)."""

    __slots__ = ()

    def get(self, key, default=None):
        return self[key] if key in self else default

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(_alias)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    def __len__(self):
        return len(self._mapping)

    def __init__(self, mapping):
        self._mapping = mapping


class KeysView(MappingView, Set):
    __slots__ = ()

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    _from_iterable = classmethod(lambda cls, it: set(it))


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(lambda cls, it: set(it))

    def __contains__(self, item):
        key, value = item
        if key not in self._mapping:
            return False
        found = self._mapping[key]
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        return ((key, mapping[key]) for key in mapping)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        return (mapping[key] for key in mapping)


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            pairs = [(key, other[key]) for key in other.keys()]
        else:
            pairs = other
        for key, value in [*pairs, *kwds.items()]:
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]


class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ give iteration,
    membership, reversal, index() and count()."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(item is value or item == value for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        size = len(self)
        if start is not None and start < 0:
            start = max(size + start, 0)
        if stop is not None and stop < 0:
            stop += size
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        total = 0
        for item in self:
            if item is value or item == value:
                total += 1
        return total


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while len(self):
            self.pop()

    def reverse(self):
        size = len(self)
        for low in range(size // 2):
            high = size - 1 - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, other):
        self.extend(other)
        return self


def _register_builtins():
    def generator_function():
        yield

    async def coroutine_function():
        pass

    async def async_generator_function():
        yield

    class WithMethod:
        def method(self):
            pass

    coroutine = coroutine_function()
    Coroutine.register(type(coroutine))
    coroutine.close()
    Generator.register(type(generator_function()))
    # asyncio's futures (and so tasks) are awaitable, though their type
    # shows no __await__ here.
    import asyncio
    Awaitable.register(asyncio.Future)
    AsyncGenerator.register(type(async_generator_function()))
    iterators = (iter([]), iter(()), iter(''), iter(b''), iter(bytearray()),
                 iter(set()), iter({}), iter({}.values()), iter({}.items()),
                 iter(range(0)), iter(range(1 << 100)), reversed([]),
                 reversed(range(0)), zip(), map(len, []), filter(None, []),
                 enumerate([]))
    for iterator in iterators:
        Iterator.register(type(iterator))
    for kind in (type(len), type(generator_function), type(WithMethod().method), type):
        Callable.register(kind)
    for abc_class, kinds in ((Sequence, (tuple, str, range, memoryview)),
                             (MutableSequence, (list, bytearray)),
                             (ByteString, (bytes, bytearray)),
                             (Set, (frozenset,)),
                             (MutableSet, (set,)),
                             (MutableMapping, (dict,)),
                             (Mapping, (type({}.keys().mapping),)),
                             (KeysView, (type({}.keys()),)),
                             (ValuesView, (type({}.values()),)),
                             (ItemsView, (type({}.items()),))):
        for kind in kinds:
            abc_class.register(kind)


_register_builtins()
del _register_builtins
