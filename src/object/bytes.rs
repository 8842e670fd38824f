//! `bytes` and `bytearray`: construction, repr, operators and indexing,
//! with CPython's error messages (`Objects/bytesobject.c`,
//! `Objects/bytearrayobject.c`, `Objects/bytes_methods.c`).
//!
//! A `bytes` is an `Rc<[u8]>` and a `bytearray` an `Rc<RefCell<Vec<u8>>>`,
//! so either fits the `Value` enum as one pointer. The type tables are
//! here (`bytes`) and in `bytearray`; the methods they share are in
//! `bytes_methods`, the codecs in `codecs`.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use super::bytes_methods as m;
use super::codecs;
use super::function::Args;
use super::methods::{parse_args, Sig};
use super::slots::{self, plain};
use super::subscript::{slice_indices, SliceArgs};
use super::types::{Member, TypeSpec, BYTES};
use super::{types, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;
use crate::syntax::ast::BinOp;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "An immutable sequence of bytes (integers in range(0, 256)).\n\n\
          bytes() is empty; bytes(n) holds n zero bytes; bytes(iterable), \
          bytes(bytes_like) and bytes(text, encoding) copy their source.",
    members: &[
        SHARED_METHODS,
        slots::RICH_COMPARE,
        slots::HASHABLE,
        slots::SIZED_ITERABLE,
        &[
            Member::static_method(
                "maketrans",
                m::bytes_maketrans,
                "The 256-byte translation table mapping each byte of frm to the byte of to at the same place.",
            ),
            Member::method("__bytes__", dunder_bytes, "The bytes themselves, as a bytes object."),
            Member::method(
                "__getnewargs__",
                getnewargs,
                "The arguments that make an equal bytes object again (for pickling).",
            ),
            slot!("__str__" slots::str),
            slot!("__add__" m::concat_slot),
            slot!("__mul__" m::repeat_slot),
            slot!("__rmul__" m::repeat_slot),
            slot!("__mod__" m::mod_slot),
            slot!("__rmod__" m::rmod_slot),
            slot!("__getitem__" slots::getitem),
            slot!(new BYTES),
        ],
    ],
};

/// The methods `bytes` and `bytearray` both have.
pub const SHARED_METHODS: &[Member] = &[
    Member::method(
        "decode",
        m::decode,
        "The text the bytes encode, in the given encoding (UTF-8 by default).",
    ),
    Member::method(
        "hex",
        m::hex_of,
        "Two hexadecimal digits per byte, optionally grouped with a separator.",
    ),
    Member::class_method(
        "fromhex",
        m::fromhex_method,
        "The bytes that a string of hexadecimal digit pairs spells; spaces between pairs are allowed.",
    ),
    Member::method(
        "startswith",
        m::startswith,
        "Whether the bytes (within start and end) begin with the prefix, or one of a tuple of them.",
    ),
    Member::method(
        "endswith",
        m::endswith,
        "Whether the bytes (within start and end) end with the suffix, or one of a tuple of them.",
    ),
    Member::method(
        "find",
        m::find,
        "The lowest index of the subsequence within start and end, or -1.",
    ),
    Member::method(
        "rfind",
        m::rfind,
        "The highest index of the subsequence within start and end, or -1.",
    ),
    Member::method(
        "index",
        m::index,
        "As find, but ValueError when the subsequence is absent.",
    ),
    Member::method(
        "rindex",
        m::rindex,
        "As rfind, but ValueError when the subsequence is absent.",
    ),
    Member::method(
        "count",
        m::count,
        "How many non-overlapping times the subsequence occurs within start and end.",
    ),
    Member::method(
        "split",
        m::split,
        "The pieces between separators, from the left; runs of ASCII whitespace by default.",
    ),
    Member::method(
        "rsplit",
        m::rsplit,
        "The pieces between separators, from the right; runs of ASCII whitespace by default.",
    ),
    Member::method(
        "join",
        m::join,
        "The bytes-like items of an iterable, with these bytes between them.",
    ),
    Member::method(
        "strip",
        m::strip,
        "Without the given bytes (ASCII whitespace by default) at either end.",
    ),
    Member::method(
        "lstrip",
        m::lstrip,
        "Without the given bytes (ASCII whitespace by default) at the start.",
    ),
    Member::method(
        "rstrip",
        m::rstrip,
        "Without the given bytes (ASCII whitespace by default) at the end.",
    ),
    Member::method(
        "replace",
        m::replace_method,
        "Each occurrence of old replaced by new (only the first count, if given).",
    ),
    Member::method("upper", m::upper, "ASCII lowercase letters made uppercase."),
    Member::method("lower", m::lower, "ASCII uppercase letters made lowercase."),
    Member::method("swapcase", m::swapcase, "The case of ASCII letters swapped."),
    Member::method(
        "capitalize",
        m::capitalize,
        "The first byte uppercase and the other ASCII letters lowercase.",
    ),
    Member::method(
        "title",
        m::title_method,
        "Each run of ASCII letters starting uppercase, the rest lowercase.",
    ),
    Member::method(
        "isdigit",
        m::isdigit,
        "Whether there are bytes and all are ASCII digits.",
    ),
    Member::method(
        "isalpha",
        m::isalpha,
        "Whether there are bytes and all are ASCII letters.",
    ),
    Member::method(
        "isalnum",
        m::isalnum,
        "Whether there are bytes and all are ASCII letters or digits.",
    ),
    Member::method(
        "isspace",
        m::isspace,
        "Whether there are bytes and all are ASCII whitespace.",
    ),
    Member::method(
        "isupper",
        m::isupper,
        "Whether there is an uppercase ASCII letter and no lowercase one.",
    ),
    Member::method(
        "islower",
        m::islower,
        "Whether there is a lowercase ASCII letter and no uppercase one.",
    ),
    Member::method(
        "istitle",
        m::istitle,
        "Whether there are cased bytes and every run of letters starts uppercase, the rest lowercase.",
    ),
    Member::method(
        "isascii",
        m::isascii,
        "Whether every byte is below 0x80 (true when empty).",
    ),
    Member::method(
        "removeprefix",
        m::removeprefix,
        "Without the prefix, if the bytes start with it.",
    ),
    Member::method(
        "removesuffix",
        m::removesuffix,
        "Without the suffix, if the bytes end with it.",
    ),
    Member::method(
        "partition",
        m::partition,
        "The part before the first separator, the separator and the part after it.",
    ),
    Member::method(
        "rpartition",
        m::rpartition,
        "The part before the last separator, the separator and the part after it.",
    ),
    Member::method(
        "splitlines",
        m::splitlines_method,
        "The lines, split at \\n, \\r and \\r\\n; with their line ends if keepends.",
    ),
    Member::method(
        "center",
        m::center,
        "Centred in the given width, padded with the fill byte (a space by default).",
    ),
    Member::method(
        "ljust",
        m::ljust,
        "Left-aligned in the given width, padded with the fill byte (a space by default).",
    ),
    Member::method(
        "rjust",
        m::rjust,
        "Right-aligned in the given width, padded with the fill byte (a space by default).",
    ),
    Member::method(
        "zfill",
        m::zfill,
        "Padded on the left with ASCII zeros to the width, after any sign.",
    ),
    Member::method(
        "expandtabs",
        m::expandtabs,
        "Tabs replaced by spaces up to the next multiple of tabsize columns (8 by default).",
    ),
    Member::method(
        "translate",
        m::translate,
        "Each byte mapped through a 256-byte table (None keeps it), without the bytes in delete.",
    ),
];

/// `bytes.__bytes__`: the receiver's own bytes, as an exact `bytes`.
fn dunder_bytes(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    parse_args("bytes", "__bytes__", Sig::NoArgs, args)?;
    Ok(plain(receiver).clone())
}

/// `bytes.__getnewargs__`: `(bytes(self),)`.
fn getnewargs(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    parse_args("bytes", "__getnewargs__", Sig::NoArgs, args)?;
    Ok(Value::tuple(vec![plain(receiver).clone()]))
}

/// The contents of a `bytes` or `bytearray`, borrowed.
pub enum BytesRef<'a> {
    Bytes(&'a [u8]),
    Array(Ref<'a, Vec<u8>>),
}

impl std::ops::Deref for BytesRef<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BytesRef::Bytes(b) => b,
            BytesRef::Array(a) => a,
        }
    }
}

/// The bytes of a bytes-like value (`bytes`, `bytearray`); `None` otherwise.
pub fn bytes_ref(v: &Value) -> Option<BytesRef<'_>> {
    match v {
        Value::Bytes(b) => Some(BytesRef::Bytes(b)),
        Value::ByteArray(a) => Some(BytesRef::Array(a.borrow())),
        _ => None,
    }
}

pub fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_))
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::from(data))
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(RefCell::new(data)))
}

/// A new sequence of the same type as `like`.
pub(super) fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => new_bytearray(data),
        _ => new_bytes(data),
    }
}

/// The bytes of a value that exports a buffer: a bytes, a bytearray, a
/// memoryview (an error if the view is released) or an `array.array`;
/// `None` for the rest.
pub fn bytes_like(v: &Value) -> Option<PyResult<Vec<u8>>> {
    match bytes_ref(v) {
        Some(b) => Some(Ok(b.to_vec())),
        None => super::memoryview::view_bytes(v).or_else(|| match v {
            Value::Object(o) => o.buffer().map(Ok),
            _ => None,
        }),
    }
}

/// Refuses to change the length of a bytearray to `new_len` while a
/// memoryview of it is alive (`bytearray_resize`'s check of its exports);
/// keeping the length is always allowed.
pub fn check_resize(arr: &Rc<RefCell<Vec<u8>>>, new_len: usize) -> PyResult<()> {
    if new_len != arr.borrow().len() && super::memoryview::is_exported(arr) {
        return Err(PyErr::new(
            &types::BUFFER_ERROR,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// The bytes of an argument that must be bytes-like (`PyObject_GetBuffer`).
pub(super) fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => b,
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))),
    }
}

/// An int that must be a byte value; `what` is CPython's wording for the
/// context ("byte" for single items, "bytes" in the constructor).
pub(super) fn byte_value(v: &Value, what: &str) -> PyResult<u8> {
    let out_of_range = || PyErr::value_error(format!("{what} must be in range(0, 256)"));
    match v {
        Value::Int(i) => u8::try_from(*i).map_err(|_| out_of_range()),
        Value::Bool(b) => Ok(*b as u8),
        Value::BigInt(_) => Err(out_of_range()),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

// ---------------------------------------------------------------------------
// repr

pub use crate::text::literal::bytes_repr;

/// `repr(v)` for a bytes or bytearray value.
pub fn repr(v: &Value) -> String {
    match v {
        Value::ByteArray(a) => format!("bytearray({})", bytes_repr(&a.borrow())),
        Value::Bytes(b) => bytes_repr(b),
        _ => unreachable!("bytes::repr of a bytes value"),
    }
}

/// `hash(bytes)`: CPython's is randomised per process, like str's, but
/// ASCII bytes hash as the equal str (both hash the same buffer), so this
/// feeds the hasher what `str`'s `Hash` does (`set::hash_str`).
pub fn hash(data: &[u8]) -> i64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(data);
    h.write_u8(0xff);
    match h.finish() as i64 {
        -1 => -2,
        n => n,
    }
}

// ---------------------------------------------------------------------------
// Construction

/// `bytes(...)` / `bytearray(...)`: from nothing, a count, a str with an
/// encoding, a bytes-like object, or an iterable of ints
/// (`bytes_new_impl`, `bytearray___init___impl`).
pub fn construct(vm: &Vm, array: bool, args: Args) -> PyResult {
    let name = if array { "bytearray" } else { "bytes" };
    let mut a = parse_args(
        name,
        name,
        Sig::Keywords(&["source", "encoding", "errors"]),
        args,
    )?
    .into_iter();
    let (source, encoding, errors) = (a.next().flatten(), a.next().flatten(), a.next().flatten());
    let wrap = |data: Vec<u8>| {
        if array {
            new_bytearray(data)
        } else {
            new_bytes(data)
        }
    };
    let encoding = encoding
        .map(|e| str_arg(&e, &format!("{name}() argument 'encoding'")))
        .transpose()?;
    let errors = errors
        .map(|e| str_arg(&e, &format!("{name}() argument 'errors'")))
        .transpose()?;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(PyErr::type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(wrap(Vec::new()));
    };
    if let Value::Str(s) = &source {
        let Some(encoding) = encoding.as_deref() else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let errors = errors.as_deref().unwrap_or("strict");
        return Ok(wrap(codecs::encode(s, encoding, errors)?));
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if !array {
        if let Some(method) = vm.special_method(&source, "__bytes__") {
            let result = vm.call(&method, Args::default())?;
            return match result {
                Value::Bytes(_) => Ok(result),
                other => Err(PyErr::type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    other.type_name()
                ))),
            };
        }
    }
    if let Some(data) = bytes_like(&source) {
        return Ok(wrap(data?));
    }
    match &source {
        Value::Int(n) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            if *n > 1 << 32 {
                return Err(crate::object::alloc::memory_error());
            }
            Ok(wrap(vec![0; *n as usize]))
        }
        Value::Bool(b) => Ok(wrap(vec![0; *b as usize])),
        Value::BigInt(_) => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::List(_)
        | Value::Tuple(_)
        | Value::Range(_)
        | Value::Iterator(_)
        | Value::Generator(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Dict(_)
        | Value::Instance(_)
        | Value::Object(_) => {
            let items = vm.collect(&source).map_err(|e| {
                if is_iterable_error(&e) {
                    cannot_convert(&source, name)
                } else {
                    e
                }
            })?;
            let what = if array { "byte" } else { "bytes" };
            let data = items
                .iter()
                .map(|v| byte_value(v, what))
                .collect::<PyResult<Vec<u8>>>()?;
            Ok(wrap(data))
        }
        other => Err(cannot_convert(other, name)),
    }
}

pub(super) fn is_iterable_error(e: &PyErr) -> bool {
    e.is_instance(&types::TYPE_ERROR) && e.exc.message().ends_with("object is not iterable")
}

pub(super) fn cannot_convert(v: &Value, name: &str) -> Box<PyErr> {
    PyErr::type_error(format!(
        "cannot convert '{}' object to {name}",
        v.type_name()
    ))
}

/// A str argument: `decode() argument 'encoding' must be str, not int`.
pub(super) fn str_arg(v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            arg_type_name(other)
        ))),
    }
}

/// How `_PyArg_BadArgument` names an argument's type: None as "None".
pub fn arg_type_name(v: &Value) -> std::borrow::Cow<'static, str> {
    match v {
        Value::None => "None".into(),
        other => other.type_name(),
    }
}

/// An int argument Argument Clinic converts to a C integer of `c_type`.
pub(super) fn c_int_arg(v: &Value, c_type: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            format!("Python int too large to convert to C {c_type}"),
        )),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `str(b, encoding, errors)`: decodes a bytes-like object.
pub fn str_from_bytes(vm: &Vm, args: Args) -> PyResult {
    let mut a = parse_args(
        "str",
        "str",
        Sig::Keywords(&["object", "encoding", "errors"]),
        args,
    )?
    .into_iter();
    let (object, encoding, errors) = (a.next().flatten(), a.next().flatten(), a.next().flatten());
    let encoding = encoding
        .map(|e| str_arg(&e, "str() argument 'encoding'"))
        .transpose()?;
    let errors = errors
        .map(|e| str_arg(&e, "str() argument 'errors'"))
        .transpose()?;
    let object = object.unwrap_or_else(|| Value::str(""));
    if encoding.is_none() && errors.is_none() {
        return Ok(Value::str(&vm.str(&object)?));
    }
    if let Value::Str(_) = object {
        return Err(PyErr::type_error("decoding str is not supported"));
    }
    let Some(data) = bytes_ref(&object) else {
        return Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            object.type_name()
        )));
    };
    let text = codecs::decode(
        &data,
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(Value::str(&text))
}

/// `int(b'12')`, `float(b'1.5')`: the text a bytes-like spells, read as
/// Latin-1 so that a non-ASCII byte stays one (invalid) character.
pub fn numeric_text(v: &Value) -> Option<Value> {
    let data = bytes_ref(v)?;
    Some(Value::str(
        &data.iter().map(|&b| b as char).collect::<String>(),
    ))
}

/// The ValueError of parsing `numeric_text(v)`, naming `v` itself:
/// `invalid literal for int() with base 10: b'x'`.
pub fn literal_error(e: Box<PyErr>, v: &Value) -> Box<PyErr> {
    if !e.is_instance(&types::VALUE_ERROR) {
        return e;
    }
    let msg = e.exc.message();
    match msg.rfind(": ") {
        Some(i) => PyErr::value_error(format!("{}: {}", &msg[..i], repr(v))),
        None => e,
    }
}

// ---------------------------------------------------------------------------
// Operators

/// `a + b`, `a * n` where `a` (or `b` for `n * a`) is bytes-like; `None`
/// when neither operand is.
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    match op {
        BinOp::Add => {
            let x = bytes_ref(a)?;
            Some(match bytes_like(b) {
                Some(y) => y.map(|y| {
                    let mut data = Vec::with_capacity(x.len() + y.len());
                    data.extend_from_slice(&x);
                    data.extend_from_slice(&y);
                    same_kind(a, data)
                }),
                None => Err(PyErr::type_error(format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                ))),
            })
        }
        BinOp::Mult => {
            let (seq, n) = if is_bytes_like(a) {
                (a, b)
            } else if is_bytes_like(b) {
                // A sequence on the left repeats first, with the bytes as
                // its (bad) count: `'ab' * b'x'` blames bytes.
                if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                    return Some(Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        b.type_name()
                    ))));
                }
                (b, a)
            } else {
                return None;
            };
            let count = match n {
                Value::Int(i) => *i,
                Value::Bool(v) => *v as i64,
                Value::BigInt(_) => {
                    return Some(Err(PyErr::new(
                        &types::OVERFLOW_ERROR,
                        "cannot fit 'int' into an index-sized integer",
                    )))
                }
                other => {
                    return Some(Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.type_name()
                    ))))
                }
            };
            let data = bytes_ref(seq).expect("bytes-like");
            let count = count.max(0) as usize;
            if data.len().saturating_mul(count) > 1 << 32 {
                return Some(Err(crate::object::alloc::memory_error()));
            }
            Some(Ok(same_kind(seq, data.repeat(count))))
        }
        BinOp::Mod => {
            let template = bytes_ref(a)?.to_vec();
            Some(super::percent::bytes_percent_format(&template, b).map(|data| same_kind(a, data)))
        }
        _ => None,
    }
}

/// `a += b` on a bytearray extends it in place (`bytearray_iconcat`).
pub fn inplace_op(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    let Value::ByteArray(arr) = a else {
        return None;
    };
    match op {
        // CPython's `bytearray_iconcat` holds a buffer export of the
        // right operand while resizing, which refuses `ba += ba`.
        BinOp::Add if matches!(b, Value::ByteArray(o) if Rc::ptr_eq(o, arr)) => {
            Some(Err(PyErr::new(
                &types::BUFFER_ERROR,
                "Existing exports of data: object cannot be re-sized",
            )))
        }
        BinOp::Add => Some(match bytes_like(b) {
            Some(y) => y.and_then(|y| {
                let len = arr.borrow().len();
                check_resize(arr, len + y.len())?;
                arr.borrow_mut().extend_from_slice(&y);
                Ok(a.clone())
            }),
            None => Err(PyErr::type_error(format!(
                "can't concat {} to bytearray",
                b.type_name()
            ))),
        }),
        BinOp::Mult => {
            let result = binary_op(op, a, b)?;
            Some(result.and_then(|r| {
                if let Value::ByteArray(n) = r {
                    let data = std::mem::take(&mut *n.borrow_mut());
                    check_resize(arr, data.len())?;
                    *arr.borrow_mut() = data;
                }
                Ok(a.clone())
            }))
        }
        _ => None,
    }
}

/// `a == b` between two bytes-like values; `None` if either is not one.
pub fn eq(a: &Value, b: &Value) -> Option<bool> {
    let x = bytes_ref(a)?;
    let y = bytes_ref(b)?;
    Some(*x == *y)
}

/// The ordering of two bytes-like values, bytewise.
pub fn cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    let x = bytes_ref(a)?;
    let y = bytes_ref(b)?;
    Some(x.cmp(&y))
}

/// `item in b`: an int is looked for as a byte, a bytes-like as a
/// substring.
pub fn contains(container: &[u8], item: &Value) -> PyResult<bool> {
    match item {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let b = byte_value(item, "byte")?;
            Ok(container.contains(&b))
        }
        _ => {
            let sub = buffer(item)?;
            Ok(find_sub(container, &sub, 0).is_some())
        }
    }
}

pub(super) fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

pub(super) fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

// ---------------------------------------------------------------------------
// Indexing

fn index_of(v: &Value, index: &Value, len: usize) -> PyResult<usize> {
    let array = matches!(v, Value::ByteArray(_));
    let i = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "{} indices must be integers or slices, not {}",
                if array { "bytearray" } else { "byte" },
                other.type_name()
            )))
        }
    };
    let adjusted = if i < 0 { i + len as i64 } else { i };
    if adjusted < 0 || adjusted >= len as i64 {
        return Err(PyErr::index_error(if array {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(adjusted as usize)
}

/// `b[i]`: an int.
pub fn get_item(v: &Value, index: &Value) -> PyResult {
    let data = bytes_ref(v).expect("bytes-like");
    let i = index_of(v, index, data.len())?;
    Ok(Value::Int(data[i] as i64))
}

/// `b[a:b:c]`: a sequence of the same type.
pub fn get_slice(v: &Value, s: &SliceArgs) -> PyResult {
    let data = bytes_ref(v).expect("bytes-like");
    let (start, step, count) = slice_indices(data.len(), s)?;
    let picked: Vec<u8> = (0..count)
        .map(|k| data[(start + k as i64 * step) as usize])
        .collect();
    drop(data);
    Ok(same_kind(v, picked))
}

/// `ba[i] = x` on a bytearray.
pub fn set_item(
    arr: &Rc<RefCell<Vec<u8>>>,
    v: &Value,
    index: &Value,
    value: &Value,
) -> PyResult<()> {
    let len = arr.borrow().len();
    let i = index_of(v, index, len)?;
    let b = byte_value(value, "byte")?;
    arr.borrow_mut()[i] = b;
    Ok(())
}

/// `del ba[i]`.
pub fn del_item(arr: &Rc<RefCell<Vec<u8>>>, v: &Value, index: &Value) -> PyResult<()> {
    let len = arr.borrow().len();
    let i = index_of(v, index, len)?;
    check_resize(arr, len - 1)?;
    arr.borrow_mut().remove(i);
    Ok(())
}

/// `ba[a:b:c] = value` (`bytearray_ass_subscript`): numbers and str are
/// refused; anything else is read as `bytearray(value)` would be.
pub fn assign_slice(
    vm: &Vm,
    arr: &Rc<RefCell<Vec<u8>>>,
    s: &SliceArgs,
    value: &Value,
) -> PyResult<()> {
    if matches!(
        value,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Str(_)
    ) {
        return Err(PyErr::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    let data = match bytes_like(value) {
        // A copy first: `ba[:] = ba` reads the array it writes.
        Some(b) => b?,
        None => match construct(vm, true, Args::positional(vec![value.clone()]))? {
            Value::ByteArray(a) => std::mem::take(&mut *a.borrow_mut()),
            _ => unreachable!("bytearray() makes a bytearray"),
        },
    };
    set_slice(
        arr,
        s,
        data.into_iter().map(|b| Value::Int(b as i64)).collect(),
    )
}

/// `ba[a:b:c] = items`.
pub fn set_slice(arr: &Rc<RefCell<Vec<u8>>>, s: &SliceArgs, items: Vec<Value>) -> PyResult<()> {
    let data = items
        .iter()
        .map(|v| byte_value(v, "byte"))
        .collect::<PyResult<Vec<u8>>>()?;
    let len = arr.borrow().len();
    let (_, step, count) = slice_indices(len, s)?;
    if step == 1 {
        check_resize(arr, len - count + data.len())?;
    }
    super::subscript::assign_slice_in(&mut arr.borrow_mut(), s, data, "bytes")
}

/// `del ba[a:b:c]`.
pub fn del_slice(arr: &Rc<RefCell<Vec<u8>>>, s: &SliceArgs) -> PyResult<()> {
    let len = arr.borrow().len();
    let (_, _, count) = slice_indices(len, s)?;
    check_resize(arr, len - count)?;
    super::subscript::delete_slice_in(&mut arr.borrow_mut(), s)
}
