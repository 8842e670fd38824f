//! The methods of `bytes` and `bytearray` (`Objects/bytes_methods.c`,
//! `Objects/bytesobject.c`, `Objects/bytearrayobject.c`), with CPython's
//! argument order and error messages. Methods that build a new sequence
//! return the receiver's type.

use std::cell::RefCell;
use std::rc::Rc;

use super::bytes::{
    buffer, byte_value, bytes_ref, c_int_arg, find_sub, is_iterable_error, new_bytearray,
    new_bytes, rfind_sub, same_kind, str_arg,
};
use super::codecs;
use super::function::Args;
use super::methods::{parse_args, Sig};
use super::{types, PyErr, PyResult, Value};
use crate::interp::Vm;

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

/// `bytes.fromhex` and `bytearray.fromhex`, reached through the type
/// object.
pub fn type_attr(t: &'static types::TypeObject, name: &str) -> Option<Value> {
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
