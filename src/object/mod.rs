//! The object model: what a Python value is at run time.
//!
//! `Value` is a small enum: immediate for None, bool, small ints and floats,
//! a reference-counted pointer for everything else. Cloning a value is at most
//! a reference-count increment.

pub mod alloc;
pub mod base_exception;
pub mod builtin_function;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod codecs;
pub mod complex;
pub mod descriptor;
pub mod dict;
pub mod dict_methods;
pub mod dictview;
pub mod exception;
pub mod finalize;
pub mod float;
pub mod format;
pub mod function;
pub mod generic_alias;
pub mod int;
pub mod int_bytes;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod methods;
pub mod native;
pub mod numeric;
#[allow(clippy::module_inception)]
pub mod object;
pub mod ops;
pub mod percent;
pub mod range;
pub mod recursion;
pub mod repr;
pub mod set;
pub mod slice;
pub mod slots;
pub mod str;
pub mod subscript;
pub mod tuple;
pub mod types;
pub mod unicode_error;
pub use crate::text::unicode;
pub mod userhash;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use dict::{Dict, DictKey};
pub use exception::{PyErr, PyException, PyResult, TbEntry};
pub use function::{Args, Function, Globals, Module, NativeFn, NativeFunction};
pub use range::Range;
pub use types::TypeRef;

use crate::asyncio::{Future, Task};
use crate::interp::coroutine::Coroutine;

/// A Python value: 24 bytes, immediate for None, bools, small ints and
/// floats, a reference-counted pointer for everything else.
///
/// The tag is a whole word so that moving a value is three word copies: with
/// a one-byte tag the compiler copies the bytes after it piecewise, and
/// reading those right after the tag was written stalls store-to-load
/// forwarding on every value returned through memory.
#[derive(Clone, Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    Ellipsis,
    NotImplemented,
    Bool(bool),
    Int(i64),
    /// Only for values outside i64; arithmetic normalises back to `Int`.
    BigInt(Rc<BigInt>),
    Float(f64),
    /// `complex`: the real and imaginary parts.
    Complex(f64, f64),
    Str(Rc<str>),
    /// `bytes`: immutable, so shared.
    Bytes(Rc<[u8]>),
    /// `bytearray`: mutable in place, so one cell shared by every alias.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<[Value]>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<set::PySet>>),
    FrozenSet(Rc<set::PySet>),
    Range(Rc<Range>),
    Iterator(Rc<RefCell<Iter>>),
    Function(Rc<Function>),
    Native(Rc<NativeFunction>),
    /// A builtin method bound to its receiver, e.g. `[].append`.
    BoundMethod(Rc<BoundMethod>),
    Coroutine(Rc<Coroutine>),
    /// A generator: the same resumable frame as a coroutine, driven by
    /// iteration instead of the event loop.
    Generator(Rc<Coroutine>),
    Future(Rc<Future>),
    Task(Rc<Task>),
    Module(Rc<Module>),
    Type(TypeRef),
    Exception(Rc<PyException>),
    /// `sys.stdout` / `sys.stderr`.
    Stream(Stream),
    /// The storage of a variable shared between scopes (a closure cell);
    /// only ever found in frame slots and closures.
    Cell(Rc<RefCell<Option<Value>>>),
    Instance(Rc<class::Instance>),
    /// A function bound to its receiver (`obj.method`).
    Method(Rc<class::Method>),
    /// `property`, `staticmethod`, `classmethod` objects.
    Descriptor(Rc<class::Descriptor>),
    Super(Rc<class::Super>),
    /// An object of a type implemented in Rust by a library module.
    Object(Rc<dyn native::NativeObject>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// A method bound to its receiver: `[].append`, `dict.fromkeys`. A member
/// of a type table is called straight through `member`; the rest are
/// found again by name on the receiver when called.
pub struct BoundMethod {
    pub receiver: Value,
    pub name: Rc<str>,
    pub member: Option<&'static types::Member>,
}

impl BoundMethod {
    pub fn of_member(receiver: Value, member: &'static types::Member) -> Value {
        Value::BoundMethod(Rc::new(BoundMethod {
            receiver,
            name: Rc::from(member.name),
            member: Some(member),
        }))
    }
}

/// The state of a builtin iterator (`iter(list)`, `enumerate`, `zip`, ...).
pub enum Iter {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range iterator whose items or bounds leave `i64`.
    BigRange {
        next: BigInt,
        step: BigInt,
        left: BigInt,
    },
    Chars {
        s: Rc<str>,
        pos: usize,
    },
    Enumerate {
        inner: Rc<RefCell<Iter>>,
        /// The next count: an int of any size.
        count: Value,
    },
    /// `zip(*its, strict=...)`.
    Zip {
        inners: Vec<Rc<RefCell<Iter>>>,
        strict: bool,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// A generator being iterated.
    Generator(Rc<Coroutine>),
    /// `map(func, *iterables)`.
    Map {
        func: Value,
        inners: Vec<Rc<RefCell<Iter>>>,
    },
    /// `filter(func, iterable)`; a None `func` keeps the true items.
    Filter {
        func: Value,
        inner: Rc<RefCell<Iter>>,
    },
    /// An iterator written in Python (an object with `__next__`); the
    /// interpreter drives it (`Vm::next`).
    Python(Value),
    /// The old sequence protocol: `__getitem__` with 0, 1, 2, ... until
    /// IndexError.
    GetItem {
        seq: Value,
        index: usize,
    },
    /// A dict's keys, values or items (`part`), live, from insertion position `pos`; `used` is the
    /// size the dict had when iteration began, `last` the key it gave last
    /// and `given` how many it gave (see `iter::check_size`).
    DictKeys {
        dict: Rc<RefCell<Dict>>,
        pos: usize,
        used: usize,
        part: dictview::DictPart,
        last: Option<Value>,
        given: usize,
    },
    /// A set's live table, from position `pos`; `used` is the size the set
    /// had when iteration began (see `set::check_iter`).
    Set {
        set: Value,
        pos: usize,
        used: usize,
    },
    Exhausted,
}

impl Value {
    /// How many references share this value's object (1 for immediates
    /// and values not shared), for `sys.getrefcount`.
    pub fn ref_count(&self) -> usize {
        match self {
            Value::Str(s) => Rc::strong_count(s),
            Value::List(l) => Rc::strong_count(l),
            Value::Tuple(t) => Rc::strong_count(t),
            Value::Dict(d) => Rc::strong_count(d),
            Value::Instance(i) => Rc::strong_count(i),
            Value::Function(f) => Rc::strong_count(f),
            _ => 1,
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Python's `type(x).__name__`.
    pub fn type_name(&self) -> std::borrow::Cow<'static, str> {
        match self.type_of() {
            TypeRef::Builtin(t) => std::borrow::Cow::Borrowed(t.name),
            TypeRef::User(c) => std::borrow::Cow::Owned(c.name.to_string()),
        }
    }

    pub fn type_of(&self) -> TypeRef {
        use types::*;
        if let Value::Type(TypeRef::User(c)) = self {
            if let Some(meta) = &*c.meta.borrow() {
                return TypeRef::User(meta.clone());
            }
        }
        TypeRef::Builtin(match self {
            Value::None => &NONE_TYPE,
            Value::Ellipsis => &ELLIPSIS_TYPE,
            Value::NotImplemented => &NOT_IMPLEMENTED_TYPE,
            Value::Bool(_) => &BOOL,
            Value::Int(_) | Value::BigInt(_) => &INT,
            Value::Float(_) => &FLOAT,
            Value::Complex(..) => &COMPLEX,
            Value::Str(_) => &STR,
            Value::Bytes(_) => &BYTES,
            Value::ByteArray(_) => &BYTEARRAY,
            Value::List(_) => &LIST,
            Value::Tuple(_) => &TUPLE,
            Value::Dict(_) => &DICT,
            Value::Set(_) => &SET,
            Value::FrozenSet(_) => &FROZENSET,
            Value::Range(_) => &RANGE,
            Value::Iterator(it) => match &*it.borrow() {
                Iter::Enumerate { .. } => &ENUMERATE,
                Iter::Zip { .. } => &ZIP,
                // Only lists have their own reverse iterator type; the
                // rest use the generic `reversed` (Objects/enumobject.c).
                Iter::Reversed {
                    seq: Value::List(_),
                    ..
                } => &LIST_REVERSEITERATOR,
                Iter::Reversed { .. } => &REVERSED,
                Iter::Range { .. } => &RANGE_ITERATOR,
                Iter::BigRange { .. } => &LONGRANGE_ITERATOR,
                Iter::Chars { .. } => &STR_ITERATOR,
                Iter::Set { .. } => &SET_ITERATOR,
                Iter::DictKeys { part, .. } => match part {
                    dictview::DictPart::Keys => &DICT_KEYITERATOR,
                    dictview::DictPart::Values => &DICT_VALUEITERATOR,
                    dictview::DictPart::Items => &DICT_ITEMITERATOR,
                },
                Iter::Seq { seq, .. } => match seq {
                    Value::Tuple(_) => &TUPLE_ITERATOR,
                    Value::Bytes(_) => &BYTES_ITERATOR,
                    Value::ByteArray(_) => &BYTEARRAY_ITERATOR,
                    _ => &LIST_ITERATOR,
                },
                Iter::Exhausted | Iter::GetItem { .. } => &LIST_ITERATOR,
                Iter::Python(v) => return v.type_of(),
                Iter::Generator(_) => &GENERATOR,
                Iter::Map { .. } => &MAP,
                Iter::Filter { .. } => &FILTER,
            },
            Value::Function(_) => &FUNCTION,
            Value::Native(_) | Value::BoundMethod(_) => &BUILTIN_FUNCTION,
            Value::Coroutine(_) => &COROUTINE,
            Value::Generator(_) => &GENERATOR,
            Value::Future(_) => &FUTURE,
            Value::Task(_) => &TASK,
            Value::Module(_) => &MODULE,
            Value::Type(_) => &TYPE,
            Value::Exception(e) => return e.cls.clone(),
            Value::Instance(i) => return TypeRef::User(i.class.clone()),
            Value::Stream(_) => &TEXT_IO_WRAPPER,
            Value::Cell(_) => &CELL,
            Value::Method(_) => &METHOD,
            Value::Descriptor(d) => match **d {
                class::Descriptor::Property { .. } => &PROPERTY,
                class::Descriptor::StaticMethod(_) => &STATICMETHOD,
                class::Descriptor::ClassMethod(_) => &CLASSMETHOD,
            },
            Value::Super(_) => &SUPER,
            Value::Object(o) => return o.type_ref(),
        })
    }

    /// Python's truth value (`bool(x)`) for the types that need no call.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Complex(re, im) => *re != 0.0 || *im != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            _ => true,
        }
    }

    /// Identity, as Python's `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; treat equal ints as identical.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Complex(a, b), Value::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Value::ByteArray(a), Value::ByteArray(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => {
                Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty())
            }
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::FrozenSet(a), Value::FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Iterator(a), Value::Iterator(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => Rc::ptr_eq(a, b),
            (Value::BoundMethod(a), Value::BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Value::Coroutine(a), Value::Coroutine(b))
            | (Value::Generator(a), Value::Generator(b)) => Rc::ptr_eq(a, b),
            (Value::Future(a), Value::Future(b)) => Rc::ptr_eq(a, b),
            (Value::Task(a), Value::Task(b)) => Rc::ptr_eq(a, b),
            (Value::Module(a), Value::Module(b)) => Rc::ptr_eq(a, b),
            (Value::Type(a), Value::Type(b)) => a == b,
            (Value::Exception(a), Value::Exception(b)) => Rc::ptr_eq(a, b),
            (Value::Stream(a), Value::Stream(b)) => a == b,
            (Value::Cell(a), Value::Cell(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Method(a), Value::Method(b)) => Rc::ptr_eq(a, b),
            (Value::Descriptor(a), Value::Descriptor(b)) => Rc::ptr_eq(a, b),
            (Value::Super(a), Value::Super(b)) => Rc::ptr_eq(a, b),
            (Value::Object(a), Value::Object(b)) => std::ptr::addr_eq(Rc::as_ptr(a), Rc::as_ptr(b)),
            _ => false,
        }
    }

    /// A stable address for reprs like `<function f at 0x7f...>`.
    pub fn address(&self) -> usize {
        match self {
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Coroutine(r) | Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Future(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Task(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Exception(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => r.as_ptr() as usize,
            Value::Bytes(r) => r.as_ptr() as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Descriptor(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Object(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Type(TypeRef::User(c)) => Rc::as_ptr(c) as *const u8 as usize,
            Value::Type(TypeRef::Builtin(t)) => *t as *const types::TypeObject as usize,
            Value::Tuple(r) if r.is_empty() => &SINGLETONS[0] as *const u64 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::None => &SINGLETONS[1] as *const u64 as usize,
            Value::Bool(false) => &SINGLETONS[2] as *const u64 as usize,
            Value::Bool(true) => &SINGLETONS[3] as *const u64 as usize,
            Value::Ellipsis => &SINGLETONS[4] as *const u64 as usize,
            Value::NotImplemented => &SINGLETONS[5] as *const u64 as usize,
            Value::Stream(Stream::Stdout) => &SINGLETONS[6] as *const u64 as usize,
            Value::Stream(Stream::Stderr) => &SINGLETONS[7] as *const u64 as usize,
            // Unboxed numbers have no address; equal ones are identical
            // (`is`), so their id is made from their value. Heap addresses
            // are multiples of 8: ids ending in binary 01 (ints) or 11
            // (floats) cannot meet one.
            Value::Int(i) => (((*i as u64) << 2) as usize | 1) & ID_MASK,
            Value::Float(f) => {
                let bits = f.to_bits();
                ((bits.rotate_left(2) ^ (bits >> 40)) as usize | 3) & ID_MASK
            }
            Value::Complex(re, im) => {
                let bits = re.to_bits() ^ im.to_bits().rotate_left(31);
                ((bits.rotate_left(2) ^ (bits >> 40)) as usize | 3) & ID_MASK
            }
        }
    }
}

/// Distinct static addresses for the values that are singletons in CPython
/// (`()`, None, False, True, Ellipsis, NotImplemented, the std streams),
/// so that their `id()` is stable and unlike any other object's.
static SINGLETONS: [u64; 8] = [0; 8];

/// `id()` stays a non-negative int.
const ID_MASK: usize = (1 << 62) - 1;

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&repr::repr_plain(self))
    }
}

#[cfg(test)]
mod tests {
    /// Every value is moved and cloned all the time: its size is a
    /// performance budget (a pointer-sized payload plus the tag).
    #[test]
    fn value_stays_small() {
        use super::{PyResult, Value};
        use std::mem::size_of;
        assert!(size_of::<Value>() <= 24);
        // The word-sized tag leaves room for the niches that keep a frame
        // slot and a result as small as the value itself.
        assert_eq!(size_of::<Option<Value>>(), size_of::<Value>());
        assert_eq!(size_of::<PyResult>(), size_of::<Value>());
    }
}
