//! `bytes` and `bytearray`: construction, repr, operators, indexing and
//! their methods, with CPython's error messages (`Objects/bytesobject.c`,
//! `Objects/bytearrayobject.c`, `Objects/bytes_methods.c`).
//!
//! A `bytes` is an `Rc<[u8]>` and a `bytearray` an `Rc<RefCell<Vec<u8>>>`,
//! so either fits the `Value` enum as one pointer. Methods that build a new
//! sequence return the receiver's type (`bytearray.upper()` is a bytearray).

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use super::codecs;
use super::function::Args;
use super::methods::{parse_args, Sig};
use super::subscript::{slice_indices, SliceArgs};
use super::{types, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::BinOp;

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
fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => new_bytearray(data),
        _ => new_bytes(data),
    }
}

/// The bytes of an argument that must be bytes-like (`PyObject_GetBuffer`).
fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    match bytes_ref(v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))),
    }
}

/// An int that must be a byte value; `what` is CPython's wording for the
/// context ("byte" for single items, "bytes" in the constructor).
fn byte_value(v: &Value, what: &str) -> PyResult<u8> {
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

/// `repr(bytes)`: single quotes unless the data has a single quote and no
/// double quote; printable ASCII as is, `\t\n\r` and `\\` escaped, the rest
/// as `\xNN` (`PyBytes_Repr`).
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

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
    if let Some(data) = bytes_ref(&source) {
        return Ok(wrap(data.to_vec()));
    }
    match &source {
        Value::Int(n) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            if *n > 1 << 32 {
                return Err(PyErr::new(&types::MEMORY_ERROR, ""));
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

fn is_iterable_error(e: &PyErr) -> bool {
    e.is_instance(&types::TYPE_ERROR) && e.exc.message().ends_with("object is not iterable")
}

fn cannot_convert(v: &Value, name: &str) -> Box<PyErr> {
    PyErr::type_error(format!(
        "cannot convert '{}' object to {name}",
        v.type_name()
    ))
}

/// A str argument: `decode() argument 'encoding' must be str, not int`.
fn str_arg(v: &Value, what: &str) -> PyResult<String> {
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
fn c_int_arg(v: &Value, c_type: &str) -> PyResult<i64> {
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
            Some(match bytes_ref(b) {
                Some(y) => {
                    let mut data = Vec::with_capacity(x.len() + y.len());
                    data.extend_from_slice(&x);
                    data.extend_from_slice(&y);
                    Ok(same_kind(a, data))
                }
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
                return Some(Err(PyErr::new(&types::MEMORY_ERROR, "")));
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
        BinOp::Add => Some(match bytes_ref(b).map(|y| y.to_vec()) {
            Some(y) => {
                arr.borrow_mut().extend_from_slice(&y);
                Ok(a.clone())
            }
            None => Err(PyErr::type_error(format!(
                "can't concat {} to bytearray",
                b.type_name()
            ))),
        }),
        BinOp::Mult => {
            let result = binary_op(op, a, b)?;
            Some(result.map(|r| {
                if let Value::ByteArray(n) = r {
                    let data = std::mem::take(&mut *n.borrow_mut());
                    *arr.borrow_mut() = data;
                }
                a.clone()
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

fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
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
    let data = match bytes_ref(value) {
        // A copy first: `ba[:] = ba` reads the array it writes.
        Some(b) => b.to_vec(),
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
    let mut arr = arr.borrow_mut();
    let (start, step, count) = slice_indices(arr.len(), s)?;
    if step == 1 {
        let start = start as usize;
        arr.splice(start..start + count, data);
        return Ok(());
    }
    if data.len() != count {
        return Err(PyErr::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            count
        )));
    }
    for (k, b) in data.into_iter().enumerate() {
        arr[(start + k as i64 * step) as usize] = b;
    }
    Ok(())
}

/// `del ba[a:b:c]`.
pub fn del_slice(arr: &Rc<RefCell<Vec<u8>>>, s: &SliceArgs) -> PyResult<()> {
    let mut arr = arr.borrow_mut();
    let (start, step, count) = slice_indices(arr.len(), s)?;
    let mut doomed: Vec<usize> = (0..count)
        .map(|k| (start + k as i64 * step) as usize)
        .collect();
    doomed.sort_unstable();
    for i in doomed.into_iter().rev() {
        arr.remove(i);
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Methods

pub const BYTES_METHODS: &[&str] = &[
    "decode",
    "hex",
    "fromhex",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "split",
    "rsplit",
    "join",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "upper",
    "lower",
    "swapcase",
    "capitalize",
    "title",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isascii",
    "removeprefix",
    "removesuffix",
    "partition",
    "rpartition",
    "splitlines",
    "center",
    "ljust",
    "rjust",
    "zfill",
];

pub const BYTEARRAY_METHODS: &[&str] = &[
    "decode",
    "hex",
    "fromhex",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "split",
    "rsplit",
    "join",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "upper",
    "lower",
    "swapcase",
    "capitalize",
    "title",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isascii",
    "removeprefix",
    "removesuffix",
    "partition",
    "rpartition",
    "splitlines",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "append",
    "extend",
    "pop",
    "clear",
    "copy",
    "insert",
    "remove",
    "reverse",
];

/// ASCII whitespace as `Py_ISSPACE` sees it.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Start/end arguments of `find` and friends, clamped as slice bounds
/// (`ADJUST_INDICES`).
fn bounds(len: usize, start: Option<Value>, end: Option<Value>) -> PyResult<(usize, usize)> {
    let get = |v: Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(i)) => Ok(i),
            Some(Value::Bool(b)) => Ok(b as i64),
            Some(Value::BigInt(b)) => Ok(if num_traits::Signed::is_negative(&*b) {
                i64::MIN
            } else {
                i64::MAX
            }),
            Some(_) => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let n = len as i64;
    // `ADJUST_INDICES`: the end is clamped to the length, the start is not,
    // so a start past the end finds nothing (callers test `s > e`).
    let s = get(start, 0)?;
    let s = if s < 0 { (s + n).max(0) } else { s };
    let e = get(end, n)?;
    let e = if e < 0 { (e + n).max(0) } else { e.min(n) };
    Ok((s as usize, e as usize))
}

/// The needle of `find`/`count`/`index`: bytes-like or a byte value.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(vec![byte_value(v, "byte")?]),
        other => bytes_ref(other).map(|b| b.to_vec()).ok_or_else(|| {
            PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                other.type_name()
            ))
        }),
    }
}

fn strip_set(v: Option<Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => buffer(&v).map(Some),
    }
}

fn split_whitespace(data: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = data.len();
    let mut splits = 0;
    while i < n {
        while i < n && is_space(data[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            let mut end = n;
            while end > i && is_space(data[end - 1]) {
                end -= 1;
            }
            out.push(data[i..end].to_vec());
            return out;
        }
        let start = i;
        while i < n && !is_space(data[i]) {
            i += 1;
        }
        out.push(data[start..i].to_vec());
        splits += 1;
    }
    out
}

fn split_on(data: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut splits = 0;
    while maxsplit < 0 || splits < maxsplit {
        match find_sub(data, sep, start) {
            Some(i) => {
                out.push(data[start..i].to_vec());
                start = i + sep.len();
                splits += 1;
            }
            None => break,
        }
    }
    out.push(data[start..].to_vec());
    out
}

fn rsplit_on(data: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<Vec<u8>> {
    // Split the reversed data, then reverse back: same result as CPython's
    // right-to-left scan.
    let rev: Vec<u8> = data.iter().rev().copied().collect();
    let mut parts = match sep {
        None => split_whitespace(&rev, maxsplit),
        Some(sep) => {
            let rsep: Vec<u8> = sep.iter().rev().copied().collect();
            split_on(&rev, &rsep, maxsplit)
        }
    };
    for p in parts.iter_mut() {
        p.reverse();
    }
    parts.reverse();
    parts
}

fn maxsplit_arg(v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(Value::Int(i)) => Ok(i),
        Some(Value::Bool(b)) => Ok(b as i64),
        Some(other) => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn affix_arg(v: &Value, name: &str) -> PyResult<Vec<Vec<u8>>> {
    let bad = |t: &Value| {
        PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            t.type_name()
        ))
    };
    match v {
        Value::Tuple(items) => items
            .iter()
            .map(|i| bytes_ref(i).map(|b| b.to_vec()).ok_or_else(|| bad(i)))
            .collect(),
        other => Ok(vec![bytes_ref(other).ok_or_else(|| bad(other))?.to_vec()]),
    }
}

fn hex(data: &[u8], sep: Option<Value>, per: Option<Value>) -> PyResult<String> {
    let digits = |b: &u8| format!("{b:02x}");
    // Argument Clinic converts `bytes_per_sep` before `_Py_strhex_impl`
    // looks at `sep` (Python/pystrhex.c).
    let per = match per {
        None => 1,
        Some(v) => c_int_arg(&v, "int")?,
    };
    let Some(sep) = sep else {
        return Ok(data.iter().map(digits).collect());
    };
    let len = match &sep {
        Value::Str(s) => s.chars().count(),
        Value::Tuple(t) => t.len(),
        Value::List(l) => l.borrow().len(),
        Value::Dict(d) => d.borrow().len(),
        other => match bytes_ref(other) {
            Some(b) => b.len(),
            None => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    other.type_name()
                )))
            }
        },
    };
    if len != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    let sep = match &sep {
        Value::Str(s) => s.to_string(),
        Value::Bytes(b) => (b[0] as char).to_string(),
        _ => return Err(PyErr::type_error("sep must be str or bytes.")),
    };
    if !sep.is_ascii() {
        return Err(PyErr::value_error("sep must be ASCII."));
    }
    if per == 0 || data.is_empty() {
        return Ok(data.iter().map(digits).collect());
    }
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    let mut out = String::new();
    for (i, b) in data.iter().enumerate() {
        // Positive counts group from the right, negative from the left.
        let boundary = if per > 0 {
            i > 0 && (n - i).is_multiple_of(group)
        } else {
            i > 0 && i.is_multiple_of(group)
        };
        if boundary {
            out.push_str(&sep);
        }
        out.push_str(&digits(b));
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, spaces allowed between pairs.
pub fn fromhex(s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |pos: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex` / `bytearray.fromhex` called on the type.
pub fn fromhex_call(array: bool, args: Args) -> PyResult {
    let mut a = parse_args(
        if array { "bytearray" } else { "bytes" },
        "fromhex",
        Sig::One,
        args,
    )?
    .into_iter();
    let arg = a.next().flatten().expect("required");
    let Value::Str(s) = &arg else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            arg.type_name()
        )));
    };
    let data = fromhex(s.as_ref())?;
    Ok(if array {
        new_bytearray(data)
    } else {
        new_bytes(data)
    })
}

fn title(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn predicate(data: &[u8], name: &str) -> bool {
    let all = |f: fn(&u8) -> bool| !data.is_empty() && data.iter().all(f);
    match name {
        "isdigit" => all(u8::is_ascii_digit),
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isspace" => all(|c| is_space(*c)),
        "isascii" => data.is_ascii(),
        "isupper" => {
            data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase)
        }
        _ => data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase),
    }
}

fn splitlines(data: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keepends { i + eol } else { i };
        out.push(data[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < data.len() {
        out.push(data[start..].to_vec());
    }
    out
}

/// `receiver.name(*args)` for bytes and bytearray.
pub fn call_method(vm: &Vm, receiver: &Value, name: &str, args: Args) -> PyResult {
    let tname = receiver.type_name();
    let tname: &str = &tname;
    if let Value::ByteArray(arr) = receiver {
        if ARRAY_ONLY.contains(&name) {
            return array_method(arr, name, args);
        }
    }
    // A snapshot: a method never sees its own receiver change under it.
    let data: Vec<u8> = bytes_ref(receiver).expect("bytes-like").to_vec();
    let wrap = |d: Vec<u8>| same_kind(receiver, d);
    let list = |parts: Vec<Vec<u8>>| Value::list(parts.into_iter().map(wrap).collect());
    match name {
        "decode" => {
            let mut a =
                parse_args(tname, name, Sig::Keywords(&["encoding", "errors"]), args)?.into_iter();
            let encoding = a
                .next()
                .flatten()
                .map(|e| str_arg(&e, "decode() argument 'encoding'"))
                .transpose()?;
            let errors = a
                .next()
                .flatten()
                .map(|e| str_arg(&e, "decode() argument 'errors'"))
                .transpose()?;
            let text = codecs::decode(
                &data,
                encoding.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?;
            Ok(Value::str(&text))
        }
        "hex" => {
            let mut a = parse_args(tname, name, Sig::Keywords(&["sep", "bytes_per_sep"]), args)?
                .into_iter();
            let (sep, per) = (a.next().flatten(), a.next().flatten());
            Ok(Value::str(&hex(&data, sep, per)?))
        }
        "fromhex" => fromhex_call(matches!(receiver, Value::ByteArray(_)), args),
        "startswith" | "endswith" => {
            let mut a = parse_args(tname, name, Sig::Tuple(1, 3), args)?.into_iter();
            let affix = a.next().flatten().expect("required");
            let (s, e) = bounds(data.len(), a.next().flatten(), a.next().flatten())?;
            let affixes = affix_arg(&affix, name)?;
            let window: &[u8] = if s <= e { &data[s..e] } else { &[] };
            let hit = affixes.iter().any(|p| {
                if s > e {
                    return false;
                }
                if name == "startswith" {
                    window.starts_with(p)
                } else {
                    window.ends_with(p)
                }
            });
            Ok(Value::Bool(hit))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let mut a = parse_args(tname, name, Sig::Tuple(1, 3), args)?.into_iter();
            let sub = a.next().flatten().expect("required");
            // `stringlib_parse_args_finds` reads start and end first.
            let (s, e) = bounds(data.len(), a.next().flatten(), a.next().flatten())?;
            let sub = needle(&sub)?;
            if name == "count" {
                if s > e {
                    return Ok(Value::Int(0));
                }
                let window = &data[s..e];
                if sub.is_empty() {
                    return Ok(Value::Int(window.len() as i64 + 1));
                }
                let mut n = 0;
                let mut from = 0;
                while let Some(i) = find_sub(window, &sub, from) {
                    n += 1;
                    from = i + sub.len();
                }
                return Ok(Value::Int(n));
            }
            let found = if s > e {
                None
            } else if name.starts_with('r') {
                rfind_sub(&data[s..e], &sub).map(|i| i + s)
            } else {
                find_sub(&data[s..e], &sub, 0).map(|i| i + s)
            };
            match found {
                Some(i) => Ok(Value::Int(i as i64)),
                None if name.contains("index") => Err(PyErr::value_error("subsection not found")),
                None => Ok(Value::Int(-1)),
            }
        }
        "split" | "rsplit" => {
            let mut a =
                parse_args(tname, name, Sig::Keywords(&["sep", "maxsplit"]), args)?.into_iter();
            let sep = a.next().flatten();
            // Argument Clinic converts `maxsplit` before the body reads `sep`.
            let maxsplit = match a.next().flatten() {
                None => -1,
                Some(v) => c_int_arg(&v, "ssize_t")?,
            };
            let sep = strip_set(sep)?;
            if sep.as_ref().is_some_and(|s| s.is_empty()) {
                return Err(PyErr::value_error("empty separator"));
            }
            let parts = match (name, &sep) {
                ("split", None) => split_whitespace(&data, maxsplit),
                ("split", Some(sep)) => split_on(&data, sep, maxsplit),
                (_, sep) => rsplit_on(&data, sep.as_deref(), maxsplit),
            };
            Ok(list(parts))
        }
        "join" => {
            let mut a = parse_args(tname, name, Sig::One, args)?.into_iter();
            let items = vm
                .collect(&a.next().flatten().expect("required"))
                .map_err(|e| {
                    if is_iterable_error(&e) {
                        PyErr::type_error("can only join an iterable")
                    } else {
                        e
                    }
                })?;
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&data);
                }
                match bytes_ref(item) {
                    Some(b) => out.extend_from_slice(&b),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            item.type_name()
                        )))
                    }
                }
            }
            Ok(wrap(out))
        }
        "strip" | "lstrip" | "rstrip" => {
            let mut a = parse_args(tname, name, Sig::Range(0, 1), args)?.into_iter();
            let chars = strip_set(a.next().flatten())?;
            let strip = |c: &u8| match &chars {
                None => is_space(*c),
                Some(set) => set.contains(c),
            };
            let mut s = 0;
            let mut e = data.len();
            if name != "rstrip" {
                while s < e && strip(&data[s]) {
                    s += 1;
                }
            }
            if name != "lstrip" {
                while e > s && strip(&data[e - 1]) {
                    e -= 1;
                }
            }
            Ok(wrap(data[s..e].to_vec()))
        }
        "replace" => {
            let mut a = parse_args(tname, name, Sig::Range(2, 3), args)?.into_iter();
            let old = buffer(&a.next().flatten().expect("required"))?;
            let new = buffer(&a.next().flatten().expect("required"))?;
            let count = maxsplit_arg(a.next().flatten())?;
            Ok(wrap(replace(&data, &old, &new, count)))
        }
        "removeprefix" | "removesuffix" => {
            let mut a = parse_args(tname, name, Sig::One, args)?.into_iter();
            let affix = buffer(&a.next().flatten().expect("required"))?;
            let out = if name == "removeprefix" {
                data.strip_prefix(&affix[..]).unwrap_or(&data)
            } else {
                data.strip_suffix(&affix[..]).unwrap_or(&data)
            };
            Ok(wrap(out.to_vec()))
        }
        "partition" | "rpartition" => {
            let mut a = parse_args(tname, name, Sig::One, args)?.into_iter();
            let sep = buffer(&a.next().flatten().expect("required"))?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let found = if name == "partition" {
                find_sub(&data, &sep, 0)
            } else {
                rfind_sub(&data, &sep)
            };
            let (x, y, z) = match found {
                Some(i) => (
                    data[..i].to_vec(),
                    sep.clone(),
                    data[i + sep.len()..].to_vec(),
                ),
                None if name == "partition" => (data.clone(), Vec::new(), Vec::new()),
                None => (Vec::new(), Vec::new(), data.clone()),
            };
            Ok(Value::tuple(vec![wrap(x), wrap(y), wrap(z)]))
        }
        "splitlines" => {
            let mut a = parse_args(tname, name, Sig::Keywords(&["keepends"]), args)?.into_iter();
            let keepends = match a.next().flatten() {
                None => false,
                Some(v) => c_int_arg(&v, "int")? != 0,
            };
            Ok(list(splitlines(&data, keepends)))
        }
        "center" | "ljust" | "rjust" => {
            let mut a = parse_args(tname, name, Sig::Range(1, 2), args)?.into_iter();
            let width = crate::builtins::index_arg(&a.next().flatten().expect("required"))?;
            let fill = match a.next().flatten() {
                None => b' ',
                Some(v) => match bytes_ref(&v).as_deref() {
                    Some([c]) => *c,
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "{name}() argument 2 must be a byte string of length 1, not {}",
                            v.type_name()
                        )))
                    }
                },
            };
            let n = data.len() as i64;
            if width <= n {
                return Ok(wrap(data));
            }
            let pad = width - n;
            // `pad()` in Objects/stringlib/transmogrify.h: centring leans left
            // only when both the padding and the width are odd.
            let left = match name {
                "ljust" => 0,
                "rjust" => pad,
                _ => pad / 2 + (pad & width & 1),
            };
            let mut out = vec![fill; left as usize];
            out.extend_from_slice(&data);
            out.resize(width as usize, fill);
            Ok(wrap(out))
        }
        "zfill" => {
            let mut a = parse_args(tname, name, Sig::One, args)?.into_iter();
            let width = crate::builtins::index_arg(&a.next().flatten().expect("required"))?;
            let n = data.len() as i64;
            if width <= n {
                return Ok(wrap(data));
            }
            let sign = matches!(data.first(), Some(b'+' | b'-')) as usize;
            let mut out = data[..sign].to_vec();
            out.resize(sign + (width - n) as usize, b'0');
            out.extend_from_slice(&data[sign..]);
            Ok(wrap(out))
        }
        "upper" | "lower" | "swapcase" | "capitalize" | "title" => {
            parse_args(tname, name, Sig::NoArgs, args)?;
            let out = match name {
                "upper" => data.to_ascii_uppercase(),
                "lower" => data.to_ascii_lowercase(),
                "swapcase" => data
                    .iter()
                    .map(|c| {
                        if c.is_ascii_uppercase() {
                            c.to_ascii_lowercase()
                        } else {
                            c.to_ascii_uppercase()
                        }
                    })
                    .collect(),
                "capitalize" => {
                    let mut out = data.to_ascii_lowercase();
                    if let Some(first) = out.first_mut() {
                        *first = first.to_ascii_uppercase();
                    }
                    out
                }
                _ => title(&data),
            };
            Ok(wrap(out))
        }
        _ => {
            parse_args(tname, name, Sig::NoArgs, args)?;
            Ok(Value::Bool(predicate(&data, name)))
        }
    }
}

fn replace(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut done = 0;
    if old.is_empty() {
        for (i, &c) in data.iter().enumerate() {
            if count < 0 || done < count {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
            if i + 1 == data.len() && (count < 0 || done < count) {
                out.extend_from_slice(new);
            }
        }
        if data.is_empty() && count != 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut start = 0;
    while count < 0 || done < count {
        match find_sub(data, old, start) {
            Some(i) => {
                out.extend_from_slice(&data[start..i]);
                out.extend_from_slice(new);
                start = i + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[start..]);
    out
}

const ARRAY_ONLY: &[&str] = &[
    "append", "extend", "pop", "clear", "copy", "reverse", "insert", "remove",
];

/// The methods only a bytearray has (`ARRAY_ONLY`).
fn array_method(arr: &Rc<RefCell<Vec<u8>>>, name: &str, args: Args) -> PyResult {
    let t = "bytearray";
    {
        match name {
            "append" => {
                let mut a = parse_args(t, name, Sig::One, args)?.into_iter();
                let b = byte_value(&a.next().flatten().expect("required"), "byte")?;
                arr.borrow_mut().push(b);
                Ok(Value::None)
            }
            "extend" => {
                let mut a = parse_args(t, name, Sig::One, args)?.into_iter();
                let src = a.next().flatten().expect("required");
                let data = match bytes_ref(&src) {
                    Some(b) => b.to_vec(),
                    None => {
                        let items = super::iter::collect(&src).map_err(|e| {
                            if is_iterable_error(&e) {
                                PyErr::type_error(format!(
                                    "can't extend bytearray with {}",
                                    src.type_name()
                                ))
                            } else {
                                e
                            }
                        })?;
                        items
                            .iter()
                            .map(|v| byte_value(v, "byte"))
                            .collect::<PyResult<Vec<u8>>>()?
                    }
                };
                arr.borrow_mut().extend(data);
                Ok(Value::None)
            }
            "pop" => {
                let mut a = parse_args(t, name, Sig::Range(0, 1), args)?.into_iter();
                let len = arr.borrow().len();
                if len == 0 {
                    return Err(PyErr::index_error("pop from empty bytearray"));
                }
                let i = match a.next().flatten() {
                    None => -1,
                    Some(v) => crate::builtins::index_arg(&v)?,
                };
                let adjusted = if i < 0 { i + len as i64 } else { i };
                if adjusted < 0 || adjusted >= len as i64 {
                    return Err(PyErr::index_error("pop index out of range"));
                }
                Ok(Value::Int(arr.borrow_mut().remove(adjusted as usize) as i64))
            }
            "clear" => {
                parse_args(t, name, Sig::NoArgs, args)?;
                arr.borrow_mut().clear();
                Ok(Value::None)
            }
            "copy" => {
                parse_args(t, name, Sig::NoArgs, args)?;
                Ok(new_bytearray(arr.borrow().clone()))
            }
            "reverse" => {
                parse_args(t, name, Sig::NoArgs, args)?;
                arr.borrow_mut().reverse();
                Ok(Value::None)
            }
            "insert" => {
                let mut a = parse_args(t, name, Sig::Range(2, 2), args)?.into_iter();
                let i = crate::builtins::index_arg(&a.next().flatten().expect("required"))?;
                let b = byte_value(&a.next().flatten().expect("required"), "byte")?;
                let mut arr = arr.borrow_mut();
                let n = arr.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                arr.insert(at as usize, b);
                Ok(Value::None)
            }
            "remove" => {
                let mut a = parse_args(t, name, Sig::One, args)?.into_iter();
                let b = byte_value(&a.next().flatten().expect("required"), "byte")?;
                let mut arr = arr.borrow_mut();
                match arr.iter().position(|&c| c == b) {
                    Some(i) => {
                        arr.remove(i);
                        Ok(Value::None)
                    }
                    None => Err(PyErr::value_error("value not found in bytearray")),
                }
            }
            _ => unreachable!("ARRAY_ONLY lists the names handled here"),
        }
    }
}

/// `bytes.fromhex`, `bytearray.fromhex` and `int.from_bytes`, reached
/// through the type object.
pub fn type_attr(t: &'static types::TypeObject, name: &str) -> Option<Value> {
    if std::ptr::eq(t, &types::INT) && name == "from_bytes" {
        return Some(Value::Native(Rc::new(super::NativeFunction {
            name: "from_bytes",
            module: None,
            func: from_bytes,
        })));
    }
    let array = std::ptr::eq(t, &types::BYTEARRAY);
    if !(array || std::ptr::eq(t, &types::BYTES)) || name != "fromhex" {
        return None;
    }
    Some(Value::Native(Rc::new(super::NativeFunction {
        name: "fromhex",
        module: None,
        func: if array {
            |_vm, args| fromhex_call(true, args)
        } else {
            |_vm, args| fromhex_call(false, args)
        },
    })))
}

// ---------------------------------------------------------------------------
// int <-> bytes

pub const INT_METHODS: &[&str] = &["to_bytes", "bit_length"];

/// Splits `args` into at most `max_positional` positional arguments and the
/// named ones of `names` (`length`, `byteorder`, then keyword-only ones), as
/// Argument Clinic does for `int.to_bytes`/`int.from_bytes`.
fn clinic_args(
    name: &str,
    args: Args,
    names: &[&str],
    max_positional: usize,
) -> PyResult<Vec<Option<Value>>> {
    let Args {
        positional,
        keywords,
    } = args;
    if positional.len() > max_positional {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {max_positional} positional argument{} ({} given)",
            if max_positional == 1 { "" } else { "s" },
            positional.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    let n = positional.len();
    for (i, v) in positional.into_iter().enumerate() {
        out[i] = Some(v);
    }
    for (key, v) in keywords {
        match names.iter().position(|p| **p == *key) {
            Some(i) if i < n => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

/// `byteorder`: "big" or "little"; true for little-endian.
fn little_endian(name: &str, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match &*s {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(PyErr::type_error(format!(
            "{name}() argument 'byteorder' must be str, not {}",
            other.type_name()
        ))),
    }
}

fn as_bigint(v: &Value) -> num_bigint::BigInt {
    match v {
        Value::Int(i) => (*i).into(),
        Value::Bool(b) => (*b as i64).into(),
        Value::BigInt(b) => (**b).clone(),
        _ => unreachable!("an int receiver"),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)` and
/// `n.bit_length()` (`Objects/longobject.c`).
pub fn int_method(v: &Value, name: &str, args: Args) -> PyResult {
    use num_traits::Signed;
    let n = as_bigint(v);
    if name == "bit_length" {
        parse_args("int", name, Sig::NoArgs, args)?;
        return Ok(Value::Int(n.bits() as i64));
    }
    let mut a = clinic_args(name, args, &["length", "byteorder", "signed"], 2)?.into_iter();
    let length = match a.next().flatten() {
        None => 1,
        Some(l) => crate::builtins::index_arg(&l)?,
    };
    let little = little_endian(name, a.next().flatten())?;
    let signed = a.next().flatten().is_some_and(|s| s.truthy());
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    if n.is_negative() && !signed {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "can't convert negative int to unsigned",
        ));
    }
    let too_big = || PyErr::new(&types::OVERFLOW_ERROR, "int too big to convert");
    let length = length as usize;
    let mut data = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    // The minimal encodings above give 0 one byte; it fits in none.
    if data.iter().all(|&b| b == 0) {
        data.clear();
    }
    if data.len() > length {
        return Err(too_big());
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - data.len()];
    out.extend_from_slice(&data);
    if little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &Vm, args: Args) -> PyResult {
    let mut a = clinic_args("from_bytes", args, &["bytes", "byteorder", "signed"], 2)?.into_iter();
    let Some(source) = a.next().flatten() else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let little = little_endian("from_bytes", a.next().flatten())?;
    let signed = a.next().flatten().is_some_and(|s| s.truthy());
    // `PyObject_Bytes`: an int or a str is not taken as a count or text.
    if matches!(
        source,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_)
    ) {
        return Err(cannot_convert(&source, "bytes"));
    }
    let mut data = match bytes_ref(&source) {
        Some(b) => b.to_vec(),
        None => match construct(vm, false, Args::positional(vec![source.clone()]))? {
            Value::Bytes(b) => b.to_vec(),
            _ => unreachable!("bytes() makes bytes"),
        },
    };
    if little {
        data.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_be(&data)
    } else {
        num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    Ok(Value::from_bigint(n))
}
