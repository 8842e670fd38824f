//! The `functools` module: `wraps`/`update_wrapper`, `partial`, `reduce`,
//! `lru_cache`/`cache`, `cmp_to_key`, `total_ordering`; as `Lib/functools.py`,
//! mostly in Python.

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
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name, value in _wrapper_attrs(wrapped).items():
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator

class _Marker:
    pass

_initial_missing = _Marker()

def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

class partial:
    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"

class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __getitem__(self, i):
        return (self.hits, self.misses, self.maxsize, self.currsize)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    # A namedtuple in CPython, so hashable as its tuple.
    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        return (f"CacheInfo(hits={self.hits!r}, misses={self.misses!r}, "
                f"maxsize={self.maxsize!r}, currsize={self.currsize!r})")

_kwd_mark = _Marker()

def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key

def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            if key not in cache and maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return wrapper

def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function

def cache(user_function):
    return lru_cache(maxsize=None)(user_function)

def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K

def total_ordering(cls):
    d = cls.__dict__
    if '__lt__' in d:
        def __gt__(self, other):
            r = type(self).__lt__(other, self)
            return r
        def __le__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
        def __ge__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return not r
        for name, f in (('__gt__', __gt__), ('__le__', __le__), ('__ge__', __ge__)):
            if name not in d:
                setattr(cls, name, f)
    elif '__gt__' in d:
        def __lt__(self, other):
            return type(self).__gt__(other, self)
        def __ge__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
        def __le__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return not r
        for name, f in (('__lt__', __lt__), ('__ge__', __ge__), ('__le__', __le__)):
            if name not in d:
                setattr(cls, name, f)
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    return cls
"#;
