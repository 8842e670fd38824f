//! The `typing` module, reduced to what running annotated code needs.
//!
//! pyasync does not give annotations a meaning at run time, so each special
//! form is a named placeholder: importable, printable as `typing.Name`, and
//! subscriptable (`Optional[int]` gives `Optional` back). Calling one fails
//! as calling the real form does.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::Globals;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(vm, "typing", SOURCE, vec![])
}

const SOURCE: &str = r#"
import sys as _sys

TYPE_CHECKING = False
Text = str


class _Form:
    """A placeholder for one special form or generic alias."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(self._refusal())

    def _refusal(self):
        return 'Cannot instantiate typing.' + self._name


class _AnyForm(_Form):
    def _refusal(self):
        return 'Any cannot be instantiated'


class _ConcreteAlias(_Form):
    """`List`, `Dict`...: aliases of a builtin class, which is what to call."""

    def __init__(self, name, builtin):
        _Form.__init__(self, name)
        self._builtin = builtin

    def _refusal(self):
        return f'Type {self._name} cannot be instantiated; use {self._builtin}() instead'


Any = _AnyForm('Any')

for _name in ('NoReturn Never Optional Union ClassVar Final Literal Annotated Self '
              'LiteralString TypeAlias Concatenate TypeGuard Required NotRequired '
              'Callable Awaitable Coroutine Iterable Iterator AsyncIterator '
              'AsyncIterable Generator AsyncGenerator Sequence MutableSequence Mapping '
              'MutableMapping AbstractSet MutableSet Collection Container Hashable '
              'Sized Reversible ContextManager AsyncContextManager OrderedDict '
              'Counter Deque ChainMap').split():
    globals()[_name] = _Form(_name)

for _name, _builtin in (('List', 'list'), ('Dict', 'dict'), ('Set', 'set'),
                        ('FrozenSet', 'frozenset'), ('Tuple', 'tuple'),
                        ('Type', 'type'), ('DefaultDict', 'collections.defaultdict')):
    globals()[_name] = _ConcreteAlias(_name, _builtin)
del _name, _builtin


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        # The variance shows as a sign: + covariant, - contravariant,
        # ~ invariant.
        sign = '~'
        if self.__covariant__:
            sign = '+'
        elif self.__contravariant__:
            sign = '-'
        return sign + self.__name__


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def _overloaded(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an '
        'implementation that is not @overload-ed.')

_overloaded.__name__ = _overloaded.__qualname__ = '_overload_dummy'


def overload(func):
    # Every `@overload` signature is replaced by the same stand-in; only the
    # undecorated definition that follows is meant to be called.
    return _overloaded


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


class NewType:
    def __init__(self, name, tp):
        self.__name__ = self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, x):
        return x


def NamedTuple(typename, fields=None, **kwargs):
    import collections
    pairs = kwargs.items() if fields is None else fields
    return collections.namedtuple(typename, [name for name, _ in pairs])


def reveal_type(obj):
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr)
    return obj
"#;
