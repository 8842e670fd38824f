//! Methods of the builtin containers not yet in a type table (`tuple`,
//! `dict`, `set`, the numbers), the text algorithms behind `str`'s table
//! (`str.rs`), and `str.format`'s template engine.
//!
//! `call_method` dispatches on the receiver's type; each method family checks
//! its arguments with `parse_args`, which reproduces CPython's wording for the
//! calling convention the method has there (METH_NOARGS, METH_O, Argument
//! Clinic, `PyArg_ParseTuple`, keywords). The text algorithms on `str` are
//! pure functions on `&str`, indexed by code point as Python's are.

use std::rc::Rc;

use super::format::format_value;
use super::function::Args;
use super::repr::{repr_plain, str_plain};
use super::{subscript, types, unicode, PyErr, PyResult, Value};
use crate::interp::Vm;

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

pub(crate) fn arity_message(type_name: &str, name: &str, sig: Sig, n: usize) -> String {
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

/// The first argument if given and not None.
pub(crate) fn first_or_none(args: Vec<Option<Value>>) -> Option<Value> {
    args.into_iter().next().flatten().filter(|v| !v.is_none())
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

pub fn zfill(s: &str, width: usize) -> PyResult<String> {
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    let mut out = super::alloc::string_with_capacity(s.len() + (width - len))?;
    let digits = match s.strip_prefix(['+', '-']) {
        Some(rest) => {
            out.push_str(&s[..1]);
            rest
        }
        None => s,
    };
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(digits);
    Ok(out)
}

/// `ljust` / `rjust` / `center` (CPython's centring puts the odd pad
/// character on the left when the width is odd).
pub fn pad(s: &str, how: &str, width: usize, fill: char) -> PyResult<String> {
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = match how {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = super::alloc::string_with_capacity(s.len() + marg * fill.len_utf8())?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(out)
}

/// Whether the capital sigma at `i` ends a word, so lowers to `ς`: a cased
/// letter before it and none after, looking through case-ignorable
/// characters (Unicode's Final_Sigma, as CPython's `handle_capital_sigma`).
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let significant = |c: &&char| !unicode::is_case_ignorable(**c);
    let before = chars[..i].iter().rev().find(significant);
    let after = chars[i + 1..].iter().find(significant);
    before.is_some_and(|&c| unicode::is_cased(c)) && !after.is_some_and(|&c| unicode::is_cased(c))
}

/// Lowercase of `chars[i]`, with the final-sigma rule.
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    if chars[i] == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        unicode::push_lower(chars[i], out);
    }
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_upper(c, &mut out);
    }
    out
}

/// Each word's first cased letter in title case, the rest lowercase; a
/// word is a run of cased characters.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            unicode::push_title(c, &mut out);
        }
        previous_cased = unicode::is_cased(c);
    }
    out
}

pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            unicode::push_title(chars[0], &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if unicode::is_uppercase(c) {
            push_lower_at(&chars, i, &mut out);
        } else if unicode::is_lowercase(c) {
            unicode::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// Full case folding (`ß` -> `ss`, `ﬁ` -> `fi`, `ς` -> `σ`).
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_casefold(c, &mut out);
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

/// The value of a decimal digit of any script: each range above is whole
/// runs of ten digits, each run starting at its zero.
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    DECIMAL_RANGES
        .iter()
        .find(|&&(lo, hi)| lo <= n && n <= hi)
        .map(|&(lo, _)| (n - lo) % 10)
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(c, OTHER_DIGIT_RANGES)
}

fn is_numeric(c: char) -> bool {
    unicode::is_numeric(c)
}

/// `str.istitle()`: uppercase and titlecase letters only after uncased
/// characters, lowercase ones only after cased, and at least one cased.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if unicode::is_uppercase(c) || unicode::is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if unicode::is_lowercase(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`: XID_Start (or `_`) then XID_Continue characters.
/// Like CPython's, it does not NFKC-normalise first.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(unicode::is_xid_start) && chars.all(unicode::is_xid_continue)
}

/// `str.isprintable()`: every character printable (the empty string is).
pub fn is_printable(s: &str) -> bool {
    s.chars().all(unicode::is_printable)
}

/// `str.isdigit()` and its kin: the character class holds for every
/// character of a non-empty string.
fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn str_isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

pub fn str_isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

pub fn str_isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

pub fn str_isalpha(s: &str) -> bool {
    all_nonempty(s, unicode::is_alpha)
}

pub fn str_isalnum(s: &str) -> bool {
    all_nonempty(s, |c| unicode::is_alpha(c) || is_numeric(c))
}

pub fn str_isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// Some cased character, and none lower or title case.
pub fn str_isupper(s: &str) -> bool {
    !s.chars()
        .any(|c| unicode::is_lowercase(c) || unicode::is_titlecase(c))
        && s.chars().any(unicode::is_uppercase)
}

/// Some cased character, and none upper or title case.
pub fn str_islower(s: &str) -> bool {
    !s.chars()
        .any(|c| unicode::is_uppercase(c) || unicode::is_titlecase(c))
        && s.chars().any(unicode::is_lowercase)
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
pub(crate) type FormatHook<'a> = &'a dyn Fn(&Value, char, &str) -> Option<PyResult<String>>;

struct FormatArgs<'a> {
    hook: FormatHook<'a>,
    /// Looks up `{x.attr}` and `{x[key]}` on any object; without it only
    /// builtin containers can be indexed.
    vm: Option<&'a Vm>,
    positional: &'a [Value],
    keywords: &'a [(Rc<str>, Value)],
    /// `format_map`'s mapping, which names every field instead of the
    /// arguments (`do_string_format_map` passes no positional tuple).
    mapping: Option<&'a Value>,
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
pub(crate) fn str_format_with(
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
        mapping: None,
        numbering: Numbering::Unset,
    };
    render_template(&mut fa, template, 2)
}

/// `template.format_map(mapping)`: each field's name is looked up with
/// `mapping[name]`; numbered or automatic fields are an error.
pub(crate) fn str_format_map(
    template: &str,
    mapping: &Value,
    hook: FormatHook,
    vm: &Vm,
) -> PyResult<String> {
    let mut fa = FormatArgs {
        hook,
        vm: Some(vm),
        positional: &[],
        keywords: &[],
        mapping: Some(mapping),
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
pub(crate) fn ascii(s: &str) -> String {
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
    let mut value = if let (Some(mapping), Some(vm)) = (fa.mapping, fa.vm) {
        if head.is_empty() || index.is_some() {
            return Err(PyErr::value_error(
                "Format string contains positional fields",
            ));
        }
        vm.get_item(mapping, &Value::str(head))?
    } else if head.is_empty() || index.is_some() {
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
        assert_eq!(zfill("-12", 5).ok().as_deref(), Some("-0012"));
        assert_eq!(zfill("+a", 4).ok().as_deref(), Some("+00a"));
        assert_eq!(zfill("abc", 2).ok().as_deref(), Some("abc"));
        assert_eq!(pad("a", "center", 4, ' ').ok().as_deref(), Some(" a  "));
        assert_eq!(pad("ab", "center", 5, '*').ok().as_deref(), Some("**ab*"));
        assert_eq!(pad("abc", "center", 6, ' ').ok().as_deref(), Some(" abc  "));
        assert_eq!(pad("é", "rjust", 3, '.').ok().as_deref(), Some("..é"));
        assert_eq!(pad("a", "ljust", 3, '-').ok().as_deref(), Some("a--"));
        assert_eq!(expandtabs("a\tbc\td\ne\tf", 4), "a   bc  d\ne   f");
        assert_eq!(expandtabs("\tx", 0), "x");
    }

    #[test]
    fn predicates() {
        assert!(str_isdigit("123"));
        assert!(str_isdigit("²"));
        assert!(!str_isdecimal("²"));
        assert!(str_isdecimal("٣"));
        assert!(str_isnumeric("½"));
        assert!(!str_isdigit(""));
        assert!(str_isspace(" \t\x1c"));
        assert!(str_isupper("A1"));
        assert!(!str_isupper("1"));
        assert!(str_islower("abc1"));
        assert!(is_identifier("_a1"));
        assert!(!is_identifier("1a"));
        assert!(!is_identifier(""));
        assert!(str_isalpha("é"));
        assert!(str_isalnum("a1"));
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
