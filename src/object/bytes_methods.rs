//! The methods `bytes` and `bytearray` share (`Objects/bytes_methods.c`,
//! `Objects/bytesobject.c`, `Objects/bytearrayobject.c`), one function per
//! method, with CPython's argument order and error messages. The tables
//! that name them are in `bytes` and `bytearray`. Methods that build a new
//! sequence return the receiver's type.

use super::bytes::{
    buffer, byte_value, bytes_ref, c_int_arg, find_sub, is_iterable_error, new_bytearray,
    new_bytes, rfind_sub, same_kind, str_arg,
};
use super::codecs;
use super::function::Args;
use super::methods::{parse_args, Sig};
use super::types::{self, TypeRef};
use super::{PyErr, PyResult, Value};
use crate::interp::Vm;

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
        other => super::bytes::bytes_like(other).unwrap_or_else(|| {
            Err(PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                other.type_name()
            )))
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
            // The remainder is kept whole, trailing whitespace included.
            out.push(data[i..].to_vec());
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
            .map(|i| super::bytes::bytes_like(i).unwrap_or_else(|| Err(bad(i))))
            .collect(),
        other => Ok(vec![
            super::bytes::bytes_like(other).unwrap_or_else(|| Err(bad(other)))?
        ]),
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

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: a class method, so a
/// subclass gets an instance of itself (`bytes_fromhex_impl` calls the
/// class with the result).
pub fn fromhex_method(vm: &Vm, cls: &TypeRef, args: Args) -> PyResult {
    let base = cls.builtin_base();
    let array = std::ptr::eq(base, &types::BYTEARRAY);
    let mut a = parse_args(base.name, "fromhex", Sig::One, args)?.into_iter();
    let arg = a.next().flatten().expect("required");
    let Value::Str(s) = &arg else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            arg.type_name()
        )));
    };
    let data = fromhex(s.as_ref())?;
    let value = if array {
        new_bytearray(data)
    } else {
        new_bytes(data)
    };
    match cls {
        TypeRef::Builtin(_) => Ok(value),
        TypeRef::User(_) => vm.call(&Value::Type(cls.clone()), Args::positional(vec![value])),
    }
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

/// The bytes a method works on: a snapshot, so a method never sees its
/// own receiver change under it.
fn data_of(receiver: &Value) -> Vec<u8> {
    bytes_ref(receiver).expect("bytes-like").to_vec()
}

/// The name errors give the receiver's type: `bytes` or `bytearray`.
fn type_name(receiver: &Value) -> String {
    receiver.type_name().to_string()
}

fn list_of(receiver: &Value, parts: Vec<Vec<u8>>) -> Value {
    Value::list(parts.into_iter().map(|d| same_kind(receiver, d)).collect())
}

pub fn decode(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(
        &tname,
        "decode",
        Sig::Keywords(&["encoding", "errors"]),
        args,
    )?
    .into_iter();
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

/// `hex(sep=, bytes_per_sep=)` of the bytes `data`, for bytes, bytearray
/// and memoryview.
pub fn hex_method(type_name: &str, data: &[u8], args: Args) -> PyResult {
    let mut a = parse_args(
        type_name,
        "hex",
        Sig::Keywords(&["sep", "bytes_per_sep"]),
        args,
    )?
    .into_iter();
    let (sep, per) = (a.next().flatten(), a.next().flatten());
    Ok(Value::str(&hex(data, sep, per)?))
}

pub fn hex_of(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    hex_method(&type_name(receiver), &data_of(receiver), args)
}

/// `startswith` and `endswith`.
fn affix_test(receiver: &Value, name: &str, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, name, Sig::Tuple(1, 3), args)?.into_iter();
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

pub fn startswith(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    affix_test(receiver, "startswith", args)
}

pub fn endswith(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    affix_test(receiver, "endswith", args)
}

/// `find`, `rfind`, `index`, `rindex` and `count`: the same arguments
/// (`stringlib_parse_args_finds`), told apart by `name`.
fn search(receiver: &Value, name: &str, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, name, Sig::Tuple(1, 3), args)?.into_iter();
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

pub fn find(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    search(receiver, "find", args)
}

pub fn rfind(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    search(receiver, "rfind", args)
}

pub fn index(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    search(receiver, "index", args)
}

pub fn rindex(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    search(receiver, "rindex", args)
}

pub fn count(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    search(receiver, "count", args)
}

/// `split` and `rsplit`.
fn split_by(receiver: &Value, name: &str, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, name, Sig::Keywords(&["sep", "maxsplit"]), args)?.into_iter();
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
    Ok(list_of(receiver, parts))
}

pub fn split(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    split_by(receiver, "split", args)
}

pub fn rsplit(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    split_by(receiver, "rsplit", args)
}

pub fn join(vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, "join", Sig::One, args)?.into_iter();
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
        match super::bytes::bytes_like(item) {
            Some(Ok(b)) => out.extend_from_slice(&b),
            // A released view exports nothing.
            _ => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    item.type_name()
                )))
            }
        }
    }
    Ok(same_kind(receiver, out))
}

/// `strip`, `lstrip` and `rstrip`: which ends to strip.
fn strip_ends(receiver: &Value, name: &str, left: bool, right: bool, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, name, Sig::Range(0, 1), args)?.into_iter();
    let chars = strip_set(a.next().flatten())?;
    let strip = |c: &u8| match &chars {
        None => is_space(*c),
        Some(set) => set.contains(c),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip(&data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&data[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_kind(receiver, data[s..e].to_vec()))
}

pub fn strip(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    strip_ends(receiver, "strip", true, true, args)
}

pub fn lstrip(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    strip_ends(receiver, "lstrip", true, false, args)
}

pub fn rstrip(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    strip_ends(receiver, "rstrip", false, true, args)
}

pub fn replace_method(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, "replace", Sig::Range(2, 3), args)?.into_iter();
    let old = buffer(&a.next().flatten().expect("required"))?;
    let new = buffer(&a.next().flatten().expect("required"))?;
    let count = maxsplit_arg(a.next().flatten())?;
    Ok(same_kind(receiver, replace(&data, &old, &new, count)))
}

/// `removeprefix` and `removesuffix`.
fn remove_affix(receiver: &Value, name: &str, prefix: bool, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, name, Sig::One, args)?.into_iter();
    let affix = buffer(&a.next().flatten().expect("required"))?;
    let out = if prefix {
        data.strip_prefix(&affix[..]).unwrap_or(&data)
    } else {
        data.strip_suffix(&affix[..]).unwrap_or(&data)
    };
    Ok(same_kind(receiver, out.to_vec()))
}

pub fn removeprefix(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    remove_affix(receiver, "removeprefix", true, args)
}

pub fn removesuffix(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    remove_affix(receiver, "removesuffix", false, args)
}

/// `partition` and `rpartition`.
fn partition_at(receiver: &Value, name: &str, from_left: bool, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, name, Sig::One, args)?.into_iter();
    let sep = buffer(&a.next().flatten().expect("required"))?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if from_left {
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
        None if from_left => (data.clone(), Vec::new(), Vec::new()),
        None => (Vec::new(), Vec::new(), data.clone()),
    };
    let wrap = |d: Vec<u8>| same_kind(receiver, d);
    Ok(Value::tuple(vec![wrap(x), wrap(y), wrap(z)]))
}

pub fn partition(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    partition_at(receiver, "partition", true, args)
}

pub fn rpartition(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    partition_at(receiver, "rpartition", false, args)
}

pub fn splitlines_method(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, "splitlines", Sig::Keywords(&["keepends"]), args)?.into_iter();
    let keepends = match a.next().flatten() {
        None => false,
        Some(v) => c_int_arg(&v, "int")? != 0,
    };
    Ok(list_of(receiver, splitlines(&data, keepends)))
}

/// Where the data goes in the padded result of `center`, `ljust` and
/// `rjust`, given the padding and the width.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad(receiver: &Value, name: &str, align: Align, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, name, Sig::Range(1, 2), args)?.into_iter();
    let width = super::ops::index_arg(&a.next().flatten().expect("required"))?;
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
        return Ok(same_kind(receiver, data));
    }
    let pad = width - n;
    // `pad()` in Objects/stringlib/transmogrify.h: centring leans left
    // only when both the padding and the width are odd.
    let left = match align {
        Align::Left => 0,
        Align::Right => pad,
        Align::Center => pad / 2 + (pad & width & 1),
    };
    let mut out = Vec::new();
    super::alloc::reserve(&mut out, width as usize)?;
    out.resize(left as usize, fill);
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(same_kind(receiver, out))
}

pub fn center(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    pad(receiver, "center", Align::Center, args)
}

pub fn ljust(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    pad(receiver, "ljust", Align::Left, args)
}

pub fn rjust(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    pad(receiver, "rjust", Align::Right, args)
}

pub fn zfill(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, "zfill", Sig::One, args)?.into_iter();
    let width = super::ops::index_arg(&a.next().flatten().expect("required"))?;
    let n = data.len() as i64;
    if width <= n {
        return Ok(same_kind(receiver, data));
    }
    let sign = matches!(data.first(), Some(b'+' | b'-')) as usize;
    let mut out = Vec::new();
    super::alloc::reserve(&mut out, width as usize)?;
    out.extend_from_slice(&data[..sign]);
    out.resize(sign + (width - n) as usize, b'0');
    out.extend_from_slice(&data[sign..]);
    Ok(same_kind(receiver, out))
}

/// A method without arguments that maps the data to new data.
fn transform(receiver: &Value, name: &str, args: Args, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    parse_args(&type_name(receiver), name, Sig::NoArgs, args)?;
    Ok(same_kind(receiver, f(&data_of(receiver))))
}

pub fn upper(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    transform(receiver, "upper", args, |d| d.to_ascii_uppercase())
}

pub fn lower(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    transform(receiver, "lower", args, |d| d.to_ascii_lowercase())
}

pub fn swapcase(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    transform(receiver, "swapcase", args, |d| {
        d.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

pub fn capitalize(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    transform(receiver, "capitalize", args, |d| {
        let mut out = d.to_ascii_lowercase();
        if let Some(first) = out.first_mut() {
            *first = first.to_ascii_uppercase();
        }
        out
    })
}

pub fn title_method(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    transform(receiver, "title", args, title)
}

/// A method without arguments that tests the data.
fn test(receiver: &Value, name: &str, args: Args, f: fn(&[u8]) -> bool) -> PyResult {
    parse_args(&type_name(receiver), name, Sig::NoArgs, args)?;
    Ok(Value::Bool(f(&data_of(receiver))))
}

/// Whether the data is non-empty and every byte passes `f`.
fn all_of(data: &[u8], f: fn(&u8) -> bool) -> bool {
    !data.is_empty() && data.iter().all(f)
}

pub fn isdigit(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "isdigit", args, |d| all_of(d, u8::is_ascii_digit))
}

pub fn isalpha(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "isalpha", args, |d| {
        all_of(d, u8::is_ascii_alphabetic)
    })
}

pub fn isalnum(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "isalnum", args, |d| {
        all_of(d, u8::is_ascii_alphanumeric)
    })
}

pub fn isspace(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "isspace", args, |d| all_of(d, |c| is_space(*c)))
}

pub fn isascii(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "isascii", args, |d| d.is_ascii())
}

pub fn isupper(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "isupper", args, |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

pub fn islower(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "islower", args, |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

/// `istitle`: an uppercase letter only after an uncased byte, a lowercase
/// one only after a cased byte, and at least one cased byte.
pub fn istitle(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    test(receiver, "istitle", args, |d| {
        let (mut cased, mut after_cased) = (false, false);
        for c in d {
            if c.is_ascii_uppercase() {
                if after_cased {
                    return false;
                }
                (cased, after_cased) = (true, true);
            } else if c.is_ascii_lowercase() {
                if !after_cased {
                    return false;
                }
                (cased, after_cased) = (true, true);
            } else {
                after_cased = false;
            }
        }
        cased
    })
}

/// `expandtabs(tabsize=8)`: each tab becomes the spaces up to the next
/// multiple of `tabsize` columns; a newline or carriage return starts the
/// count again. A tab size of zero or less removes the tabs.
pub fn expandtabs(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let tname = type_name(receiver);
    let data = data_of(receiver);
    let mut a = parse_args(&tname, "expandtabs", Sig::Keywords(&["tabsize"]), args)?.into_iter();
    let tabsize = match a.next().flatten() {
        None => 8,
        Some(v) => c_int_arg(&v, "int")?,
    };
    if tabsize > i32::MAX as i64 || tabsize < i32::MIN as i64 {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "Python int too large to convert to C int",
        ));
    }
    // The length first, so that a huge result is a MemoryError.
    let mut total: i64 = 0;
    let mut column: i64 = 0;
    for &c in &data {
        match c {
            b'\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                total = total.saturating_add(spaces);
                column += spaces;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                total += 1;
                column = 0;
            }
            _ => {
                total += 1;
                column += 1;
            }
        }
    }
    let mut out = Vec::new();
    super::alloc::reserve(&mut out, usize::try_from(total).unwrap_or(usize::MAX))?;
    let mut column: i64 = 0;
    for &c in &data {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.resize(out.len() + spaces as usize, b' ');
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(same_kind(receiver, out))
}

/// `translate(table, /, delete=b'')`: drops the bytes in `delete`, then
/// maps each byte through the 256-byte `table` (None keeps them).
pub fn translate(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let data = data_of(receiver);
    let Args {
        positional,
        keywords,
    } = args;
    let given = positional.len() + keywords.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "translate() takes at most 2 arguments ({given} given)"
        )));
    }
    if positional.is_empty() {
        return Err(PyErr::type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let mut positional = positional.into_iter();
    let table = positional.next().expect("checked");
    let mut delete = positional.next();
    for (key, value) in keywords {
        if &*key != "delete" {
            return Err(PyErr::type_error(format!(
                "'{key}' is an invalid keyword argument for translate()"
            )));
        }
        delete = Some(value);
    }
    let table = match table {
        Value::None => None,
        t => {
            let t = buffer(&t)?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = delete.map(|d| buffer(&d)).transpose()?.unwrap_or_default();
    let out = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(receiver, out))
}

/// `bytes.maketrans(frm, to)` / `bytearray.maketrans`: the 256-byte table
/// that maps each byte of `frm` to the byte of `to` at the same place.
pub fn maketrans(type_name: &str, args: Args) -> PyResult {
    let mut a = parse_args(type_name, "maketrans", Sig::Range(2, 2), args)?
        .into_iter()
        .flatten();
    let frm = buffer(&a.next().expect("two arguments"))?;
    let to = buffer(&a.next().expect("two arguments"))?;
    if frm.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

pub fn bytes_maketrans(_vm: &Vm, args: Args) -> PyResult {
    maketrans("bytes", args)
}

pub fn bytearray_maketrans(_vm: &Vm, args: Args) -> PyResult {
    maketrans("bytearray", args)
}

/// `b % values` (`bytes_mod`): formats whatever the right operand is.
pub fn mod_slot(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let values = super::slots::one_arg(args)?;
    let template = super::slots::plain(obj);
    super::bytes::binary_op(crate::syntax::ast::BinOp::Mod, template, &values)
        .unwrap_or_else(|| Ok(Value::NotImplemented))
}

/// `template % b` where `b` is the receiver: only a bytes-like template
/// formats it.
pub fn rmod_slot(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let template = super::slots::one_arg(args)?;
    let template = super::slots::plain(&template);
    if bytes_ref(template).is_none() {
        return Ok(Value::NotImplemented);
    }
    let values = super::slots::plain(obj);
    super::bytes::binary_op(crate::syntax::ast::BinOp::Mod, template, values)
        .unwrap_or_else(|| Ok(Value::NotImplemented))
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

/// `b.__add__(x)` (`bytes_concat`): a sequence concatenation, so a
/// non-buffer operand is a TypeError rather than NotImplemented.
pub fn concat_slot(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let other = super::slots::one_arg(args)?;
    let (a, b) = (super::slots::plain(obj), super::slots::plain(&other));
    super::bytes::binary_op(crate::syntax::ast::BinOp::Add, a, b)
        .unwrap_or_else(|| Ok(Value::NotImplemented))
}

/// The count of a sequence repetition (`sq_repeat` takes any `__index__`).
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Value> {
    match vm.number_index(n)? {
        Value::BigInt(_) => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        )),
        count => Ok(count),
    }
}

/// `b.__mul__(n)` and `b.__rmul__(n)`: the same repetition.
pub fn repeat_slot(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let count = repeat_count(vm, &super::slots::one_arg(args)?)?;
    super::bytes::binary_op(
        crate::syntax::ast::BinOp::Mult,
        super::slots::plain(obj),
        &count,
    )
    .unwrap_or_else(|| Ok(Value::NotImplemented))
}

/// `ba.__imul__(n)`: repeats the array in place and answers it.
pub fn irepeat_slot(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let count = repeat_count(vm, &super::slots::one_arg(args)?)?;
    let target = super::slots::plain(obj);
    super::bytes::inplace_op(crate::syntax::ast::BinOp::Mult, target, &count)
        .unwrap_or_else(|| Ok(Value::NotImplemented))?;
    Ok(obj.clone())
}
