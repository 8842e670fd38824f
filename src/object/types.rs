//! Type objects. Builtin types are statics, so any code can name one (to raise
//! a `TypeError`, say) without a handle to the interpreter.

/// A builtin type: its name, the module that defines it (for reprs such as
/// `<class 'asyncio.exceptions.CancelledError'>`) and its single base.
#[derive(Debug)]
pub struct TypeObject {
    pub name: &'static str,
    pub module: &'static str,
    pub base: Option<&'static TypeObject>,
}

/// A reference to a type. User classes will join builtins here.
#[derive(Debug, Clone)]
pub enum TypeRef {
    Builtin(&'static TypeObject),
}

impl PartialEq for TypeRef {
    fn eq(&self, other: &TypeRef) -> bool {
        match (self, other) {
            (TypeRef::Builtin(a), TypeRef::Builtin(b)) => std::ptr::eq(*a, *b),
        }
    }
}

impl TypeRef {
    pub fn name(&self) -> &'static str {
        match self {
            TypeRef::Builtin(t) => t.name,
        }
    }

    /// The dotted name CPython prints in tracebacks: `ValueError`,
    /// `asyncio.exceptions.CancelledError`.
    pub fn qualified_name(&self) -> String {
        match self {
            TypeRef::Builtin(t) if t.module == "builtins" => t.name.to_string(),
            TypeRef::Builtin(t) => format!("{}.{}", t.module, t.name),
        }
    }

    pub fn base(&self) -> Option<TypeRef> {
        match self {
            TypeRef::Builtin(t) => t.base.map(TypeRef::Builtin),
        }
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass(&self, other: &TypeRef) -> bool {
        let mut t = Some(self.clone());
        while let Some(cur) = t {
            if &cur == other {
                return true;
            }
            t = cur.base();
        }
        false
    }

    pub fn is(&self, t: &'static TypeObject) -> bool {
        self.is_subclass(&TypeRef::Builtin(t))
    }
}

macro_rules! types {
    ($($id:ident = $name:literal $(in $module:literal)? $(: $base:ident)?;)*) => {
        $(
            pub static $id: TypeObject = TypeObject {
                name: $name,
                module: types!(@module $($module)?),
                base: types!(@base $($base)?),
            };
        )*
    };
    (@module) => { "builtins" };
    (@module $m:literal) => { $m };
    (@base) => { Some(&OBJECT) };
    (@base $b:ident) => { Some(&$b) };
}

pub static OBJECT: TypeObject = TypeObject {
    name: "object",
    module: "builtins",
    base: None,
};

types! {
    TYPE = "type";
    NONE_TYPE = "NoneType";
    ELLIPSIS_TYPE = "ellipsis";
    INT = "int";
    BOOL = "bool": INT;
    FLOAT = "float";
    STR = "str";
    LIST = "list";
    TUPLE = "tuple";
    DICT = "dict";
    RANGE = "range";
    RANGE_ITERATOR = "range_iterator";
    LIST_ITERATOR = "list_iterator";
    TUPLE_ITERATOR = "tuple_iterator";
    STR_ITERATOR = "str_ascii_iterator";
    ENUMERATE = "enumerate";
    ZIP = "zip";
    REVERSED = "list_reverseiterator";
    FUNCTION = "function";
    BUILTIN_FUNCTION = "builtin_function_or_method";
    COROUTINE = "coroutine";
    MODULE = "module";
    TEXT_IO_WRAPPER = "TextIOWrapper" in "_io";
    FUTURE = "Future" in "_asyncio";
    TASK = "Task" in "_asyncio": FUTURE;

    BASE_EXCEPTION = "BaseException";
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
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
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    OS_ERROR = "OSError": EXCEPTION;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    CANCELLED_ERROR = "CancelledError" in "asyncio.exceptions": BASE_EXCEPTION;
    INVALID_STATE_ERROR = "InvalidStateError" in "asyncio.exceptions": EXCEPTION;
}

/// The exception classes a script can name as builtins.
pub static BUILTIN_EXCEPTIONS: &[&TypeObject] = &[
    &BASE_EXCEPTION,
    &SYSTEM_EXIT,
    &KEYBOARD_INTERRUPT,
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
    &TYPE_ERROR,
    &VALUE_ERROR,
    &IMPORT_ERROR,
    &MODULE_NOT_FOUND_ERROR,
    &OS_ERROR,
    &TIMEOUT_ERROR,
    &MEMORY_ERROR,
];
