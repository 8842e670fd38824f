//! The `typing` module: placeholders for the common names. Annotations are
//! not evaluated for meaning at run time, so the special forms only need to
//! be importable and subscriptable (`Optional[int]` is `Optional` again).

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::Globals;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(vm, "typing", SOURCE, vec![])
}

const SOURCE: &str = r#"
TYPE_CHECKING = False

class _SpecialForm:
    def __init__(self, name):
        self._name = name
    def __getitem__(self, parameters):
        return self
    def __repr__(self):
        return 'typing.' + self._name
    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.' + self._name)

Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Optional = _SpecialForm('Optional')
Union = _SpecialForm('Union')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
List = _SpecialForm('List')
Dict = _SpecialForm('Dict')
Tuple = _SpecialForm('Tuple')
Set = _SpecialForm('Set')
FrozenSet = _SpecialForm('FrozenSet')
DefaultDict = _SpecialForm('DefaultDict')
OrderedDict = _SpecialForm('OrderedDict')
Counter = _SpecialForm('Counter')
Deque = _SpecialForm('Deque')
Type = _SpecialForm('Type')
Callable = _SpecialForm('Callable')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncIterable = _SpecialForm('AsyncIterable')
Generator = _SpecialForm('Generator')
AsyncGenerator = _SpecialForm('AsyncGenerator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
Text = str
AnyStr = _SpecialForm('AnyStr')

class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

class ParamSpec(TypeVar):
    pass

class Generic:
    def __class_getitem__(cls, params):
        return cls

class Protocol(Generic):
    pass

def cast(typ, val):
    return val

def overload(func):
    return func

def final(f):
    return f

def no_type_check(arg):
    return arg

def runtime_checkable(cls):
    return cls

def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type

def NamedTuple(typename, fields=None, **kwargs):
    import collections
    if fields is None:
        fields = kwargs.items()
    return collections.namedtuple(typename, [n for n, t in fields])

def reveal_type(obj):
    return obj
"#;
