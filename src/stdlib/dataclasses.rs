//! The `dataclasses` module, as `Lib/dataclasses.py` does it: in Python,
//! with `__init__` generated as source and executed, so that calling it
//! reports argument errors exactly as CPython's does.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "dataclasses",
        SOURCE,
        vec![
            super::native("dataclasses", "_exec_source", exec_source),
            super::native("dataclasses", "_object_setattr", object_setattr),
        ],
    )
}

/// `_exec_source(source, namespace)`: runs `source` in a fresh namespace
/// holding the items of dict `namespace`; returns its `__result__`.
pub fn exec_source(vm: &Vm, args: Args) -> PyResult {
    let [Value::Str(source), Value::Dict(ns)] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_exec_source(source, namespace)"));
    };
    let pairs: Vec<(Rc<str>, Value)> = crate::object::dict::str_items(&ns.borrow());
    let names: Vec<Rc<str>> = pairs.iter().map(|(k, _)| k.clone()).collect();
    let globals = super::exec_source(vm, "", "<string>", source, &names, |g| {
        for (k, v) in pairs {
            g.set(&k, v);
        }
    })
    .map_err(|msg| PyErr::runtime_error(format!("generated code failed: {msg}")))?;
    Ok(globals.get("__result__").unwrap_or_default())
}

/// `object.__setattr__(obj, name, value)`: sets an instance attribute past
/// the class's `__setattr__` (frozen dataclasses' `__init__`).
fn object_setattr(vm: &Vm, args: Args) -> PyResult {
    let [obj, Value::Str(name), value] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_object_setattr(obj, name, value)"));
    };
    match obj {
        Value::Instance(i) => vm.set_instance_attr(obj, &i.class.clone(), name, value.clone())?,
        other => vm.set_attr(other, name, value.clone())?,
    }
    Ok(Value::None)
}

const SOURCE: &str = r#"
class FrozenInstanceError(AttributeError):
    pass

class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

class _MISSING_TYPE:
    pass
MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    pass
KW_ONLY = _KW_ONLY_TYPE()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'

class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type=_FIELD'
                ')')

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)

def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f.default is not MISSING and isinstance(f.default, (list, dict, set)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f

def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))

def _init_source(qualname, fields, std_fields, kw_only_fields, frozen, has_post_init, ns):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f'{f.name}=_HAS_DEFAULT_FACTORY'
        ns['_dflt_' + f.name] = f.default
        return f'{f.name}=_dflt_{f.name}'

    params = ['self'] + [param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    body = []
    for f in fields:
        if f.default_factory is not MISSING:
            ns['_dflt_' + f.name] = f.default_factory
            if f.init:
                value = f'_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns['_dflt_' + f.name] = f.default
            value = f'_dflt_{f.name}'
        else:
            continue
        if frozen:
            body.append(f'_object_setattr(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if has_post_init:
        body.append('self.__post_init__()')
    if not body:
        body = ['pass']
    parts = qualname.split('.')
    lines = []
    indent = ''
    for p in parts:
        lines.append(f'{indent}class {p}:')
        indent += '    '
    lines.append(f"{indent}def __init__({', '.join(params)}):")
    for b in body:
        lines.append(f'{indent}    {b}')
    lines.append(f'__result__ = {qualname}.__init__')
    return '\n'.join(lines) + '\n'

def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)

def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY:
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, type_, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, (init, repr, eq, order, unsafe_hash, frozen))

    all_fields = list(fields.values())
    # Read before `__eq__` is added: a `__hash__ = None` that only comes from
    # the class's own `__eq__` is not an explicit hash.
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if init:
        std_fields, kw_only_fields = _fields_in_init_order(all_fields)
        ns = {'_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '_object_setattr': _object_setattr}
        has_post_init = hasattr(cls, '__post_init__')
        source = _init_source(cls.__qualname__, all_fields, std_fields, kw_only_fields,
                              frozen, has_post_init, ns)
        _set_new_attribute(cls, '__init__', _exec_source(source, ns))

    repr_fields = [f for f in all_fields if f.repr]
    if repr:
        def __repr__(self):
            args = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields)
            return f'{type(self).__qualname__}({args})'
        _set_new_attribute(cls, '__repr__', __repr__)

    cmp_fields = [f for f in all_fields if f.compare]
    if eq:
        def __eq__(self, other):
            if type(other) is type(self):
                return _tuple_of(self, cmp_fields) == _tuple_of(other, cmp_fields)
            return NotImplemented
        _set_new_attribute(cls, '__eq__', __eq__)

    if order:
        def __lt__(self, other):
            if type(other) is type(self):
                return _tuple_of(self, cmp_fields) < _tuple_of(other, cmp_fields)
            return NotImplemented
        def __le__(self, other):
            if type(other) is type(self):
                return _tuple_of(self, cmp_fields) <= _tuple_of(other, cmp_fields)
            return NotImplemented
        def __gt__(self, other):
            if type(other) is type(self):
                return _tuple_of(self, cmp_fields) > _tuple_of(other, cmp_fields)
            return NotImplemented
        def __ge__(self, other):
            if type(other) is type(self):
                return _tuple_of(self, cmp_fields) >= _tuple_of(other, cmp_fields)
            return NotImplemented
        for name, fn in (('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        field_names = tuple(fields)
        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            _object_setattr(self, name, value)
        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
        for name, fn in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    # CPython's `_hash_action` table, keyed by
    # (unsafe_hash, eq, frozen, has_explicit_hash).
    if unsafe_hash and has_explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if unsafe_hash or (eq and frozen and not has_explicit_hash):
        hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
        def __hash__(self):
            return hash(_tuple_of(self, hash_fields))
        cls.__hash__ = __hash__
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields) if init else ())
    return cls

def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)

def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fields.values())

def is_dataclass(obj):
    return hasattr(obj, _FIELDS)

def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)

def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)

def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, list):
        return [_asdict_inner(v, dict_factory) for v in obj]
    elif isinstance(obj, tuple):
        return tuple(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return {_asdict_inner(k, dict_factory): _asdict_inner(v, dict_factory)
                for k, v in obj.items()}
    return obj

def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)

def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    elif isinstance(obj, list):
        return [_astuple_inner(v, tuple_factory) for v in obj]
    elif isinstance(obj, tuple):
        return tuple(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return {_astuple_inner(k, tuple_factory): _astuple_inner(v, tuple_factory)
                for k, v in obj.items()}
    return obj

def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
"#;
