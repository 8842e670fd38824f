//! The `collections` module: `deque`, `defaultdict`, `OrderedDict`,
//! `Counter` and `namedtuple`, in Python.
//!
//! The mapping types keep their items in a plain dict (`self._data`) rather
//! than subclassing `dict`, which pyasync's classes cannot do yet.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::Globals;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "collections",
        SOURCE,
        vec![super::native(
            "collections",
            "_exec_source",
            super::dataclasses::exec_source,
        )],
    )
}

const SOURCE: &str = r#"
def _as_index(i):
    # How CPython's deque reads an index: ints (and bools) only.
    if isinstance(i, int):
        return i
    if isinstance(i, slice):
        raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
    raise TypeError(f"'{type(i).__name__}' object cannot be interpreted as an integer")


class deque:
    """A sequence with fast appends and pops at both ends, optionally
    bounded: once `maxlen` items are held, adding at one end drops an item
    at the other."""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _full(self):
        return self._maxlen is not None and len(self._items) >= self._maxlen

    # Adding and removing at the ends.

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._full():
            del self._items[0]
        self._items.append(x)

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._full():
            self._items.pop()
        self._items.insert(0, x)

    def extend(self, iterable):
        # Read everything first: `d.extend(d)` must not see its own growth.
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    # Whole-deque operations.

    def clear(self):
        self._items = []

    def copy(self):
        return type(self)(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return sum(1 for _ in self._matches(x, RuntimeError))

    def _matches(self, x, error):
        # The positions equal to x; an __eq__ that changes the deque ends
        # the search with `error`, as CPython's deque does.
        items = self._items
        size = len(items)
        for i, item in enumerate(items):
            equal = item is x or item == x
            if self._items is not items or len(items) != size:
                raise error('deque mutated during iteration')
            if equal:
                yield i

    def index(self, x, start=0, stop=None):
        items = self._items
        end = len(items) if stop is None else stop
        try:
            return items.index(x, start, end)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        if self._full():
            raise IndexError('deque already at its maximum size')
        self._items.insert(_as_index(i), x)

    def remove(self, value):
        for i in self._matches(value, IndexError):
            del self._items[i]
            return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        n = _as_index(n)
        size = len(self._items)
        if size > 1:
            # Rotating right by n moves the last n items to the front.
            cut = size - n % size
            self._items = self._items[cut:] + self._items[:cut]

    # The sequence protocol.

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return iter(self._items[::-1])

    def __contains__(self, x):
        return x in self._items

    def _position(self, i):
        i = _as_index(i)
        size = len(self._items)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        del self._items[self._position(i)]

    # Comparisons are those of the item lists, between deques only.

    def __eq__(self, other):
        return self._items == other._items if isinstance(other, deque) else NotImplemented

    def __ne__(self, other):
        return self._items != other._items if isinstance(other, deque) else NotImplemented

    def __lt__(self, other):
        return self._items < other._items if isinstance(other, deque) else NotImplemented

    def __le__(self, other):
        return self._items <= other._items if isinstance(other, deque) else NotImplemented

    def __gt__(self, other):
        return self._items > other._items if isinstance(other, deque) else NotImplemented

    def __ge__(self, other):
        return self._items >= other._items if isinstance(other, deque) else NotImplemented

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return type(self)(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return type(self)(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self.extend(self._items * (n - 1) if n > 0 else [])
        if n <= 0:
            self.clear()
        return self

    def __repr__(self):
        if self._maxlen is None:
            return f'{type(self).__name__}({self._items!r})'
        return f'{type(self).__name__}({self._items!r}, maxlen={self._maxlen})'


class _DictBacked:
    """The dict protocol over `self._data`, shared by the mapping types."""

    __hash__ = None

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(list(self._data))

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, *args, **kwargs):
        self._data.update(*args, **kwargs)

    def clear(self):
        self._data.clear()

    def __eq__(self, other):
        if isinstance(other, _DictBacked):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBacked)):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictBacked):
    """A dict that makes missing values with `default_factory()`."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._data = dict(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self._data[key] = value = self.default_factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {self._data!r})'


class OrderedDict(_DictBacked):
    """A dict whose order can be rearranged, and whose equality with
    another OrderedDict takes the order into account."""

    def __init__(self, *args, **kwargs):
        self._data = dict(*args, **kwargs)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls((key, value) for key in iterable)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._data)) if last else next(iter(self._data))
        return key, self._data.pop(key)

    def copy(self):
        return type(self)(self._data)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictBacked.__eq__(self, other)

    def __repr__(self):
        name = type(self).__name__
        if not self._data:
            return name + '()'
        return f'{name}({list(self._data.items())!r})'


_NO_FROMKEYS = 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'


class Counter(_DictBacked):
    """A multiset: a dict from elements to their counts, where a missing
    element counts 0."""

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    # Counting from keys alone has no meaning: every count would be the same.
    @classmethod
    def fromkeys(cls, *args, **kwargs):
        raise NotImplementedError(_NO_FROMKEYS)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        # Removing an element that is not there is not an error.
        self._data.pop(key, None)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        # Highest counts first; equal counts keep their insertion order.
        ranked = sorted(self._data.items(), key=lambda item: item[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        return (elem for elem, count in list(self._data.items()) for _ in range(count))

    def _merge(self, iterable, kwds, sign):
        data = self._data
        if iterable is not None:
            if isinstance(iterable, (dict, _DictBacked)):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) + sign * count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) + sign
        if kwds:
            self._merge(kwds, None, sign)

    def update(self, iterable=None, /, **kwds):
        self._merge(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._merge(iterable, kwds, -1)

    # Comparisons treat missing elements as counts of zero.

    def _pairs(self, other):
        keys = list(self._data) + [k for k in other._data if k not in self._data]
        return [(self[k], other[k]) for k in keys]

    def __eq__(self, other):
        if isinstance(other, Counter):
            return all(a == b for a, b in self._pairs(other))
        return _DictBacked.__eq__(self, other)

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a <= b for a, b in self._pairs(other))

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a >= b for a, b in self._pairs(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic keeps only positive counts: elements of the left
    # operand first, then those only the right one has.

    def _combine(self, other, op):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key in list(self._data) + [k for k in other._data if k not in self._data]:
            count = op(self[key], other[key])
            if count > 0:
                result._data[key] = count
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return Counter() + self

    def __neg__(self):
        return Counter() - self

    def _keep_positive(self):
        self._data = {k: v for k, v in self._data.items() if v > 0}
        return self

    def __iadd__(self, other):
        self.update(other)
        return self._keep_positive()

    def __isub__(self, other):
        self.subtract(other)
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self._data[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem in list(self._data):
            if other[elem] < self._data[elem]:
                self._data[elem] = other[elem]
        return self._keep_positive()

    def __repr__(self):
        name = type(self).__name__
        if not self._data:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self._data)
        return f'{name}({shown!r})'


# namedtuple

_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del '
    'elif else except finally for from global if import in is lambda nonlocal '
    'not or pass raise return try while with yield'.split())


def _field_property(index):
    def read(self):
        return self[index]

    def refuse(self, value):
        raise AttributeError("can't set attribute")

    return property(read, refuse)


def _checked_field_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        # Invalid or repeated names become `_<position>`.
        seen = set()
        for index, name in enumerate(names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                names[index] = f'_{index}'
            seen.add(names[index])
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return tuple(names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also named attributes."""
    typename = str(typename)
    fields = _checked_field_names(typename, field_names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        # Defaults belong to the last fields.
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    # `__new__` is generated as source so that a wrong call is reported
    # with Python's own argument errors ("P.__new__() missing ...").
    namespace = {'_new_tuple': tuple.__new__, '__name__': module or '__main__'}
    params = []
    for name in fields:
        if name in field_defaults:
            namespace['_default_' + name] = field_defaults[name]
            params.append(f'{name}=_default_{name}')
        else:
            params.append(name)
    items = ''.join(name + ', ' for name in fields)
    source = (f'class {typename}(tuple):\n'
              f'    __slots__ = ()\n'
              f'    def __new__(_cls, {", ".join(params)}):\n'
              f'        return _new_tuple(_cls, ({items}))\n'
              f'__result__ = {typename}\n')
    cls = _exec_source(source, namespace)
    size = len(fields)

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != size:
            raise TypeError(f'Expected {size} arguments, got {len(made)}')
        return made

    def _replace(self, /, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({shown})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    cls._make = classmethod(_make)
    cls._replace = _replace
    cls.__repr__ = __repr__
    cls._asdict = _asdict
    cls.__getnewargs__ = __getnewargs__
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__match_args__ = fields
    for index, name in enumerate(fields):
        setattr(cls, name, _field_property(index))
    return cls
"#;
