//! Type objects. Builtin types are statics, so any code can name one (to raise
//! a `TypeError`, say) without a handle to the interpreter.

use std::rc::Rc;

use super::class::Class;
use super::{Args, PyResult, Value};
use crate::interp::Vm;

/// A builtin type: its name, the module that defines it (for reprs such as
/// `<class 'asyncio.exceptions.CancelledError'>`), its single base, and
/// the table of what it defines (CPython's `tp_methods`, `tp_getset` and
/// slot wrappers, in one place).
pub struct TypeObject {
    pub name: &'static str,
    pub module: &'static str,
    pub base: Option<&'static TypeObject>,
    /// The type's docstring (`help(list)`); empty where none is written yet.
    pub doc: &'static str,
    /// What the type itself defines, in groups so that types can share
    /// one (the rich comparisons of the sequences, say). Attribute lookup,
    /// method calls, `dir()`, descriptors, subclasses and completion all
    /// read these tables.
    pub members: &'static [&'static [Member]],
    /// `members` by name, built on the first lookup: attribute access and
    /// method calls on builtin values find their member in one hash probe.
    pub index: MemberIndex,
}

/// A type's members by name (see `TypeObject::own_member`).
pub struct MemberIndex(std::sync::OnceLock<MemberMap>);

type MemberMap = std::collections::HashMap<
    &'static str,
    &'static Member,
    std::hash::BuildHasherDefault<NameHasher>,
>;

impl MemberIndex {
    pub const fn new() -> MemberIndex {
        MemberIndex(std::sync::OnceLock::new())
    }
}

impl Default for MemberIndex {
    fn default() -> Self {
        MemberIndex::new()
    }
}

/// Hashes a member name by its length and its first and last two bytes:
/// names are short and mostly differ there, and the table compares the
/// whole name anyway, so a full keyed hash would cost more than it saves.
#[derive(Default)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let edge = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
        let mixed = (n as u64)
            ^ edge(0) << 8
            ^ edge(1) << 16
            ^ edge(n.wrapping_sub(2)) << 24
            ^ edge(n.wrapping_sub(1)) << 32
            ^ edge(n / 2) << 40;
        self.0 = (self.0 ^ mixed).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl TypeObject {
    /// A type declared by the module that owns it (a library module's
    /// `re.Pattern`, asyncio's `Future`): its name, defining module,
    /// base (`None` means `object`) and table, in one `static`.
    pub const fn new(
        name: &'static str,
        module: &'static str,
        base: Option<&'static TypeObject>,
        spec: TypeSpec,
    ) -> TypeObject {
        TypeObject {
            name,
            module,
            base: match base {
                Some(b) => Some(b),
                None => Some(&OBJECT),
            },
            doc: spec.doc,
            members: spec.members,
            index: MemberIndex::new(),
        }
    }
}

impl std::fmt::Debug for TypeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<type {}>", self.name)
    }
}

impl TypeObject {
    /// A type that defines nothing of its own (its base's members apply).
    pub const fn bare(
        name: &'static str,
        module: &'static str,
        base: Option<&'static TypeObject>,
    ) -> TypeObject {
        TypeObject {
            name,
            module,
            base,
            doc: "",
            members: &[],
            index: MemberIndex::new(),
        }
    }

    /// The member `name` that this type itself defines (the first entry
    /// of that name, in table order).
    pub fn own_member(&self, name: &str) -> Option<&'static Member> {
        if self.members.is_empty() {
            return None;
        }
        let members = self.members;
        let index = self.index.0.get_or_init(|| {
            let mut map = MemberMap::default();
            for m in members.iter().flat_map(|group| group.iter()) {
                map.entry(m.name).or_insert(m);
            }
            map
        });
        index.get(name).copied()
    }

    /// The member `name` along this type's bases, with the type that
    /// defines it: `bool.bit_length` is `int`'s.
    pub fn lookup(&'static self, name: &str) -> Option<(&'static TypeObject, &'static Member)> {
        let mut cur = Some(self);
        while let Some(t) = cur {
            if let Some(m) = t.own_member(name) {
                return Some((t, m));
            }
            cur = t.base;
        }
        None
    }

    /// Every member name along the bases (for `dir()` and completion).
    pub fn member_names(&'static self) -> impl Iterator<Item = &'static str> {
        std::iter::successors(Some(self), |t| t.base)
            .flat_map(|t| t.members.iter().flat_map(|group| group.iter()))
            .map(|m| m.name)
    }
}

/// What a type's own file declares about it: its docstring and members.
pub struct TypeSpec {
    pub doc: &'static str,
    pub members: &'static [&'static [Member]],
}

/// A method of a builtin value: `list.append`. The receiver is the value
/// itself, or the payload of an instance of a subclass.
pub type MethodFn = fn(&Vm, &Value, Args) -> PyResult;
/// A slot wrapper: `int.__add__`. Its receiver is the object as called,
/// which may be an instance of a subclass (its repr names the subclass).
pub type SlotFn = fn(&Vm, &Value, Args) -> PyResult;
/// A method of the type itself: `dict.fromkeys`, `int.from_bytes`.
pub type ClassFn = fn(&Vm, &TypeRef, Args) -> PyResult;
/// A function stored on the type: `str.maketrans`.
pub type StaticFn = fn(&Vm, Args) -> PyResult;
/// An attribute computed from the value: `int.real`, `range.start`.
pub type GetterFn = fn(&Vm, &Value) -> PyResult;

/// One entry of a type's table: what `T.__dict__[name]` is in CPython.
pub struct Member {
    pub name: &'static str,
    pub kind: MemberKind,
    /// Its docstring, for `help()`; our own words.
    pub doc: &'static str,
}

#[derive(Clone, Copy)]
pub enum MemberKind {
    Method(MethodFn),
    Slot(SlotFn),
    ClassMethod(ClassFn),
    StaticMethod(StaticFn),
    Getter(GetterFn),
    /// A name the type sets to None, as mutable containers set `__hash__`.
    Absent,
}

impl Member {
    pub const fn method(name: &'static str, f: MethodFn, doc: &'static str) -> Member {
        Member {
            name,
            kind: MemberKind::Method(f),
            doc,
        }
    }

    pub const fn slot(name: &'static str, f: SlotFn) -> Member {
        Member {
            name,
            kind: MemberKind::Slot(f),
            doc: "",
        }
    }

    pub const fn class_method(name: &'static str, f: ClassFn, doc: &'static str) -> Member {
        Member {
            name,
            kind: MemberKind::ClassMethod(f),
            doc,
        }
    }

    pub const fn static_method(name: &'static str, f: StaticFn, doc: &'static str) -> Member {
        Member {
            name,
            kind: MemberKind::StaticMethod(f),
            doc,
        }
    }

    pub const fn getter(name: &'static str, f: GetterFn, doc: &'static str) -> Member {
        Member {
            name,
            kind: MemberKind::Getter(f),
            doc,
        }
    }

    pub const fn absent(name: &'static str) -> Member {
        Member {
            name,
            kind: MemberKind::Absent,
            doc: "",
        }
    }
}

/// A reference to a type: a builtin one or a user class.
#[derive(Clone)]
pub enum TypeRef {
    Builtin(&'static TypeObject),
    User(Rc<Class>),
}

impl std::fmt::Debug for TypeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.qualified_name())
    }
}

impl PartialEq for TypeRef {
    fn eq(&self, other: &TypeRef) -> bool {
        match (self, other) {
            (TypeRef::Builtin(a), TypeRef::Builtin(b)) => std::ptr::eq(*a, *b),
            (TypeRef::User(a), TypeRef::User(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl TypeRef {
    pub fn name(&self) -> &str {
        match self {
            TypeRef::Builtin(t) => t.name,
            TypeRef::User(c) => &c.name,
        }
    }

    /// The dotted name CPython prints in tracebacks: `ValueError`,
    /// `asyncio.exceptions.CancelledError`, `__main__.MyError`.
    pub fn qualified_name(&self) -> String {
        match self {
            TypeRef::Builtin(t) if t.module == "builtins" => t.name.to_string(),
            TypeRef::Builtin(t) => format!("{}.{}", t.module, t.name),
            TypeRef::User(c) if &*c.module == "builtins" => c.qualname.to_string(),
            TypeRef::User(c) => format!("{}.{}", c.module, c.qualname),
        }
    }

    /// CPython's `tp_name`, which messages and reprs quote: the bare name
    /// for builtins and for classes written in Python (`asyncio.Lock`),
    /// the dotted one for types of C extension modules (`_asyncio.Future`,
    /// `_io.TextIOWrapper`, `operator.itemgetter`).
    pub fn tp_name(&self) -> String {
        match self {
            TypeRef::Builtin(t)
                if matches!(
                    t.module,
                    "_asyncio" | "_io" | "operator" | "array" | "zlib" | "_hashlib" | "_blake2"
                ) =>
            {
                format!("{}.{}", t.module, t.name)
            }
            // `datetime`'s and `decimal`'s classes are C types in CPython
            // (_datetimemodule.c, _decimal.c).
            TypeRef::User(c) if matches!(&*c.module, "datetime" | "decimal") => {
                format!("{}.{}", c.module, c.name)
            }
            _ => self.name().to_string(),
        }
    }

    /// The name a traceback's last line gives the exception type:
    /// `traceback.TracebackException` leaves out `__main__` and `builtins`.
    pub fn traceback_name(&self) -> String {
        match self {
            TypeRef::User(c) if matches!(&*c.module, "__main__" | "builtins") => {
                c.qualname.to_string()
            }
            _ => self.qualified_name(),
        }
    }

    /// The method resolution order, this type first.
    pub fn mro(&self) -> Vec<TypeRef> {
        match self {
            TypeRef::Builtin(t) if std::ptr::eq(*t, &UNSUPPORTED_OPERATION) => [
                &UNSUPPORTED_OPERATION,
                &OS_ERROR,
                &VALUE_ERROR,
                &EXCEPTION,
                &BASE_EXCEPTION,
                &OBJECT,
            ]
            .into_iter()
            .map(TypeRef::Builtin)
            .collect(),
            TypeRef::Builtin(t) if std::ptr::eq(*t, &EXCEPTION_GROUP) => [
                &EXCEPTION_GROUP,
                &BASE_EXCEPTION_GROUP,
                &EXCEPTION,
                &BASE_EXCEPTION,
                &OBJECT,
            ]
            .into_iter()
            .map(TypeRef::Builtin)
            .collect(),
            TypeRef::Builtin(t) => {
                let mut out = Vec::new();
                let mut cur = Some(*t);
                while let Some(b) = cur {
                    out.push(TypeRef::Builtin(b));
                    cur = b.base;
                }
                out
            }
            TypeRef::User(c) => {
                let mut out = vec![self.clone()];
                out.extend(c.mro.iter().cloned());
                out
            }
        }
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass(&self, other: &TypeRef) -> bool {
        match self {
            // `class ExceptionGroup(BaseExceptionGroup, Exception)`.
            TypeRef::Builtin(t)
                if std::ptr::eq(*t, &EXCEPTION_GROUP)
                    && matches!(other, TypeRef::Builtin(o) if std::ptr::eq(*o, &EXCEPTION)) =>
            {
                true
            }
            // `class UnsupportedOperation(OSError, ValueError)` (`Lib/io.py`).
            TypeRef::Builtin(t)
                if std::ptr::eq(*t, &UNSUPPORTED_OPERATION)
                    && matches!(other, TypeRef::Builtin(o) if std::ptr::eq(*o, &VALUE_ERROR)) =>
            {
                true
            }
            TypeRef::Builtin(t) => {
                let mut cur = Some(*t);
                while let Some(b) = cur {
                    if matches!(other, TypeRef::Builtin(o) if std::ptr::eq(*o, b)) {
                        return true;
                    }
                    cur = b.base;
                }
                false
            }
            TypeRef::User(c) => self == other || c.mro.iter().any(|t| t == other),
        }
    }

    pub fn is(&self, t: &'static TypeObject) -> bool {
        self.is_subclass(&TypeRef::Builtin(t))
    }

    /// The first builtin type in the MRO: what instances are made of.
    pub fn builtin_base(&self) -> &'static TypeObject {
        match self {
            TypeRef::Builtin(t) => t,
            TypeRef::User(c) => c
                .mro
                .iter()
                .find_map(|t| match t {
                    TypeRef::Builtin(b) => Some(*b),
                    TypeRef::User(_) => None,
                })
                .unwrap_or(&OBJECT),
        }
    }
}

macro_rules! types {
    ($($id:ident = $name:literal $(in $module:literal)? $(: $base:ident)? $(=> $table:path)?;)*) => {
        $(
            pub static $id: TypeObject = TypeObject {
                name: $name,
                module: types!(@module $($module)?),
                base: types!(@base $($base)?),
                doc: types!(@doc $($table)?),
                members: types!(@members $($table)?),
                index: MemberIndex::new(),
            };
        )*
    };
    (@doc) => { "" };
    (@doc $t:path) => { $t.doc };
    (@members) => { &[] };
    (@members $t:path) => { $t.members };
    (@module) => { "builtins" };
    (@module $m:literal) => { $m };
    (@base) => { Some(&OBJECT) };
    (@base $b:ident) => { Some(&$b) };
}

pub static OBJECT: TypeObject = TypeObject {
    name: "object",
    module: "builtins",
    base: None,
    doc: super::object::SPEC.doc,
    members: super::object::SPEC.members,
    index: crate::object::types::MemberIndex::new(),
};

types! {
    TYPE = "type" => crate::interp::metaclass::SPEC;
    NONE_TYPE = "NoneType";
    ELLIPSIS_TYPE = "ellipsis";
    NOT_IMPLEMENTED_TYPE = "NotImplementedType";
    INT = "int" => super::int::SPEC;
    BOOL = "bool": INT => super::int::BOOL_SPEC;
    FLOAT = "float" => super::float::SPEC;
    COMPLEX = "complex" => super::complex::SPEC;
    STR = "str" => super::str::SPEC;
    BYTES = "bytes" => super::bytes::SPEC;
    BYTEARRAY = "bytearray" => super::bytearray::SPEC;
    MEMORYVIEW = "memoryview" => super::memoryview::SPEC;
    MEMORY_ITERATOR = "memory_iterator" => super::memoryview::ITERATOR_SPEC;
    BYTES_ITERATOR = "bytes_iterator";
    BYTEARRAY_ITERATOR = "bytearray_iterator";
    LIST = "list" => super::list::SPEC;
    TUPLE = "tuple" => super::tuple::SPEC;
    DICT = "dict" => super::dict_methods::SPEC;
    SET = "set" => super::set::SET_SPEC;
    FROZENSET = "frozenset" => super::set::FROZENSET_SPEC;
    SET_ITERATOR = "set_iterator";
    DICT_KEYITERATOR = "dict_keyiterator";
    DICT_VALUEITERATOR = "dict_valueiterator";
    DICT_ITEMITERATOR = "dict_itemiterator";
    DICT_KEYS = "dict_keys" => super::dictview::KEYS_SPEC;
    DICT_VALUES = "dict_values" => super::dictview::VALUES_SPEC;
    DICT_ITEMS = "dict_items" => super::dictview::ITEMS_SPEC;
    RANGE = "range" => super::range::SPEC;
    RANGE_ITERATOR = "range_iterator";
    LONGRANGE_ITERATOR = "longrange_iterator";
    LIST_ITERATOR = "list_iterator";
    TUPLE_ITERATOR = "tuple_iterator";
    STR_ITERATOR = "str_ascii_iterator";
    ENUMERATE = "enumerate";
    ZIP = "zip";
    MAP = "map";
    FILTER = "filter";
    LIST_REVERSEITERATOR = "list_reverseiterator";
    REVERSED = "reversed";
    FUNCTION = "function";
    BUILTIN_FUNCTION = "builtin_function_or_method" => super::builtin_function::SPEC;
    COROUTINE = "coroutine" => crate::interp::coroutine::SPEC;
    GENERATOR = "generator" => crate::interp::generators::SPEC;
    ASYNC_GENERATOR = "async_generator" => crate::interp::generators::ASYNC_SPEC;
    MODULE = "module";
    TEXT_IO_WRAPPER = "TextIOWrapper" in "_io" => crate::stdlib::io::TEXT_SPEC;
    FUTURE = "Future" in "_asyncio" => crate::asyncio::futures::SPEC;
    TASK = "Task" in "_asyncio": FUTURE => crate::asyncio::tasks::SPEC;
    CELL = "cell";
    METHOD = "method";
    PROPERTY = "property";
    STATICMETHOD = "staticmethod";
    CLASSMETHOD = "classmethod";
    SUPER = "super";

    BASE_EXCEPTION = "BaseException" => super::base_exception::SPEC;
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR => super::unicode_error::SPEC;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR => super::unicode_error::SPEC;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    OS_ERROR = "OSError": EXCEPTION;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    UNSUPPORTED_OPERATION = "UnsupportedOperation" in "io": OS_ERROR;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR => super::unicode_error::SPEC;
    WARNING = "Warning": EXCEPTION;
    USER_WARNING = "UserWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    BYTES_WARNING = "BytesWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    ENCODING_WARNING = "EncodingWarning": WARNING;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    BUFFER_ERROR = "BufferError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    SYNTAX_ERROR = "SyntaxError": EXCEPTION;
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": BASE_EXCEPTION;
    // Also a subclass of Exception: see `TypeRef::mro`.
    EXCEPTION_GROUP = "ExceptionGroup": BASE_EXCEPTION_GROUP;
    TASK_GROUP = "TaskGroup" in "asyncio.taskgroups" => crate::asyncio::taskgroups::SPEC;
    CANCELLED_ERROR = "CancelledError" in "asyncio.exceptions": BASE_EXCEPTION;
    INVALID_STATE_ERROR = "InvalidStateError" in "asyncio.exceptions": EXCEPTION;
    TIMEOUT_CM = "Timeout" in "asyncio.timeouts" => crate::asyncio::timeouts::SPEC;
    ABSTRACT_EVENT_LOOP = "AbstractEventLoop" in "asyncio.events";
    BASE_EVENT_LOOP = "BaseEventLoop" in "asyncio.base_events": ABSTRACT_EVENT_LOOP;
    EVENT_LOOP = "_UnixSelectorEventLoop" in "asyncio.unix_events": BASE_EVENT_LOOP => crate::asyncio::loop_object::LOOP_SPEC;
    ABSTRACT_EVENT_LOOP_POLICY = "AbstractEventLoopPolicy" in "asyncio.events";
    EVENT_LOOP_POLICY = "_UnixDefaultEventLoopPolicy" in "asyncio.unix_events": ABSTRACT_EVENT_LOOP_POLICY => crate::asyncio::policy::SPEC;
    RUNNER = "Runner" in "asyncio.runners" => crate::asyncio::runners::SPEC;
    BARRIER = "Barrier" in "asyncio.locks" => crate::asyncio::locks::BARRIER_SPEC;
    BROKEN_BARRIER_ERROR = "BrokenBarrierError" in "asyncio.exceptions": RUNTIME_ERROR;
    SENDFILE_NOT_AVAILABLE_ERROR = "SendfileNotAvailableError" in "asyncio.exceptions": RUNTIME_ERROR;
    HANDLE = "Handle" in "asyncio.events" => crate::asyncio::loop_object::HANDLE_SPEC;
    TIMER_HANDLE = "TimerHandle" in "asyncio.events": HANDLE => crate::asyncio::loop_object::TIMER_HANDLE_SPEC;
    LOCK = "Lock" in "asyncio.locks" => crate::asyncio::locks::LOCK_SPEC;
    EVENT = "Event" in "asyncio.locks" => crate::asyncio::locks::EVENT_SPEC;
    CONDITION = "Condition" in "asyncio.locks" => crate::asyncio::locks::CONDITION_SPEC;
    SEMAPHORE = "Semaphore" in "asyncio.locks" => crate::asyncio::locks::SEMAPHORE_SPEC;
    BOUNDED_SEMAPHORE = "BoundedSemaphore" in "asyncio.locks": SEMAPHORE => crate::asyncio::locks::BOUNDED_SEMAPHORE_SPEC;
    QUEUE = "Queue" in "asyncio.queues" => crate::asyncio::queues::SPEC;
    PRIORITY_QUEUE = "PriorityQueue" in "asyncio.queues": QUEUE;
    LIFO_QUEUE = "LifoQueue" in "asyncio.queues": QUEUE;
    QUEUE_EMPTY = "QueueEmpty" in "asyncio.queues": EXCEPTION;
    QUEUE_FULL = "QueueFull" in "asyncio.queues": EXCEPTION;
}

/// The exception classes a script can name as builtins (all of them:
/// `__subclasses__` of a builtin exception reads this list).
pub static BUILTIN_EXCEPTIONS: &[&TypeObject] = &[
    &BASE_EXCEPTION,
    &SYSTEM_EXIT,
    &KEYBOARD_INTERRUPT,
    &GENERATOR_EXIT,
    &EXCEPTION,
    &ARITHMETIC_ERROR,
    &ZERO_DIVISION_ERROR,
    &OVERFLOW_ERROR,
    &ASSERTION_ERROR,
    &ATTRIBUTE_ERROR,
    &LOOKUP_ERROR,
    &INDEX_ERROR,
    &KEY_ERROR,
    &NAME_ERROR,
    &UNBOUND_LOCAL_ERROR,
    &RUNTIME_ERROR,
    &RECURSION_ERROR,
    &NOT_IMPLEMENTED_ERROR,
    &STOP_ITERATION,
    &STOP_ASYNC_ITERATION,
    &TYPE_ERROR,
    &VALUE_ERROR,
    &UNICODE_ERROR,
    &UNICODE_ENCODE_ERROR,
    &UNICODE_DECODE_ERROR,
    &IMPORT_ERROR,
    &MODULE_NOT_FOUND_ERROR,
    &OS_ERROR,
    &TIMEOUT_ERROR,
    &FILE_NOT_FOUND_ERROR,
    &FILE_EXISTS_ERROR,
    &PERMISSION_ERROR,
    &IS_A_DIRECTORY_ERROR,
    &NOT_A_DIRECTORY_ERROR,
    &MEMORY_ERROR,
    &BUFFER_ERROR,
    &EOF_ERROR,
    &SYNTAX_ERROR,
    &BASE_EXCEPTION_GROUP,
    &EXCEPTION_GROUP,
    &BLOCKING_IO_ERROR,
    &CHILD_PROCESS_ERROR,
    &CONNECTION_ERROR,
    &BROKEN_PIPE_ERROR,
    &CONNECTION_ABORTED_ERROR,
    &CONNECTION_REFUSED_ERROR,
    &CONNECTION_RESET_ERROR,
    &INTERRUPTED_ERROR,
    &PROCESS_LOOKUP_ERROR,
    &FLOATING_POINT_ERROR,
    &REFERENCE_ERROR,
    &SYSTEM_ERROR,
    &UNICODE_TRANSLATE_ERROR,
    &INDENTATION_ERROR,
    &TAB_ERROR,
    &WARNING,
    &USER_WARNING,
    &DEPRECATION_WARNING,
    &PENDING_DEPRECATION_WARNING,
    &SYNTAX_WARNING,
    &RUNTIME_WARNING,
    &FUTURE_WARNING,
    &IMPORT_WARNING,
    &UNICODE_WARNING,
    &BYTES_WARNING,
    &RESOURCE_WARNING,
    &ENCODING_WARNING,
];
