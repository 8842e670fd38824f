//! Methods of the builtin containers: `str`, `list`, `tuple`, `dict`.
//!
//! `call_method` dispatches on the receiver's type; each method family checks
//! its arguments with `parse_args`, which reproduces CPython's wording for the
//! calling convention the method has there (METH_NOARGS, METH_O, Argument
//! Clinic, `PyArg_ParseTuple`, keywords). The text algorithms on `str` are
//! pure functions on `&str`, indexed by code point as Python's are.

use std::rc::Rc;

use super::dict::DictKey;
use super::format::format_value;
use super::function::Args;
use super::repr::{repr_plain, str_plain};
use super::{subscript, types, PyErr, PyResult, Value};
use crate::interp::Vm;

const STR_METHODS: &[&str] = &[
    "join",
    "split",
    "rsplit",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "upper",
    "lower",
    "title",
    "capitalize",
    "swapcase",
    "casefold",
    "zfill",
    "ljust",
    "rjust",
    "center",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isnumeric",
    "isdecimal",
    "isidentifier",
    "splitlines",
    "partition",
    "rpartition",
    "format",
    "encode",
    "expandtabs",
    "removeprefix",
    "removesuffix",
];
const LIST_METHODS: &[&str] = &[
    "append", "extend", "insert", "remove", "pop", "index", "count", "reverse", "sort", "copy",
    "clear",
];
const TUPLE_METHODS: &[&str] = &["index", "count"];
const DICT_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "copy",
    "clear",
    "fromkeys",
];

const SET_METHODS: &[&str] = &[
    "add",
    "remove",
    "discard",
    "pop",
    "clear",
    "copy",
    "update",
    "union",
    "intersection",
    "intersection_update",
    "difference",
    "difference_update",
    "symmetric_difference",
    "symmetric_difference_update",
    "issubset",
    "issuperset",
    "isdisjoint",
];
const FROZENSET_METHODS: &[&str] = &[
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
];

const INT_METHODS: &[&str] = &[
    "bit_length",
    "bit_count",
    "conjugate",
    "as_integer_ratio",
    "to_bytes",
];
const FLOAT_METHODS: &[&str] = &["is_integer", "as_integer_ratio", "hex", "conjugate"];

fn methods_of(receiver: &Value) -> &'static [&'static str] {
    match receiver {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => INT_METHODS,
        Value::Float(_) => FLOAT_METHODS,
        Value::Set(_) => SET_METHODS,
        Value::FrozenSet(_) => FROZENSET_METHODS,
        Value::Str(_) => STR_METHODS,
        Value::List(_) => LIST_METHODS,
        Value::Tuple(_) => TUPLE_METHODS,
        Value::Dict(_) => DICT_METHODS,
        _ => &[],
    }
}

/// The named methods of a builtin type (`list.append`), for the
/// descriptors of subclasses of builtin types.
pub fn type_method_names(t: &types::TypeObject) -> &'static [&'static str] {
    match t.name {
        "int" => INT_METHODS,
        "float" => FLOAT_METHODS,
        "set" => SET_METHODS,
        "frozenset" => FROZENSET_METHODS,
        "str" => STR_METHODS,
        "list" => LIST_METHODS,
        "tuple" => TUPLE_METHODS,
        "dict" => DICT_METHODS,
        _ => &[],
    }
}

/// An empty value of builtin type `t`, whose methods are `t`'s; `None` for
/// types without a method table.
pub fn sample_of(t: &'static super::types::TypeObject) -> Option<Value> {
    use super::types;
    let is = |o: &'static types::TypeObject| std::ptr::eq(t, o);
    Some(if is(&types::STR) {
        Value::str("")
    } else if is(&types::LIST) {
        Value::list(Vec::new())
    } else if is(&types::TUPLE) {
        Value::tuple(Vec::new())
    } else if is(&types::DICT) {
        Value::Dict(Default::default())
    } else if is(&types::SET) {
        Value::Set(Default::default())
    } else if is(&types::FROZENSET) {
        Value::FrozenSet(Default::default())
    } else if is(&types::INT) {
        Value::Int(0)
    } else if is(&types::FLOAT) {
        Value::Float(0.0)
    } else {
        // `bool` has `int`'s methods.
        return t.base.and_then(sample_of);
    })
}

/// Methods that belong to the type, not its instances (`dict.fromkeys`):
/// reached through the type, they need no receiver.
pub fn is_type_level(name: &str) -> bool {
    matches!(name, "fromkeys" | "maketrans" | "from_bytes")
}

/// The method names of a builtin value (for `dir()`).
pub fn method_names(receiver: &Value) -> &'static [&'static str] {
    methods_of(receiver)
}

pub fn has_method(receiver: &Value, name: &str) -> bool {
    methods_of(receiver).contains(&name)
}

/// `receiver.name(*args)`; `None` if the type has no such method.
pub fn call_method(vm: &Vm, receiver: &Value, name: &str, args: Args) -> Option<PyResult> {
    if !has_method(receiver, name) {
        return None;
    }
    Some(match receiver {
        Value::Str(s) => str_method(vm, s, name, args),
        Value::Tuple(t) => tuple_method(vm, t, name, args),
        Value::Dict(_) => dict_method(vm, receiver, name, args),
        Value::Set(_) | Value::FrozenSet(_) => set_method(vm, receiver, name, args),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if name == "to_bytes" => {
            super::int_bytes::to_bytes(receiver, args)
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int_method(receiver, name, args),
        Value::Float(f) => float_method(*f, name, args),
        _ => unreachable!("has_method accepted only the types above"),
    })
}

// ---------------------------------------------------------------------------
// Argument checking

/// A method's calling convention in CPython, which decides its error wording.
#[derive(Clone, Copy)]
pub(crate) enum Sig {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional-only: `pop expected at most 1 argument, got 2`.
    Range(usize, usize),
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
    /// Positional-or-keyword parameters: `split() takes at most 2 arguments (3 given)`.
    Keywords(&'static [&'static str]),
    /// Keyword-only parameters: `sort() takes no positional arguments`.
    KeywordOnly(&'static [&'static str]),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks `args` against `sig` and returns the arguments by position
/// (keywords moved to their parameter's slot, missing ones `None`).
pub(crate) fn parse_args(
    type_name: &str,
    name: &str,
    sig: Sig,
    args: Args,
) -> PyResult<Vec<Option<Value>>> {
    let Args {
        positional,
        keywords,
    } = args;
    let n = positional.len();
    let names = match sig {
        Sig::Keywords(names) | Sig::KeywordOnly(names) => names,
        _ => {
            if !keywords.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{type_name}.{name}() takes no keyword arguments"
                )));
            }
            let (min, max) = match sig {
                Sig::NoArgs => (0, 0),
                Sig::One => (1, 1),
                Sig::Range(min, max) | Sig::Tuple(min, max) => (min, max),
                Sig::Keywords(_) | Sig::KeywordOnly(_) => unreachable!(),
            };
            if n < min || n > max {
                return Err(PyErr::type_error(arity_message(type_name, name, sig, n)));
            }
            let mut out: Vec<Option<Value>> = positional.into_iter().map(Some).collect();
            out.resize(max, None);
            return Ok(out);
        }
    };
    if matches!(sig, Sig::KeywordOnly(_)) && n > 0 {
        return Err(PyErr::type_error(format!(
            "{name}() takes no positional arguments"
        )));
    }
    let total = n + keywords.len();
    if total > names.len() {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {} argument{} ({total} given)",
            names.len(),
            plural(names.len())
        )));
    }
    let mut out: Vec<Option<Value>> = positional.into_iter().map(Some).collect();
    out.resize(names.len(), None);
    for (key, value) in keywords {
        match names.iter().position(|p| **p == *key) {
            None => {
                return Err(PyErr::type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
            Some(i) if i < n => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(value),
        }
    }
    Ok(out)
}

fn arity_message(type_name: &str, name: &str, sig: Sig, n: usize) -> String {
    match sig {
        Sig::NoArgs => format!("{type_name}.{name}() takes no arguments ({n} given)"),
        Sig::One => format!("{type_name}.{name}() takes exactly one argument ({n} given)"),
        Sig::Range(min, max) => {
            let (bound, count) = if n < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            let bound = if min == max { "" } else { bound };
            format!(
                "{name} expected {bound}{count} argument{}, got {n}",
                plural(count)
            )
        }
        Sig::Tuple(min, max) => {
            let (bound, count) = if n < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            format!(
                "{name}() takes {bound} {count} argument{} ({n} given)",
                plural(count)
            )
        }
        Sig::Keywords(_) | Sig::KeywordOnly(_) => unreachable!("keyword methods count differently"),
    }
}

/// The first argument of a method whose signature requires one.
pub(crate) fn first(args: Vec<Option<Value>>) -> Value {
    args.into_iter()
        .next()
        .flatten()
        .expect("parse_args checked the count")
}

/// `__index__` of an argument: `'str' object cannot be interpreted as an integer`.
pub(crate) fn as_index(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// A start/end argument of `find`, `startswith`, `list.index`...; big ints
/// clamp as CPython's `_PyEval_SliceIndex` does.
pub(crate) fn slice_bound(v: &Option<Value>, allow_none: bool) -> PyResult<Option<i64>> {
    use num_traits::Signed;
    if let Some(p) = v.as_ref().and_then(super::class::payload) {
        return slice_bound(&Some(p.clone()), allow_none);
    }
    match v {
        None => Ok(None),
        Some(Value::None) if allow_none => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Some(_) if allow_none => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
        Some(_) => Err(PyErr::type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end; `end`
/// is clamped to `0..=len`, `start` only from below (so it may exceed `end`).
pub(crate) fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len = len as i64;
    let from_end = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let start = from_end(start.unwrap_or(0)) as usize;
    (start, from_end(end.unwrap_or(len)).min(len) as usize)
}

fn str_arg(v: &Value, what: impl FnOnce(&str) -> String) -> PyResult<&str> {
    match super::class::payload(v).unwrap_or(v) {
        Value::Str(s) => Ok(s),
        _ => Err(PyErr::type_error(what(&v.type_name()))),
    }
}

fn must_be_str(t: &str) -> String {
    format!("must be str, not {t}")
}

fn str_list<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Value {
    Value::list(items.into_iter().map(|s| Value::str(s.as_ref())).collect())
}

// ---------------------------------------------------------------------------
// str: dispatch

fn str_method(vm: &Vm, s: &Rc<str>, name: &str, args: Args) -> PyResult {
    match name {
        "join" => str_join(vm, s, args),
        "split" | "rsplit" => str_split(s, name, args),
        "strip" | "lstrip" | "rstrip" => str_strip(s, name, args),
        "replace" => str_replace(s, args),
        "find" | "rfind" | "index" | "rindex" | "count" => str_search(s, name, args),
        "startswith" | "endswith" => str_tailmatch(s, name, args),
        "zfill" | "ljust" | "rjust" | "center" => str_pad(s, name, args),
        "partition" | "rpartition" => str_partition(s, name, args),
        "splitlines" => {
            let a = parse_args("str", name, Sig::Keywords(&["keepends"]), args)?;
            let keepends = a[0].as_ref().map(as_index).transpose()?.unwrap_or(0) != 0;
            Ok(str_list(splitlines(s, keepends)))
        }
        "expandtabs" => {
            let a = parse_args("str", name, Sig::Keywords(&["tabsize"]), args)?;
            let tabsize = a[0].as_ref().map(as_index).transpose()?.unwrap_or(8);
            Ok(Value::str(&expandtabs(s, tabsize)))
        }
        "removeprefix" | "removesuffix" => {
            let affix = first(parse_args("str", name, Sig::One, args)?);
            let affix = str_arg(&affix, |t| {
                format!("{name}() argument must be str, not {t}")
            })?;
            let out = if name == "removeprefix" {
                s.strip_prefix(affix)
            } else {
                s.strip_suffix(affix)
            };
            Ok(out.map_or_else(|| Value::Str(s.clone()), Value::str))
        }
        "format" => {
            // User objects render through their `__repr__`, `__str__` and
            // `__format__`, which need the interpreter.
            let hook = |v: &Value, how: char, spec: &str| -> Option<PyResult<String>> {
                // Containers may hold user objects, whose reprs need the
                // interpreter too; with a spec, they fail as builtins do.
                let container = matches!(
                    v,
                    Value::List(_)
                        | Value::Tuple(_)
                        | Value::Dict(_)
                        | Value::Set(_)
                        | Value::FrozenSet(_)
                );
                if container && (how != 'f' || spec.is_empty()) {
                    return Some(match how {
                        'r' => vm.repr(v),
                        'a' => vm.repr(v).map(|r| ascii(&r)),
                        _ => vm.str(v),
                    });
                }
                if !matches!(
                    v,
                    Value::Instance(_) | Value::Object(_) | Value::Exception(_) | Value::Type(_)
                ) {
                    return None;
                }
                Some(match how {
                    'r' => vm.repr(v),
                    'a' => vm.repr(v).map(|r| ascii(&r)),
                    's' => vm.str(v),
                    _ => {
                        let mut out = String::new();
                        vm.format_field(&mut out, v, None, spec, None).map(|_| out)
                    }
                })
            };
            Ok(Value::str(&str_format_with(
                s,
                &args.positional,
                &args.keywords,
                &hook,
                Some(vm),
            )?))
        }
        "encode" => {
            let mut a =
                parse_args("str", name, Sig::Keywords(&["encoding", "errors"]), args)?.into_iter();
            let arg = |v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
                match v {
                    None => Ok(default.to_string()),
                    Some(Value::Str(s)) => Ok(s.to_string()),
                    Some(other) => Err(PyErr::type_error(format!(
                        "encode() argument '{what}' must be str, not {}",
                        super::bytes::arg_type_name(&other)
                    ))),
                }
            };
            let encoding = arg(a.next().flatten(), "encoding", "utf-8")?;
            let errors = arg(a.next().flatten(), "errors", "strict")?;
            Ok(super::bytes::new_bytes(super::codecs::encode(
                s, &encoding, &errors,
            )?))
        }
        _ => {
            parse_args("str", name, Sig::NoArgs, args)?;
            Ok(str_noargs(s, name))
        }
    }
}

/// The case conversions and predicates, which take no arguments.
fn str_noargs(s: &str, name: &str) -> Value {
    let text = |t: String| Value::str(&t);
    match name {
        "upper" => text(s.to_uppercase()),
        "lower" => text(s.to_lowercase()),
        "title" => text(title(s)),
        "capitalize" => text(capitalize(s)),
        "swapcase" => text(swapcase(s)),
        "casefold" => text(casefold(s)),
        _ => Value::Bool(str_predicate(s, name)),
    }
}

fn str_join(vm: &Vm, sep: &str, args: Args) -> PyResult {
    let iterable = first(parse_args("str", "join", Sig::One, args)?);
    let items: Vec<Value> = vm.iterate(&iterable)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Value::Str(part) = super::class::payload(item).unwrap_or(item) else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                item.type_name()
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    Ok(Value::str(&out))
}

fn str_split(s: &str, name: &str, args: Args) -> PyResult {
    let a = parse_args("str", name, Sig::Keywords(&["sep", "maxsplit"]), args)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(v, |t| format!("must be str or None, not {t}"))?),
    };
    let maxsplit = a[1].as_ref().map(as_index).transpose()?.unwrap_or(-1);
    if sep == Some("") {
        return Err(PyErr::value_error("empty separator"));
    }
    let reverse = name == "rsplit";
    Ok(str_list(match sep {
        None if reverse => rsplit_whitespace(s, maxsplit),
        None => split_whitespace(s, maxsplit),
        Some(sep) if reverse => rsplit_sep(s, sep, maxsplit),
        Some(sep) => split_sep(s, sep, maxsplit),
    }))
}

fn str_strip(s: &str, name: &str, args: Args) -> PyResult {
    let chars = first_or_none(parse_args("str", name, Sig::Range(0, 1), args)?);
    let chars = match &chars {
        None => None,
        Some(v) => Some(str_arg(v, |_| format!("{name} arg must be None or str"))?),
    };
    let (left, right) = (name != "rstrip", name != "lstrip");
    Ok(Value::str(strip(s, chars, left, right)))
}

/// The first argument if given and not None.
pub(crate) fn first_or_none(args: Vec<Option<Value>>) -> Option<Value> {
    args.into_iter().next().flatten().filter(|v| !v.is_none())
}

fn str_replace(s: &str, args: Args) -> PyResult {
    let a = parse_args("str", "replace", Sig::Range(2, 3), args)?;
    let arg = |i: usize| {
        str_arg(a[i].as_ref().expect("required"), |t| {
            format!("replace() argument {} must be str, not {t}", i + 1)
        })
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let count = a[2].as_ref().map(as_index).transpose()?.unwrap_or(-1);
    Ok(Value::str(&replace(s, old, new, count)))
}

fn str_search(s: &str, name: &str, args: Args) -> PyResult {
    let a = parse_args("str", name, Sig::Tuple(1, 3), args)?;
    let sub = str_arg(a[0].as_ref().expect("required"), must_be_str)?;
    let (start, end) = (slice_bound(&a[1], true)?, slice_bound(&a[2], true)?);
    if name == "count" {
        return Ok(Value::Int(count(s, sub, start, end) as i64));
    }
    let reverse = name.starts_with('r');
    match find(s, sub, start, end, reverse) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if name.ends_with("index") => Err(PyErr::value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_tailmatch(s: &str, name: &str, args: Args) -> PyResult {
    let a = parse_args("str", name, Sig::Tuple(1, 3), args)?;
    let (start, end) = (slice_bound(&a[1], true)?, slice_bound(&a[2], true)?);
    let at_end = name == "endswith";
    let matches = |affix: &str| tailmatch(s, affix, start, end, at_end);
    let first = a[0].as_ref().expect("required");
    match super::class::payload(first).unwrap_or(first) {
        Value::Str(affix) => Ok(Value::Bool(matches(affix))),
        Value::Tuple(options) => {
            for option in options.iter() {
                let affix = str_arg(option, |t| {
                    format!("tuple for {name} must only contain str, not {t}")
                })?;
                if matches(affix) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

fn str_pad(s: &str, name: &str, args: Args) -> PyResult {
    let sig = if name == "zfill" {
        Sig::One
    } else {
        Sig::Range(1, 2)
    };
    let a = parse_args("str", name, sig, args)?;
    let width = as_index(a[0].as_ref().expect("required"))?.max(0) as usize;
    if name == "zfill" {
        return Ok(Value::str(&zfill(s, width)));
    }
    let fill = match a.get(1).cloned().flatten() {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(PyErr::type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::str(&pad(s, name, width, fill)))
}

fn str_partition(s: &str, name: &str, args: Args) -> PyResult {
    let sep = first(parse_args("str", name, Sig::One, args)?);
    let sep = str_arg(&sep, must_be_str)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let (a, b, c) = partition(s, sep, name == "rpartition");
    Ok(Value::tuple(vec![
        Value::str(a),
        Value::str(b),
        Value::str(c),
    ]))
}

// ---------------------------------------------------------------------------
// str: the algorithms

/// `str.isspace` for one character (Rust's White_Space plus the ASCII
/// information separators Python counts).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point `i` (the end if `i` is past it).
fn byte_at(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        i.min(s.len())
    } else {
        s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
    }
}

/// The code points `start..end` of `s` (already adjusted, `start <= end`).
fn char_slice(s: &str, start: usize, end: usize) -> &str {
    let b = byte_at(s, start);
    &s[b..b + byte_at(&s[b..], end - start)]
}

/// `str.find` / `str.rfind`: the code-point index of `sub` in `s[start:end]`.
pub fn find(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    reverse: bool,
) -> Option<usize> {
    let (start, end) = adjust_indices(char_len(s), start, end);
    if start > end {
        return None;
    }
    let hay = char_slice(s, start, end);
    let at = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    }?;
    Some(start + char_len(&hay[..at]))
}

/// `str.count`: non-overlapping occurrences of `sub` in `s[start:end]`.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let (start, end) = adjust_indices(char_len(s), start, end);
    if start > end {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    char_slice(s, start, end).matches(sub).count()
}

/// `str.startswith` / `str.endswith` for one affix.
pub fn tailmatch(s: &str, affix: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(char_len(s), start, end);
    if end < start + char_len(affix) {
        return false;
    }
    let hay = char_slice(s, start, end);
    if at_end {
        hay.ends_with(affix)
    } else {
        hay.starts_with(affix)
    }
}

pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.char_indices().rev().find(|&(_, c)| is_space(c)) {
            Some((i, c)) => {
                out.push(&rest[i + c.len_utf8()..]);
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

/// `s.split(sep, maxsplit)` for a non-empty `sep`.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    if maxsplit < 0 {
        s.split(sep).collect()
    } else {
        s.splitn((maxsplit as usize).saturating_add(1), sep)
            .collect()
    }
}

/// `s.rsplit(sep, maxsplit)` for a non-empty `sep`: matches taken from the right.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let mut out: Vec<&str> = if maxsplit < 0 {
        s.rsplit(sep).collect()
    } else {
        s.rsplitn((maxsplit as usize).saturating_add(1), sep)
            .collect()
    };
    out.reverse();
    out
}

pub fn strip<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    let strip_char = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let s = if left {
        s.trim_start_matches(strip_char)
    } else {
        s
    };
    if right {
        s.trim_end_matches(strip_char)
    } else {
        s
    }
}

/// `str.replace`; a negative count replaces all. An empty `old` inserts
/// `new` around every code point, as Python does (and Rust's `replacen`).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }
}

/// Line boundaries as `str.splitlines` knows them.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
            iter.next();
            end += 1;
        }
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

pub fn partition<'a>(s: &'a str, sep: &str, reverse: bool) -> (&'a str, &'a str, &'a str) {
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    match found {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None if reverse => ("", "", s),
        None => (s, "", ""),
    }
}

pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(' ', spaces as usize));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

pub fn zfill(s: &str, width: usize) -> String {
    let len = char_len(s);
    if len >= width {
        return s.to_string();
    }
    let zeros = "0".repeat(width - len);
    match s.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &s[..1]),
        None => format!("{zeros}{s}"),
    }
}

/// `ljust` / `rjust` / `center` (CPython's centring puts the odd pad
/// character on the left when the width is odd).
pub fn pad(s: &str, how: &str, width: usize, fill: char) -> String {
    let len = char_len(s);
    if len >= width {
        return s.to_string();
    }
    let marg = width - len;
    let left = match how {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let fill = |n: usize| std::iter::repeat_n(fill, n);
    fill(left)
        .chain(s.chars())
        .chain(fill(marg - left))
        .collect()
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

/// Title case of one character (`ß` -> `Ss`, digraphs to their title forms).
fn to_title(c: char) -> String {
    match c {
        'ß' => "Ss".into(),
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ".into(),
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ".into(),
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ".into(),
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ".into(),
        'ﬀ' => "Ff".into(),
        'ﬁ' => "Fi".into(),
        'ﬂ' => "Fl".into(),
        'ﬃ' => "Ffi".into(),
        'ﬄ' => "Ffl".into(),
        'ﬅ' | 'ﬆ' => "St".into(),
        c => c.to_uppercase().collect(),
    }
}

pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for c in s.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.push_str(&to_title(c));
        }
        previous_cased = is_cased(c);
    }
    out
}

pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        None => String::new(),
        Some(c) => to_title(c) + &chars.as_str().to_lowercase(),
    }
}

pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Full case folding for the common cases: lowercase, with `ß` -> `ss` and
/// no final-sigma rule.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Unicode category Nd (Python 3.11's `str.isdecimal`), as ranges.
const DECIMAL_RANGES: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6f0, 0x6f9),
    (0x7c0, 0x7c9),
    (0x966, 0x96f),
    (0x9e6, 0x9ef),
    (0xa66, 0xa6f),
    (0xae6, 0xaef),
    (0xb66, 0xb6f),
    (0xbe6, 0xbef),
    (0xc66, 0xc6f),
    (0xce6, 0xcef),
    (0xd66, 0xd6f),
    (0xde6, 0xdef),
    (0xe50, 0xe59),
    (0xed0, 0xed9),
    (0xf20, 0xf29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17e0, 0x17e9),
    (0x1810, 0x1819),
    (0x1946, 0x194f),
    (0x19d0, 0x19d9),
    (0x1a80, 0x1a89),
    (0x1a90, 0x1a99),
    (0x1b50, 0x1b59),
    (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49),
    (0x1c50, 0x1c59),
    (0xa620, 0xa629),
    (0xa8d0, 0xa8d9),
    (0xa900, 0xa909),
    (0xa9d0, 0xa9d9),
    (0xa9f0, 0xa9f9),
    (0xaa50, 0xaa59),
    (0xabf0, 0xabf9),
    (0xff10, 0xff19),
    (0x104a0, 0x104a9),
    (0x10d30, 0x10d39),
    (0x11066, 0x1106f),
    (0x110f0, 0x110f9),
    (0x11136, 0x1113f),
    (0x111d0, 0x111d9),
    (0x112f0, 0x112f9),
    (0x11450, 0x11459),
    (0x114d0, 0x114d9),
    (0x11650, 0x11659),
    (0x116c0, 0x116c9),
    (0x11730, 0x11739),
    (0x118e0, 0x118e9),
    (0x11950, 0x11959),
    (0x11c50, 0x11c59),
    (0x11d50, 0x11d59),
    (0x11da0, 0x11da9),
    (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9),
    (0x16b50, 0x16b59),
    (0x1d7ce, 0x1d7ff),
    (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9),
    (0x1e950, 0x1e959),
    (0x1fbf0, 0x1fbf9),
];

/// Digits that are not decimal (superscripts, circled digits...): `isdigit` but not `isdecimal`.
const OTHER_DIGIT_RANGES: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let n = c as u32;
    ranges.iter().any(|&(lo, hi)| lo <= n && n <= hi)
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(c, DECIMAL_RANGES))
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(c, OTHER_DIGIT_RANGES)
}

fn is_numeric(c: char) -> bool {
    is_digit(c) || c.is_numeric()
}

/// `str.isdigit()`, `str.isupper()`, ... by method name.
pub fn str_predicate(s: &str, name: &str) -> bool {
    let all_nonempty = |f: fn(char) -> bool| !s.is_empty() && s.chars().all(f);
    match name {
        "isdigit" => all_nonempty(is_digit),
        "isdecimal" => all_nonempty(is_decimal),
        "isnumeric" => all_nonempty(is_numeric),
        "isalpha" => all_nonempty(char::is_alphabetic),
        "isalnum" => all_nonempty(|c| c.is_alphabetic() || is_numeric(c)),
        "isspace" => all_nonempty(is_space),
        "isupper" => !s.chars().any(char::is_lowercase) && s.chars().any(char::is_uppercase),
        "islower" => !s.chars().any(char::is_uppercase) && s.chars().any(char::is_lowercase),
        "isidentifier" => {
            let mut chars = s.chars();
            chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                && chars.all(|c| c == '_' || c.is_alphanumeric())
        }
        _ => unreachable!("not a str predicate: {name}"),
    }
}

// ---------------------------------------------------------------------------
// str.format

/// Automatic (`{}`) or manual (`{0}`) field numbering; a template may not mix them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

/// Renders a user object in `str.format`: `how` is the conversion
/// (`'r'`, `'s'`, `'a'`) or `'f'` to format it with the spec.
type FormatHook<'a> = &'a dyn Fn(&Value, char, &str) -> Option<PyResult<String>>;

struct FormatArgs<'a> {
    hook: FormatHook<'a>,
    /// Looks up `{x.attr}` and `{x[key]}` on any object; without it only
    /// builtin containers can be indexed.
    vm: Option<&'a Vm>,
    positional: &'a [Value],
    keywords: &'a [(Rc<str>, Value)],
    numbering: Numbering,
}

/// `template.format(*positional, **keywords)`, with CPython's parser and errors.
pub fn str_format(
    template: &str,
    positional: &[Value],
    keywords: &[(Rc<str>, Value)],
) -> PyResult<String> {
    str_format_with(template, positional, keywords, &|_, _, _| None, None)
}

/// `str_format`, with `hook` rendering user objects.
fn str_format_with(
    template: &str,
    positional: &[Value],
    keywords: &[(Rc<str>, Value)],
    hook: FormatHook,
    vm: Option<&Vm>,
) -> PyResult<String> {
    let mut fa = FormatArgs {
        hook,
        vm,
        positional,
        keywords,
        numbering: Numbering::Unset,
    };
    render_template(&mut fa, template, 2)
}

struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_has_fields: bool,
}

fn render_template(fa: &mut FormatArgs, template: &str, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        if chars.get(pos) == Some(&c) {
            out.push(c);
            pos += 1;
            continue;
        }
        if c == '}' {
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if pos >= chars.len() {
            return Err(PyErr::value_error(
                "Single '{' encountered in format string",
            ));
        }
        let field = parse_field(&chars, &mut pos)?;
        out.push_str(&render_field(fa, field, depth)?);
    }
    Ok(out)
}

/// Parses a replacement field after its `{`, leaving `pos` after its `}`
/// (CPython's `parse_field`).
fn parse_field(chars: &[char], pos: &mut usize) -> PyResult<Field> {
    let collect = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < chars.len() {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < chars.len() && chars[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let mut field = Field {
        name: collect(name_start, (*pos).saturating_sub(1).max(name_start)),
        conversion: None,
        spec: String::new(),
        spec_has_fields: false,
    };
    match c {
        '}' => return Ok(field),
        '!' | ':' => {}
        _ => return Err(PyErr::value_error("expected '}' before end of string")),
    }
    if c == '!' {
        let Some(&conv) = chars.get(*pos) else {
            return Err(PyErr::value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        *pos += 1;
        if let Some(&next) = chars.get(*pos) {
            *pos += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(PyErr::value_error(
                    "expected ':' after conversion specifier",
                ));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < chars.len() {
        let c = chars[*pos];
        *pos += 1;
        match c {
            '{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = collect(spec_start, *pos - 1);
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

fn render_field(fa: &mut FormatArgs, field: Field, depth: u32) -> PyResult<String> {
    let value = field_value(fa, &field.name)?;
    let value = match field.conversion {
        None => value,
        Some(c @ ('r' | 's' | 'a')) => Value::str(&match (fa.hook)(&value, c, "") {
            Some(text) => text?,
            None if c == 'r' => repr_plain(&value),
            None if c == 's' => str_plain(&value),
            None => ascii(&repr_plain(&value)),
        }),
        Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
            return Err(PyErr::value_error(format!(
                "Unknown conversion specifier {c}"
            )))
        }
        Some(c) => {
            return Err(PyErr::value_error(format!(
                "Unknown conversion specifier \\x{:x}",
                c as u32
            )))
        }
    };
    let spec = if field.spec_has_fields {
        render_template(fa, &field.spec, depth - 1)?
    } else {
        field.spec
    };
    if let Some(text) = (fa.hook)(&value, 'f', &spec) {
        return text;
    }
    format_value(&value, &spec)
}

/// `repr` with non-ASCII characters escaped, as `ascii()` does.
fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            n if n < 0x80 => out.push(c),
            n if n <= 0xff => out.push_str(&format!("\\x{n:02x}")),
            n if n <= 0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// A field name as an index if it is all digits (CPython's `get_integer`).
fn field_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .map(Some)
        .map_err(|_| PyErr::value_error("Too many decimal digits in format string"))
}

/// Looks up `name` (`0`, `x`, `0[1]`, `[key]`...) in the format arguments.
fn field_value(fa: &mut FormatArgs, name: &str) -> PyResult {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(split);
    let index = field_index(head)?;
    let mut value = if head.is_empty() || index.is_some() {
        let index =
            match (fa.numbering, head.is_empty()) {
                (Numbering::Unset | Numbering::Auto(_), true) => {
                    let n = match fa.numbering {
                        Numbering::Auto(n) => n,
                        _ => 0,
                    };
                    fa.numbering = Numbering::Auto(n + 1);
                    n
                }
                (Numbering::Unset | Numbering::Manual, false) => {
                    fa.numbering = Numbering::Manual;
                    index.expect("numeric field")
                }
                (Numbering::Manual, true) => return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                (Numbering::Auto(_), false) => return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
            };
        fa.positional.get(index).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {index} out of range for positional args tuple"
            ))
        })?
    } else {
        fa.keywords
            .iter()
            .find(|(k, _)| &**k == head)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::with_args(&types::KEY_ERROR, vec![Value::str(head)]))?
    };
    while !rest.is_empty() {
        let (is_attr, part, after) = if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            (true, &r[..end], &r[end..])
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            (false, &r[..end], &r[end + 1..])
        } else {
            return Err(PyErr::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        };
        if part.is_empty() {
            return Err(PyErr::value_error("Empty attribute in format string"));
        }
        if is_attr {
            let Some(vm) = fa.vm else {
                return Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    "attribute access in format fields is not supported",
                ));
            };
            value = vm.get_attr(&value, part)?;
            rest = after;
            continue;
        }
        let key = match field_index(part)? {
            Some(i) => Value::Int(i as i64),
            None => Value::str(part),
        };
        value = match fa.vm {
            Some(vm) => vm.get_item(&value, &key)?,
            None => subscript::get_item(super::class::payload(&value).unwrap_or(&value), &key)?,
        };
        rest = after;
    }
    Ok(value)
}

// ---------------------------------------------------------------------------
// list and tuple

/// The first index in `items[start..end]` holding `item` (identity, then
/// `==`, as `index`/`count`/`remove` test it). Works on a snapshot, since
/// a user `__eq__` may change the list.
pub(crate) fn find_item(
    vm: &Vm,
    items: &[Value],
    item: &Value,
    start: usize,
    end: usize,
) -> PyResult<Option<usize>> {
    for (i, x) in items.iter().enumerate().take(end).skip(start) {
        if x.is(item) || vm.equal(x, item)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn tuple_method(vm: &Vm, t: &Rc<[Value]>, name: &str, args: Args) -> PyResult {
    seq_search(vm, t, "tuple", name, args)
}

/// `index` and `count` of lists and tuples.
pub(crate) fn seq_search(
    vm: &Vm,
    items: &[Value],
    type_name: &str,
    name: &str,
    args: Args,
) -> PyResult {
    if name == "count" {
        let item = first(parse_args(type_name, name, Sig::One, args)?);
        let mut count = 0;
        for x in items {
            if x.is(&item) || vm.equal(x, &item)? {
                count += 1;
            }
        }
        return Ok(Value::Int(count));
    }
    let a = parse_args(type_name, name, Sig::Range(1, 3), args)?;
    let item = a[0].clone().expect("required");
    let (start, end) = (slice_bound(&a[1], false)?, slice_bound(&a[2], false)?);
    let (start, end) = adjust_indices(items.len(), start, end);
    let found = find_item(vm, items, &item, start, end.max(start))?;
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if type_name == "list" => Err(PyErr::value_error(format!(
            "{} is not in list",
            repr_plain(&item)
        ))),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

// ---------------------------------------------------------------------------
// dict

fn dict_method(vm: &Vm, dict: &Value, name: &str, args: Args) -> PyResult {
    let Value::Dict(d) = dict else {
        unreachable!("dict_method on a dict")
    };
    let key_and_default = |args: Args| -> PyResult<(Value, DictKey, Value)> {
        let mut a = parse_args("dict", name, Sig::Range(1, 2), args)?.into_iter();
        let key = a.next().flatten().expect("required");
        let default = a.next().flatten();
        let k = DictKey::new(key.clone())?;
        Ok((key, k, default.unwrap_or(Value::None)))
    };
    match name {
        // A new dict whatever the receiver (`d.fromkeys` as `dict.fromkeys`).
        "fromkeys" => {
            let mut a = parse_args("dict", name, Sig::Range(1, 2), args)?.into_iter();
            let keys = a.next().flatten().expect("required");
            let value = a.next().flatten().unwrap_or(Value::None);
            let mut out = super::Dict::default();
            for key in vm.iterate(&keys)? {
                out.insert(DictKey::new(key)?, value.clone());
                super::userhash::take_error()?;
            }
            Ok(Value::Dict(Rc::new(std::cell::RefCell::new(out))))
        }
        "get" => {
            let (_, k, default) = key_and_default(args)?;
            let found = d.borrow().get(&k).cloned();
            super::userhash::take_error()?;
            Ok(found.unwrap_or(default))
        }
        "setdefault" => {
            let (_, k, default) = key_and_default(args)?;
            super::dict::set_default(d, k, default)
        }
        "pop" => {
            let has_default = args.positional.len() > 1;
            let (key, k, default) = key_and_default(args)?;
            let removed = super::dict::remove(d, &k)?;
            match removed {
                Some(v) => Ok(v),
                None if has_default => Ok(default),
                None => Err(PyErr::with_args(&types::KEY_ERROR, vec![key])),
            }
        }
        "popitem" => {
            parse_args("dict", name, Sig::NoArgs, args)?;
            let last = d.borrow_mut().pop();
            super::function::dict_changed(d);
            let (k, v) = last.ok_or_else(|| {
                PyErr::with_args(
                    &types::KEY_ERROR,
                    vec![Value::str("popitem(): dictionary is empty")],
                )
            })?;
            Ok(Value::tuple(vec![k.into_value(), v]))
        }
        "keys" | "values" | "items" => {
            use super::dictview::{new_view, DictPart};
            parse_args("dict", name, Sig::NoArgs, args)?;
            Ok(new_view(
                d,
                match name {
                    "keys" => DictPart::Keys,
                    "values" => DictPart::Values,
                    _ => DictPart::Items,
                },
            ))
        }
        "update" => dict_update(vm, dict, args).map(|()| Value::None),
        "copy" => {
            parse_args("dict", name, Sig::NoArgs, args)?;
            Ok(Value::Dict(Rc::new(std::cell::RefCell::new(
                d.borrow().clone(),
            ))))
        }
        "clear" => {
            parse_args("dict", name, Sig::NoArgs, args)?;
            let old = std::mem::take(&mut *d.borrow_mut());
            super::function::dict_changed(d);
            drop(old);
            Ok(Value::None)
        }
        _ => unreachable!("not a dict method: {name}"),
    }
}

/// `dict.update([other], **kwargs)`: `other` is a dict or an iterable of pairs.
pub fn dict_update(vm: &Vm, dict: &Value, args: Args) -> PyResult<()> {
    let Value::Dict(d) = dict else {
        unreachable!("dict_update on a dict")
    };
    let Args {
        positional,
        keywords,
    } = args;
    if positional.len() > 1 {
        return Err(PyErr::type_error(arity_message(
            "dict",
            "update",
            Sig::Range(0, 1),
            positional.len(),
        )));
    }
    // Pairs go in as they come: an error part-way keeps the earlier ones, as in CPython.
    let insert = |k: Value, v: Value| -> PyResult<()> {
        let key = DictKey::new(k)?;
        super::dict::set_item(d, key, v)
    };
    match positional.into_iter().next() {
        None => {}
        Some(Value::Dict(other)) => {
            let pairs: Vec<(Value, Value)> = other
                .borrow()
                .iter()
                .map(|(k, v)| (k.value().clone(), v.clone()))
                .collect();
            for (k, v) in pairs {
                insert(k, v)?;
            }
        }
        // A mapping that is not a dict (it has `keys`, `PyDict_Merge`'s
        // test): its keys, each looked up.
        Some(other @ (Value::Instance(_) | Value::Object(_)))
            if vm.special_method(&other, "keys").is_some() =>
        {
            let keys = vm.call_method(&other, "keys", Args::default())?;
            for k in vm.iterate(&keys)? {
                let v = vm.get_item(&other, &k)?;
                insert(k, v)?;
            }
        }
        Some(other) => {
            let elements: Vec<Value> = vm.iterate(&other)?;
            for (i, element) in elements.into_iter().enumerate() {
                let pair: Vec<Value> = vm.iterate(&element).map_err(|e| {
                    if e.is_instance(&types::TYPE_ERROR) {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    } else {
                        e
                    }
                })?;
                let [k, v]: [Value; 2] = pair.try_into().map_err(|p: Vec<Value>| {
                    PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        p.len()
                    ))
                })?;
                insert(k, v)?;
            }
        }
    }
    for (k, v) in keywords {
        insert(Value::Str(k), v)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// set and frozenset

fn set_method(vm: &Vm, s: &Value, name: &str, args: Args) -> PyResult {
    use super::set;
    let type_name = &*s.type_name();
    match name {
        "add" | "remove" | "discard" => {
            let item = first(parse_args(type_name, name, Sig::One, args)?);
            match name {
                "add" => set::add(s, item),
                _ => set::remove(s, item, name == "remove"),
            }
        }
        "pop" | "clear" | "copy" => {
            parse_args(type_name, name, Sig::NoArgs, args)?;
            match name {
                "pop" => set::pop(s),
                "clear" => set::clear(s),
                _ => set::copy(s),
            }
        }
        _ => {
            let one = matches!(
                name,
                "symmetric_difference"
                    | "symmetric_difference_update"
                    | "issubset"
                    | "issuperset"
                    | "isdisjoint"
            );
            let others: Vec<Value> = if one {
                vec![first(parse_args(type_name, name, Sig::One, args)?)]
            } else {
                // `*others`: any number, no keywords.
                if !args.keywords.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{type_name}.{name}() takes no keyword arguments"
                    )));
                }
                args.positional
            };
            let others = others
                .iter()
                .map(|v| set::Operand::new(v, |v| vm.collect(v)))
                .collect::<PyResult<Vec<_>>>()?;
            set::with_operands(s, name, &others)
        }
    }
}

// ---------------------------------------------------------------------------
// int and float

/// The value of an `int` (or `bool`) receiver as a big integer.
fn int_of(v: &Value) -> num_bigint::BigInt {
    match v {
        Value::Int(i) => (*i).into(),
        Value::Bool(b) => (*b as i64).into(),
        Value::BigInt(b) => (**b).clone(),
        _ => unreachable!("int methods have int receivers"),
    }
}

fn int_method(receiver: &Value, name: &str, args: Args) -> PyResult {
    parse_args("int", name, Sig::NoArgs, args)?;
    let n = int_of(receiver);
    Ok(match name {
        "bit_length" => Value::Int(n.bits() as i64),
        "bit_count" => Value::Int(n.magnitude().count_ones() as i64),
        // `True.conjugate()` is the int 1, not True.
        "conjugate" => Value::from_bigint(n),
        "as_integer_ratio" => Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]),
        _ => unreachable!("listed in INT_METHODS"),
    })
}

fn float_method(x: f64, name: &str, args: Args) -> PyResult {
    parse_args("float", name, Sig::NoArgs, args)?;
    match name {
        "is_integer" => Ok(Value::Bool(x.is_finite() && x.fract() == 0.0)),
        "conjugate" => Ok(Value::Float(x)),
        "as_integer_ratio" => float_as_integer_ratio(x),
        "hex" => Ok(Value::str(&float_hex(x))),
        _ => unreachable!("listed in FLOAT_METHODS"),
    }
}

/// `float.as_integer_ratio`: the exact fraction, in lowest terms
/// (`Objects/floatobject.c:float_as_integer_ratio_impl`).
fn float_as_integer_ratio(x: f64) -> PyResult {
    use num_bigint::BigInt;
    if x.is_infinite() {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if negative {
        num = -num;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `float.hex`: `[-]0x1.<13 hex digits>p<exp>` (`float_hex` in
/// `Objects/floatobject.c`; subnormals as `0x0.<digits>p-1022`).
pub fn float_hex(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        return super::repr::repr_plain(&Value::Float(x));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `float.fromhex(s)` (`float_fromhex` in `Objects/floatobject.c`),
/// rounding half to even.
pub fn float_fromhex(text: &str) -> PyResult<f64> {
    use num_bigint::BigUint;
    use num_traits::{ToPrimitive, Zero};
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_text) = match body.split_once('p') {
        Some((d, e)) => (d, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut mant = BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mant = (mant << 4u32) + BigUint::from(d);
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Exponents far outside the float range saturate.
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
    };
    exp -= 4 * frac_part.len() as i64;
    if mant.is_zero() {
        return Ok(sign * 0.0);
    }
    let n = mant.bits() as i64;
    let top = n - 1 + exp;
    let too_large = || {
        PyErr::new(
            &types::OVERFLOW_ERROR,
            "hexadecimal value too large to represent as a float",
        )
    };
    if top > 1023 {
        return Err(too_large());
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let q: u64 = if shift <= 0 {
        (mant << ((-shift) as usize)).to_u64().unwrap_or(0)
    } else {
        let shift = shift as usize;
        let q = &mant >> shift;
        let rem = &mant - (&q << shift);
        let half = BigUint::from(1u32) << (shift - 1);
        let mut q = q.to_u64().unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    let value = if lsb < -1022 {
        (q as f64 * pow2(lsb + 1022)) * pow2(-1022)
    } else if lsb > 1023 - 53 {
        let v = q as f64 * pow2(lsb - 60) * pow2(60);
        if v.is_infinite() {
            return Err(too_large());
        }
        v
    } else {
        q as f64 * pow2(lsb)
    };
    Ok(sign * value)
}

/// The data attributes of numbers: `real`, `imag`, `numerator`, `denominator`.
pub fn number_attr(v: &Value, name: &str) -> Option<Value> {
    let is_float = matches!(v, Value::Float(_));
    match name {
        "real" | "numerator" if !is_float || name == "real" => Some(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        }),
        "imag" => Some(if is_float {
            Value::Float(0.0)
        } else {
            Value::Int(0)
        }),
        "denominator" if !is_float => Some(Value::Int(1)),
        _ => None,
    }
}

/// `float.fromhex(string)`.
pub fn float_fromhex_native(_vm: &Vm, args: Args) -> PyResult {
    let a = parse_args("float", "fromhex", Sig::One, args)?;
    match first(a) {
        Value::Str(s) => Ok(Value::Float(float_fromhex(&s)?)),
        _ => Err(PyErr::type_error(
            "bad argument type for built-in operation",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(template: &str, positional: Vec<Value>, keywords: Vec<(&str, Value)>) -> String {
        let keywords: Vec<(Rc<str>, Value)> = keywords
            .into_iter()
            .map(|(k, v)| (Rc::from(k), v))
            .collect();
        match str_format(template, &positional, &keywords) {
            Ok(s) => s,
            Err(e) => format!("{}: {}", e.exc.cls.name(), e.exc.message()),
        }
    }

    #[test]
    fn format_fields() {
        let i = Value::Int;
        assert_eq!(
            fmt("{} and {}", vec![i(1), Value::str("a")], vec![]),
            "1 and a"
        );
        assert_eq!(fmt("{1}{0}{1}", vec![i(1), i(2)], vec![]), "212");
        assert_eq!(fmt("{x:>4}|{{}}", vec![], vec![("x", i(7))]), "   7|{}");
        assert_eq!(fmt("{0:{1}}", vec![i(1), i(5)], vec![]), "    1");
        assert_eq!(
            fmt("{!r:>{w}}", vec![Value::str("a")], vec![("w", i(6))]),
            "   'a'"
        );
        assert_eq!(
            fmt(
                "{0:>{1}.{2}}",
                vec![Value::Float(1.2345), i(10), i(3)],
                vec![]
            ),
            "      1.23"
        );
        assert_eq!(fmt("{0!a}", vec![Value::str("é\n")], vec![]), "'\\xe9\\n'");
        assert_eq!(
            fmt("{0[1]}", vec![Value::list(vec![i(1), i(2)])], vec![]),
            "2"
        );
        assert_eq!(fmt("{[0]}", vec![Value::list(vec![i(5)])], vec![]), "5");
        assert_eq!(fmt("{00}", vec![i(5)], vec![]), "5");
        assert_eq!(fmt("{:%}", vec![Value::Float(0.5)], vec![]), "50.000000%");
    }

    #[test]
    fn format_errors() {
        let i = Value::Int;
        let cases: &[(&str, Vec<Value>, &str)] = &[
            ("{}", vec![], "IndexError: Replacement index 0 out of range for positional args tuple"),
            ("{1}", vec![i(1)], "IndexError: Replacement index 1 out of range for positional args tuple"),
            ("{x}", vec![i(1)], "KeyError: 'x'"),
            ("{-1}", vec![i(1)], "KeyError: '-1'"),
            ("{", vec![], "ValueError: Single '{' encountered in format string"),
            ("}", vec![], "ValueError: Single '}' encountered in format string"),
            ("{0!x}", vec![i(1)], "ValueError: Unknown conversion specifier x"),
            ("{0!\x01}", vec![i(1)], "ValueError: Unknown conversion specifier \\x1"),
            ("{0!}", vec![i(1)], "ValueError: unmatched '{' in format spec"),
            ("{0!rr}", vec![i(1)], "ValueError: expected ':' after conversion specifier"),
            ("{}{0}", vec![i(1)], "ValueError: cannot switch from automatic field numbering to manual field specification"),
            ("{0}{}", vec![i(1)], "ValueError: cannot switch from manual field specification to automatic field numbering"),
            ("{:d}", vec![Value::str("a")], "ValueError: Unknown format code 'd' for object of type 'str'"),
            ("{a", vec![], "ValueError: expected '}' before end of string"),
            ("{0!", vec![i(1)], "ValueError: end of string while looking for conversion specifier"),
            ("{0[", vec![i(1)], "ValueError: expected '}' before end of string"),
            ("{0.}", vec![i(5)], "ValueError: Empty attribute in format string"),
            ("{0[]}", vec![i(5)], "ValueError: Empty attribute in format string"),
            ("{0[0]x}", vec![Value::list(vec![i(1)])], "ValueError: Only '.' or '[' may follow ']' in format field specifier"),
            ("{:{:{}}}", vec![i(1), i(2), i(3)], "ValueError: Max string recursion exceeded"),
            ("{0:}}", vec![i(1)], "ValueError: Single '}' encountered in format string"),
            ("{0[1]}", vec![Value::list(vec![i(1)])], "IndexError: list index out of range"),
        ];
        for (template, args, want) in cases {
            assert_eq!(fmt(template, args.clone(), vec![]), *want, "{template:?}");
        }
    }

    #[test]
    fn searching() {
        assert_eq!(find("abc", "", Some(3), None, false), Some(3));
        assert_eq!(find("abc", "", Some(4), None, false), None);
        assert_eq!(find("abc", "c", Some(-1), None, false), Some(2));
        assert_eq!(find("héllo wörld", "o", None, None, true), Some(4));
        assert_eq!(find("wörld", "r", None, None, false), Some(2));
        assert_eq!(find("héllo", "l", Some(3), None, false), Some(3));
        assert_eq!(find("abc", "c", Some(0), Some(2), true), None);
        assert_eq!(count("abc", "", None, None), 4);
        assert_eq!(count("abc", "", Some(4), None), 0);
        assert_eq!(count("abc", "", Some(2), Some(1)), 0);
        assert_eq!(count("aaa", "aa", None, None), 1);
        assert!(tailmatch("abc", "", Some(3), None, false));
        assert!(!tailmatch("abc", "", Some(4), None, false));
        assert!(tailmatch("abc", "b", Some(0), Some(-1), true));
        assert!(tailmatch("abc", "c", Some(1), None, true));
    }

    #[test]
    fn splitting() {
        assert_eq!(split_whitespace("  a b  c  ", 1), ["a", "b  c  "]);
        assert_eq!(rsplit_whitespace("  a b  c  ", 1), ["  a b", "c"]);
        assert_eq!(split_whitespace(" a\tb\nc ", -1), ["a", "b", "c"]);
        assert!(split_whitespace("", -1).is_empty());
        assert_eq!(split_sep("a,b,,c", ",", 2), ["a", "b", ",c"]);
        assert_eq!(rsplit_sep("a,b,,c", ",", 2), ["a,b", "", "c"]);
        assert_eq!(split_sep("", ",", -1), [""]);
        assert_eq!(split_sep("aaa", "aa", -1), ["", "a"]);
        assert_eq!(rsplit_sep("aaa", "aa", -1), ["a", ""]);
        assert_eq!(
            splitlines("a\r\nb\rc\x0bd\x1ce\u{85}f\n", true),
            ["a\r\n", "b\r", "c\x0b", "d\x1c", "e\u{85}", "f\n"]
        );
        assert_eq!(splitlines("a\n\nb", false), ["a", "", "b"]);
        assert_eq!(partition("a=b=c", "=", false), ("a", "=", "b=c"));
        assert_eq!(partition("a=b=c", "=", true), ("a=b", "=", "c"));
        assert_eq!(partition("abc", "=", true), ("", "", "abc"));
    }

    #[test]
    fn transforming() {
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", 2), "-a-bc");
        assert_eq!(replace("aaaa", "a", "b", 2), "bbaa");
        assert_eq!(strip("abcba", Some("ab"), true, true), "c");
        assert_eq!(strip("  x  ", None, false, true), "  x");
        assert_eq!(title("they're bill's 3rd"), "They'Re Bill'S 3Rd");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize("hELLO"), "Hello");
        assert_eq!(swapcase("AbC"), "aBc");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(zfill("-12", 5), "-0012");
        assert_eq!(zfill("+a", 4), "+00a");
        assert_eq!(zfill("abc", 2), "abc");
        assert_eq!(pad("a", "center", 4, ' '), " a  ");
        assert_eq!(pad("ab", "center", 5, '*'), "**ab*");
        assert_eq!(pad("abc", "center", 6, ' '), " abc  ");
        assert_eq!(pad("é", "rjust", 3, '.'), "..é");
        assert_eq!(pad("a", "ljust", 3, '-'), "a--");
        assert_eq!(expandtabs("a\tbc\td\ne\tf", 4), "a   bc  d\ne   f");
        assert_eq!(expandtabs("\tx", 0), "x");
    }

    #[test]
    fn predicates() {
        assert!(str_predicate("123", "isdigit"));
        assert!(str_predicate("²", "isdigit"));
        assert!(!str_predicate("²", "isdecimal"));
        assert!(str_predicate("٣", "isdecimal"));
        assert!(str_predicate("½", "isnumeric"));
        assert!(!str_predicate("", "isdigit"));
        assert!(str_predicate(" \t\x1c", "isspace"));
        assert!(str_predicate("A1", "isupper"));
        assert!(!str_predicate("1", "isupper"));
        assert!(str_predicate("abc1", "islower"));
        assert!(str_predicate("_a1", "isidentifier"));
        assert!(!str_predicate("1a", "isidentifier"));
        assert!(!str_predicate("", "isidentifier"));
        assert!(str_predicate("é", "isalpha"));
        assert!(str_predicate("a1", "isalnum"));
    }

    #[test]
    fn argument_errors() {
        let msg =
            |r: PyResult<Vec<Option<Value>>>| r.err().map(|e| e.exc.message()).unwrap_or_default();
        let n = |k: usize| Args::positional(vec![Value::None; k]);
        assert_eq!(
            msg(parse_args("str", "upper", Sig::NoArgs, n(1))),
            "str.upper() takes no arguments (1 given)"
        );
        assert_eq!(
            msg(parse_args("list", "append", Sig::One, n(0))),
            "list.append() takes exactly one argument (0 given)"
        );
        assert_eq!(
            msg(parse_args("list", "pop", Sig::Range(0, 1), n(2))),
            "pop expected at most 1 argument, got 2"
        );
        assert_eq!(
            msg(parse_args("str", "replace", Sig::Range(2, 3), n(1))),
            "replace expected at least 2 arguments, got 1"
        );
        assert_eq!(
            msg(parse_args("list", "insert", Sig::Range(2, 2), n(1))),
            "insert expected 2 arguments, got 1"
        );
        assert_eq!(
            msg(parse_args("str", "find", Sig::Tuple(1, 3), n(0))),
            "find() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            msg(parse_args("str", "find", Sig::Tuple(1, 3), n(4))),
            "find() takes at most 3 arguments (4 given)"
        );
        let kw = |k: &str| Args {
            positional: vec![Value::None],
            keywords: vec![(Rc::from(k), Value::None)],
        };
        assert_eq!(
            msg(parse_args(
                "str",
                "split",
                Sig::Keywords(&["sep", "maxsplit"]),
                kw("x")
            )),
            "'x' is an invalid keyword argument for split()"
        );
        assert_eq!(
            msg(parse_args(
                "str",
                "split",
                Sig::Keywords(&["sep", "maxsplit"]),
                kw("sep")
            )),
            "argument for split() given by name ('sep') and position (1)"
        );
        assert_eq!(
            msg(parse_args("str", "strip", Sig::Range(0, 1), kw("chars"))),
            "str.strip() takes no keyword arguments"
        );
        assert_eq!(
            msg(parse_args(
                "list",
                "sort",
                Sig::KeywordOnly(&["key", "reverse"]),
                n(1)
            )),
            "sort() takes no positional arguments"
        );
        assert_eq!(
            msg(parse_args(
                "str",
                "splitlines",
                Sig::Keywords(&["keepends"]),
                n(2)
            )),
            "splitlines() takes at most 1 argument (2 given)"
        );
    }
}
