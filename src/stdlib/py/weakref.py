# The weakref module. `ref` is native (src/stdlib/weakref.rs): a real weak
# pointer, so a reference goes dead as soon as its object is freed. The
# containers below hold such references and forget an entry once its
# object is gone. pyasync runs no code when an object dies, so weak
# reference callbacks are refused and `finalize` runs its function only
# when called, never on its own at the object's death.

from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "ReferenceType", "WeakKeyDictionary", "WeakValueDictionary",
           "WeakSet", "finalize"]

ReferenceType = ref


class _KeyRef:
    """A weak reference usable as a dict key: it hashes and compares as
    its object does while the object lives, and only equals itself after."""

    __slots__ = ('ref', '_hash')

    def __init__(self, obj):
        self._hash = hash(obj)
        self.ref = ref(obj)

    def __hash__(self):
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, _KeyRef):
            return NotImplemented
        a, b = self.ref(), other.ref()
        if a is None or b is None:
            return self is other
        return a is b or a == b


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry disappears when
    its value is freed."""

    def __init__(self, other=(), /, **kw):
        self._data = {}
        self.update(other, **kw)

    def _purge(self):
        dead = [k for k, r in self._data.items() if r() is None]
        for k in dead:
            del self._data[k]

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            del self._data[key]
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._data[key] = ref(value)

    def __delitem__(self, key):
        self._purge()
        del self._data[key]

    def __contains__(self, key):
        try:
            o = self._data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        self._purge()
        return len(self._data)

    def __iter__(self):
        self._purge()
        for k, r in list(self._data.items()):
            if r() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def itervaluerefs(self):
        self._purge()
        yield from list(self._data.values())

    def valuerefs(self):
        self._purge()
        return list(self._data.values())


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry disappears when its
    key is freed."""

    def __init__(self, dict=None):
        self._data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [k for k in self._data if k.ref() is None]
        for k in dead:
            del self._data[k]

    def __getitem__(self, key):
        return self._data[_KeyRef(key)]

    def __setitem__(self, key, value):
        self._data[_KeyRef(key)] = value

    def __delitem__(self, key):
        del self._data[_KeyRef(key)]

    def __contains__(self, key):
        try:
            wr = _KeyRef(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        self._purge()
        return len(self._data)

    def __iter__(self):
        self._purge()
        for k in list(self._data):
            obj = k.ref()
            if obj is not None:
                yield obj

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def keyrefs(self):
        self._purge()
        return [k.ref for k in self._data]


class WeakSet(MutableSet):
    """A set whose elements are held weakly: an element disappears when it
    is freed."""

    def __init__(self, data=None):
        self._data = {}
        if data is not None:
            self.update(data)

    def _purge(self):
        dead = [k for k in self._data if k.ref() is None]
        for k in dead:
            del self._data[k]

    def __iter__(self):
        self._purge()
        for k in list(self._data):
            obj = k.ref()
            if obj is not None:
                yield obj

    def __len__(self):
        self._purge()
        return len(self._data)

    def __contains__(self, item):
        try:
            wr = _KeyRef(item)
        except TypeError:
            return False
        return wr in self._data

    def add(self, item):
        self._data[_KeyRef(item)] = None

    def discard(self, item):
        self._data.pop(_KeyRef(item), None)

    def remove(self, item):
        del self._data[_KeyRef(item)]

    def update(self, other):
        for element in other:
            self.add(element)

    def clear(self):
        self._data.clear()

    def copy(self):
        return self.__class__(self)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __repr__(self):
        # The repr of the set of references it holds, as CPython shows it.
        self._purge()
        if not self._data:
            return 'set()'
        return '{' + ', '.join(repr(k.ref) for k in self._data) + '}'


class finalize:
    """finalize(obj, func, *args, **kwargs): calling it (once) runs
    func(*args, **kwargs) while it is alive. pyasync cannot run it when obj
    dies: it runs only when called."""

    __slots__ = ('_ref', '_call', '_done', 'atexit')

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj)
        self._call = (func, args, kwargs)
        self._done = False
        self.atexit = True

    def __call__(self, _=None):
        if self._done:
            return None
        self._done = True
        func, args, kwargs = self._call
        return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        if obj is None or self._done:
            return None
        self._done = True
        func, args, kwargs = self._call
        return (obj, func, args, kwargs)

    def peek(self):
        obj = self._ref()
        if obj is None or self._done:
            return None
        func, args, kwargs = self._call
        return (obj, func, args, kwargs)

    @property
    def alive(self):
        return not self._done and self._ref() is not None

    def __repr__(self):
        obj = self._ref()
        if obj is None or self._done:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
