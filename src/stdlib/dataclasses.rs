//! The `dataclasses` module, in Python. A dataclass's `__init__` is
//! generated as source and executed, so that a wrong call reports the
//! interpreter's own argument errors (`C.__init__() missing 1 required
//! positional argument: 'x'`), as CPython's does.

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
import copy as _copy
import typing as _typing


class FrozenInstanceError(AttributeError):
    pass


# The sentinels' class names are CPython's: they show in reprs.
class _MISSING_TYPE:
    """The type of MISSING: "no value given", distinct from None."""


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: the annotation `_: KW_ONLY` makes the fields
    after it keyword-only."""


class _HAS_DEFAULT_FACTORY_CLASS:
    """The default shown in `__init__`'s signature for a field with a
    factory."""

    def __repr__(self):
        return '<factory>'


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()
_FACTORY_DEFAULT = _HAS_DEFAULT_FACTORY_CLASS()

_FIELDS = '__dataclass_fields__'


class InitVar:
    """`x: InitVar[T]`: an `__init__` parameter passed on to
    `__post_init__`, not stored as a field."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'


class Field:
    """One field of a dataclass, as `field()` describes it."""

    _SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
              'compare', 'metadata', 'kw_only')

    _KIND_NAMES = {'field': '_FIELD', 'classvar': '_FIELD_CLASSVAR', 'initvar': '_FIELD_INITVAR'}

    def __init__(self, **options):
        # `name` and `type` come from the annotation, once the class is seen.
        self.name = self.type = None
        for option, value in options.items():
            setattr(self, option, value)
        if self.metadata is None:
            self.metadata = {}
        # 'field', or 'classvar' / 'initvar' for the pseudo-fields that
        # fields() leaves out.
        self._kind = 'field'

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in self._SHOWN)
        return f'Field({shown},_field_type={self._KIND_NAMES[self._kind]})'

    def _has_default(self):
        return self.default is not MISSING or self.default_factory is not MISSING


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default=default, default_factory=default_factory, init=init, repr=repr,
                 hash=hash, compare=compare, metadata=metadata, kw_only=kw_only)


def _is_classvar(annotation):
    if annotation is _typing.ClassVar:
        return True
    return isinstance(annotation, str) and annotation.startswith(('ClassVar', 'typing.ClassVar'))


def _is_mutable_default(value):
    # Unhashable defaults (list, dict, set...) would be shared by every
    # instance; CPython refuses them.
    if isinstance(value, (list, dict, set)):
        return True
    return getattr(type(value), '__hash__', 0) is None


def _own_fields(cls, kw_only):
    """The fields the class body declares, in annotation order."""
    declared = []
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        if annotation is KW_ONLY:
            kw_only = True
            continue
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            f = value
            # The class attribute becomes the plain default, or goes.
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = field(default=value)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if _is_classvar(annotation):
            f._kind = 'classvar'
        elif annotation is InitVar or isinstance(annotation, InitVar):
            f._kind = 'initvar'
        if f._kind == 'field' and f.default is not MISSING and _is_mutable_default(f.default):
            raise ValueError(f'mutable default {type(f.default)} for field {name} '
                             'is not allowed: use default_factory')
        declared.append(f)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return declared


def _source_nesting(qualname, body):
    """Source lines that define `body` (a def) inside classes and functions
    named as `qualname`, so its `__qualname__` is `qualname.__init__`.
    `f.<locals>.C` becomes `def f():` holding `class C:`; each def is called
    right after it, so the innermost definition runs."""
    parts = qualname.split('.')
    if not all(p.isidentifier() or p == '<locals>' for p in parts):
        parts = [parts[-1]]

    def nest(parts, depth):
        pad = '    ' * depth
        if not parts:
            return [pad + line for line in body] + [pad + '_found.append(__init__)']
        if len(parts) > 1 and parts[1] == '<locals>':
            return [f'{pad}def {parts[0]}():'] + nest(parts[2:], depth + 1) + [f'{pad}{parts[0]}()']
        return [f'{pad}class {parts[0]}:'] + nest(parts[1:], depth + 1)

    return '\n'.join(nest(parts, 0)) + '\n'


def _make_init(cls, all_fields, frozen, has_post_init):
    arguments = [f for f in all_fields if f.init and f._kind != 'classvar']
    positional = [f for f in arguments if not f.kw_only]
    keyword = [f for f in arguments if f.kw_only]
    seen_default = None
    for f in positional:
        if f._has_default():
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    namespace = {'_FACTORY_DEFAULT': _FACTORY_DEFAULT, '_object_setattr': _object_setattr,
                 '_found': []}

    def parameter(f):
        if f.default_factory is not MISSING:
            return f'{f.name}=_FACTORY_DEFAULT'
        if f.default is not MISSING:
            namespace['_default_' + f.name] = f.default
            return f'{f.name}=_default_{f.name}'
        return f.name

    params = ['self'] + [parameter(f) for f in positional]
    if keyword:
        params += ['*'] + [parameter(f) for f in keyword]

    statements = []
    for f in all_fields:
        if f._kind != 'field':
            continue
        if f.default_factory is not MISSING:
            namespace['_factory_' + f.name] = f.default_factory
            value = f'_factory_{f.name}()'
            if f.init:
                value = f'{value} if {f.name} is _FACTORY_DEFAULT else {f.name}'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace['_default_' + f.name] = f.default
            value = f'_default_{f.name}'
        else:
            continue
        if frozen:
            statements.append(f'_object_setattr(self, {f.name!r}, {value})')
        else:
            statements.append(f'self.{f.name} = {value}')
    if has_post_init:
        passed = ', '.join(f.name for f in all_fields if f._kind == 'initvar')
        statements.append(f'self.__post_init__({passed})')
    body = [f"def __init__({', '.join(params)}):"]
    body += ['    ' + s for s in statements or ['pass']]
    _exec_source(_source_nesting(cls.__qualname__, body), namespace)
    return namespace['_found'][0]


# The ids of the instances whose repr is being built: an instance met again
# inside its own repr shows as `...`.
_in_repr = set()


def _make_repr(names):
    def __repr__(self):
        key = id(self)
        if key in _in_repr:
            return '...'
        _in_repr.add(key)
        try:
            inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        finally:
            _in_repr.discard(key)
        return f'{type(self).__qualname__}({inner})'
    return __repr__


def _values(obj, names):
    return tuple(getattr(obj, name) for name in names)


def _comparison(names, compare):
    def method(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return compare(_values(self, names), _values(other, names))
    return method


_ORDERING = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
             ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


def _add_method(cls, name, function):
    """Sets `cls.name` unless the class body defined it; whether it did."""
    if name in cls.__dict__:
        return True
    function.__name__ = name
    setattr(cls, name, function)
    return False


def _freeze(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        _object_setattr(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        object.__delattr__(self, name)

    for name, method in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
        if _add_method(cls, name, method):
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')


def _set_hash(cls, all_fields, eq, frozen, unsafe_hash, explicit_hash):
    # CPython's rules: with unsafe_hash, or eq and frozen, instances hash by
    # their fields; with eq alone they are unhashable; a __hash__ the class
    # defines itself is kept (except under unsafe_hash, which is an error).
    if unsafe_hash and explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if explicit_hash or not (unsafe_hash or eq):
        return
    if unsafe_hash or frozen:
        names = [f.name for f in all_fields if (f.compare if f.hash is None else f.hash)]

        def __hash__(self):
            return hash(_values(self, names))
        cls.__hash__ = __hash__
    else:
        cls.__hash__ = None


def _own_attribute(cls, name):
    """`cls.name` if the class itself defines it (not a base), else None."""
    try:
        return cls.__dict__.get(name)
    except AttributeError:
        return None


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = all_frozen_bases = None
    for base in reversed(cls.__mro__[1:]):
        inherited = _own_attribute(base, _FIELDS)
        if inherited is None:
            continue
        fields.update((f.name, f) for f in inherited.values())
        base_frozen = _own_attribute(base, '__dataclass_params__')[5]
        any_frozen_base = bool(any_frozen_base) or base_frozen
        all_frozen_bases = (all_frozen_bases is not False) and base_frozen
    if any_frozen_base is not None:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    fields.update((f.name, f) for f in _own_fields(cls, kw_only))
    setattr(cls, _FIELDS, fields)
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)

    all_fields = list(fields.values())
    real = [f for f in all_fields if f._kind == 'field']
    # A class body defining __eq__ alone gets `__hash__ = None` implicitly;
    # that is not a hash of its own. Read before __eq__ is added here.
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (
        own_hash is None and '__eq__' in cls.__dict__)

    if init:
        _add_method(cls, '__init__',
                    _make_init(cls, all_fields, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _add_method(cls, '__repr__', _make_repr([f.name for f in real if f.repr]))
    compared = [f.name for f in real if f.compare]
    if eq:
        _add_method(cls, '__eq__', _comparison(compared, lambda a, b: a == b))
    if order:
        for name, compare in _ORDERING:
            if _add_method(cls, name, _comparison(compared, compare)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        _freeze(cls, tuple(f.name for f in real))
    _set_hash(cls, real, eq, frozen, unsafe_hash, explicit_hash)
    if match_args:
        # The positional parameters of __init__, whether or not it is made.
        positional = [f.name for f in all_fields
                      if f.init and not f.kw_only and f._kind != 'classvar']
        if '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple(positional)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def decorate(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._kind == 'field')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _convert(obj, make_record):
    """Copies `obj` deeply, turning each dataclass instance inside it into
    `make_record(obj)`."""
    if _is_instance(obj):
        return make_record(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple is rebuilt from its items by position.
        return type(obj)(*[_convert(v, make_record) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_record) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_record), _convert(v, make_record))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def record(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name), record))
                             for f in fields(instance)])
    return record(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def record(instance):
        return tuple_factory([_convert(getattr(instance, f.name), record)
                              for f in fields(instance)])
    return record(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._kind == 'classvar':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif f.name not in changes:
            if f._kind == 'initvar':
                if f.default is MISSING:
                    raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            else:
                changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
"#;
