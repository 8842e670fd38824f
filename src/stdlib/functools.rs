//! The `functools` module: `wraps`/`update_wrapper`, `partial`, `reduce`,
//! `lru_cache`/`cache`, `cmp_to_key` and `total_ordering`, in Python over
//! one native that reads a function's metadata.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult, Value};
use crate::syntax::ast::{Constant, ExprKind, StmtKind};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "functools",
        SOURCE,
        vec![super::native("functools", "_wrapper_attrs", wrapper_attrs)],
    )
}

/// `_wrapper_attrs(f)`: the attributes `update_wrapper` copies from a
/// function, as a dict: `__module__`, `__name__`, `__qualname__`,
/// `__doc__`, then its `__dict__`. Other objects: what `getattr` finds.
fn wrapper_attrs(vm: &Vm, args: Args) -> PyResult {
    let [wrapped] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_wrapper_attrs() takes one argument"));
    };
    let mut pairs: Vec<(&str, Value)> = Vec::new();
    let mut extra: Vec<(Rc<str>, Value)> = Vec::new();
    match wrapped {
        Value::Function(f) => {
            let attrs = f.attrs.borrow();
            let get = |name: &str, default: Value| attrs.get(name).cloned().unwrap_or(default);
            let module = f.globals.get("__name__").unwrap_or_default();
            let doc = match f.def.body.first().map(|s| &s.kind) {
                Some(StmtKind::Expr(e)) => match &e.kind {
                    ExprKind::Constant(Constant::Str(s)) => Value::Str(s.clone()),
                    _ => Value::None,
                },
                _ => Value::None,
            };
            pairs.push(("__module__", get("__module__", module)));
            pairs.push((
                "__name__",
                get("__name__", Value::Str(f.def.name.name.clone())),
            ));
            pairs.push((
                "__qualname__",
                get("__qualname__", Value::Str(f.qualname.clone())),
            ));
            pairs.push(("__doc__", get("__doc__", doc)));
            for (k, v) in attrs.iter() {
                extra.push((k.clone(), v.clone()));
            }
        }
        other => {
            for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
                if let Ok(v) = vm.get_attr(other, name) {
                    pairs.push((name, v));
                }
            }
        }
    }
    let mut d = crate::object::Dict::new();
    for (k, v) in pairs {
        d.insert(crate::object::DictKey::new(Value::str(k))?, v);
    }
    for (k, v) in extra {
        d.insert(crate::object::DictKey::new(Value::Str(k))?, v);
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
}

const SOURCE: &str = r#"
from collections import namedtuple as _namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: name, doc, module, attributes."""
    for name, value in _wrapper_attrs(wrapped).items():
        # Some wrappers (builtins, bound methods) refuse new attributes;
        # they keep their own.
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        total = args[2]
    else:
        for total in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


_MISSING = object()


class cached_property:
    """A method computed once per instance, then kept in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is not None and known != name:
            msg = ('Cannot assign the same cached_property to two different names '
                   f'({known!r} and {name!r}).')
            raise TypeError(msg)
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        key = self.attrname
        if key is None:
            msg = 'Cannot use cached_property instance without calling __set_name__ on it.'
            raise TypeError(msg)
        try:
            namespace = instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            msg = f"No '__dict__' attribute on {kind!r} instance to cache {key!r} property."
            raise TypeError(msg) from None
        found = namespace.get(key, _MISSING)
        if found is _MISSING:
            found = namespace[key] = self.func(instance)
        return found


class partial:
    """A callable that calls `func` with some arguments already given."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self, func, bound = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial of a plain partial is flattened into one.
        if type(func) is partial:
            bound = func.args + bound
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = tuple(bound)
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        shown = [repr(self.func)] + [repr(a) for a in self.args]
        shown += [f'{k}={v!r}' for k, v in self.keywords.items()]
        kind = type(self)
        name = 'functools.partial' if kind is partial else kind.__name__
        return name + '(' + ', '.join(shown) + ')'


CacheInfo = _namedtuple('CacheInfo', 'hits misses maxsize currsize')


class _CacheState:
    """The table and counters behind one `lru_cache`-wrapped function.

    `entries` is a dict used as the recency list: its first key is the least
    recently used one, so a hit moves its key to the end.
    """

    def __init__(self, maxsize, typed):
        self.maxsize = maxsize
        self.typed = typed
        self.entries = {}
        self.hits = 0
        self.misses = 0

    def key(self, args, kwargs):
        # Positional and keyword arguments stay apart: f(1) and f(a=1) are
        # cached separately. With `typed`, 1 and 1.0 are too.
        key = (args, tuple(kwargs.items()))
        if self.typed:
            key += (tuple(type(a) for a in args),
                    tuple(type(v) for v in kwargs.values()))
        return key

    def call(self, function, args, kwargs):
        if self.maxsize == 0:
            self.misses += 1
            return function(*args, **kwargs)
        key = self.key(args, kwargs)
        entries = self.entries
        if key in entries:
            self.hits += 1
            result = entries[key]
            if self.maxsize is not None:
                del entries[key]
                entries[key] = result
            return result
        self.misses += 1
        result = function(*args, **kwargs)
        # A recursive call may have stored the key meanwhile; it stays.
        if key not in entries:
            if self.maxsize is not None and len(entries) >= self.maxsize:
                del entries[next(iter(entries))]
            entries[key] = result
        return result

    def info(self):
        return CacheInfo(self.hits, self.misses, self.maxsize, len(self.entries))

    def clear(self):
        self.entries.clear()
        self.hits = self.misses = 0


def _cached(function, maxsize, typed):
    state = _CacheState(maxsize, typed)

    def wrapper(*args, **kwargs):
        return state.call(function, args, kwargs)

    update_wrapper(wrapper, function)
    wrapper.cache_info = state.info
    wrapper.cache_clear = state.clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return wrapper


def lru_cache(maxsize=128, typed=False):
    # Used bare (`@lru_cache`), the function comes as `maxsize`.
    if callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda function: _cached(function, maxsize, typed)


def cache(user_function):
    return _cached(user_function, None, False)


def _key_comparison(mycmp, outcome):
    def compare(self, other):
        return outcome(mycmp(self.obj, other.obj))
    return compare


def cmp_to_key(mycmp):
    """A key class ordering its instances by `mycmp(a, b)`'s sign."""
    class KeyWrapper:
        __slots__ = ('obj',)
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

    for name, outcome in (('__lt__', lambda r: r < 0), ('__le__', lambda r: r <= 0),
                          ('__eq__', lambda r: r == 0), ('__ne__', lambda r: r != 0),
                          ('__ge__', lambda r: r >= 0), ('__gt__', lambda r: r > 0)):
        setattr(KeyWrapper, name, _key_comparison(mycmp, outcome))
    return KeyWrapper


# How total_ordering derives each missing comparison from the one the class
# defines (its "root" r = root(a, b)): e.g. from __lt__, a > b is
# `not a < b and a != b`.
_DERIVED = {
    '__lt__': {'__gt__': 'not-and-ne', '__le__': 'or-eq', '__ge__': 'not'},
    '__le__': {'__ge__': 'not-or-eq', '__lt__': 'and-ne', '__gt__': 'not'},
    '__gt__': {'__lt__': 'not-and-ne', '__ge__': 'or-eq', '__le__': 'not'},
    '__ge__': {'__le__': 'not-or-eq', '__gt__': 'and-ne', '__lt__': 'not'},
}


def _derived_comparison(root, name, rule):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if rule == 'not':
            return not r
        if rule == 'or-eq':
            return r or self == other
        if rule == 'and-ne':
            return r and self != other
        if rule == 'not-or-eq':
            return not r or self == other
        return not r and self != other
    compare.__name__ = name
    compare.__qualname__ = name
    return compare


def total_ordering(cls):
    def defines(name):
        return any(name in vars(k) for k in cls.__mro__ if k is not object)
    # CPython's choice when several are defined: __lt__, then __le__,
    # __gt__, __ge__.
    for root in ('__lt__', '__le__', '__gt__', '__ge__'):
        if defines(root):
            break
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, rule in _DERIVED[root].items():
        if not defines(name):
            setattr(cls, name, _derived_comparison(root, name, rule))
    return cls
"#;
