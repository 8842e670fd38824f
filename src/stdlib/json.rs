//! The `json` module. The work happens here, in Rust, as in CPython's `_json`
//! accelerator: the encoder (`_encode`, `_quote`) and the scanner (`_scan`,
//! `_skip_ws`). The public classes and functions are a thin Python layer
//! (`py/json_api.py`) over these natives.
//!
//! The scanner walks the UTF-8 bytes of the document: every byte JSON gives a
//! meaning to is ASCII, so a multi-byte character is never mistaken for one.
//! Positions are converted to character indexes only where Python sees them
//! (the end index returned and the position of an error).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use num_bigint::BigInt;

use super::native;
use crate::interp::Vm;
use crate::object::class::payload;
use crate::object::dict::{Dict, DictKey};
use crate::object::repr::float_repr;
use crate::object::types::{self, TypeRef};
use crate::object::{Args, Globals, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "json",
        include_str!("py/json_api.py"),
        vec![
            native("json", "_encode", encode),
            native("json", "_quote", quote),
            native("json", "_scan", scan),
            native("json", "_skip_ws", skip_ws),
            native("json", "_bytes_text", bytes_text),
        ],
    )
}

/// The recursion error of a nested container, with the context CPython adds
/// (`Py_EnterRecursiveCall` in `Modules/_json.c`).
fn nesting_guard(vm: &Vm, what: &str) -> PyResult<crate::interp::DepthGuard> {
    vm.check_interrupt()?;
    crate::object::recursion::enter(what)
}

fn is_builtin_type(v: &Value, t: &'static types::TypeObject) -> bool {
    matches!(v, Value::Type(TypeRef::Builtin(b)) if std::ptr::eq(*b, t))
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a Rc<str>> {
    match payload(v).unwrap_or(v) {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

// ---------------------------------------------------------------------------
// Encoding

/// Appends `s` as a JSON string literal. Quote, backslash and control
/// characters are always escaped (with the short forms `\n` etc. where JSON
/// has them); with `ascii`, so is everything past `~`, astral characters as
/// a UTF-16 surrogate pair.
fn push_quoted(out: &mut String, s: &str, ascii: bool) {
    fn push_u(out: &mut String, unit: u32) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push_str("\\u");
        for shift in [12, 8, 4, 0] {
            out.push(HEX[((unit >> shift) & 0xf) as usize] as char);
        }
    }
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut clean_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x20..=0x7e => {
                i += 1;
                continue;
            }
            0x7f if !ascii => {
                i += 1;
                continue;
            }
            0x80.. if !ascii => {
                i += 1;
                continue;
            }
            _ => "",
        };
        out.push_str(&s[clean_from..i]);
        if !short.is_empty() {
            out.push_str(short);
            i += 1;
        } else if b < 0x80 {
            push_u(out, b as u32);
            i += 1;
        } else {
            let c = s[i..].chars().next().expect("a char starts here");
            let n = c as u32;
            if n < 0x10000 {
                push_u(out, n);
            } else {
                let v = n - 0x10000;
                push_u(out, 0xd800 | (v >> 10));
                push_u(out, 0xdc00 | (v & 0x3ff));
            }
            i += c.len_utf8();
        }
        clean_from = i;
    }
    out.push_str(&s[clean_from..]);
    out.push('"');
}

/// `_quote(s, ensure_ascii)`: `s` as a JSON string literal.
fn quote(vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [s, ascii] if args.keywords.is_empty() => {
            let s = str_arg(s, "_quote() argument 1")?;
            let mut out = String::new();
            push_quoted(&mut out, s, vm.truth(ascii)?);
            Ok(Value::str(&out))
        }
        _ => Err(PyErr::type_error("_quote() takes 2 positional arguments")),
    }
}

/// One encoding run: the options of a `JSONEncoder` and the text so far.
struct Encoder<'v> {
    vm: &'v Vm,
    /// Addresses of the containers (and `default` arguments) being written,
    /// when circular references are checked.
    markers: Option<HashSet<usize>>,
    default: Value,
    ascii: bool,
    allow_nan: bool,
    /// The indent unit; `None` writes everything on one line.
    indent: Option<Rc<str>>,
    key_sep: Rc<str>,
    item_sep: Rc<str>,
    sort_keys: bool,
    skipkeys: bool,
    out: String,
}

/// What a value is written as: builtin subclasses (an `IntEnum` member, a
/// `str` mixin enum, a `list` subclass) are written as the builtin value
/// they carry, as CPython's encoder checks `PyLong_Check` etc.
fn json_view(o: &Value) -> &Value {
    match payload(o) {
        Some(
            p @ (Value::Str(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)),
        ) => p,
        _ => o,
    }
}

impl Encoder<'_> {
    fn enter(&mut self, address: usize) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if !m.insert(address) {
                return Err(PyErr::value_error("Circular reference detected"));
            }
        }
        Ok(())
    }

    fn leave(&mut self, address: usize) {
        if let Some(m) = &mut self.markers {
            m.remove(&address);
        }
    }

    /// The text of a float. Non-finite values use JavaScript's names, or are
    /// refused without `allow_nan`; the indented encoder (CPython's
    /// pure-Python one) names the value in that error.
    fn float_text(&self, f: f64, original: &Value) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            let mut msg = String::from("Out of range float values are not JSON compliant");
            if self.indent.is_some() {
                msg.push_str(": ");
                msg.push_str(&self.vm.repr(original)?);
            }
            return Err(PyErr::value_error(msg));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline(&mut self, level: usize) {
        if let Some(unit) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(unit);
            }
        }
    }

    fn value(&mut self, o: &Value, level: usize) -> PyResult<()> {
        let view = json_view(o);
        match view {
            Value::Str(s) => push_quoted(&mut self.out, s, self.ascii),
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::BigInt(b) => self.out.push_str(&b.to_string()),
            Value::Float(f) => {
                let text = self.float_text(*f, o)?;
                self.out.push_str(&text);
            }
            Value::List(l) => {
                let l = l.clone();
                let item = |i: usize| l.borrow().get(i).cloned();
                self.array(view.address(), &item, level)?;
            }
            Value::Tuple(t) => {
                let t = t.clone();
                let item = |i: usize| t.get(i).cloned();
                self.array(Rc::as_ptr(&t) as *const u8 as usize, &item, level)?;
            }
            Value::Dict(d) => {
                let items: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value().clone(), v.clone()))
                    .collect();
                self.object(Rc::as_ptr(d) as *const u8 as usize, items, level)?;
            }
            _ => self.other(o, level)?,
        }
        Ok(())
    }

    /// A list or tuple, read item by item so that a `default` hook that
    /// changes the list does not invalidate what is being read.
    fn array(
        &mut self,
        address: usize,
        item: &dyn Fn(usize) -> Option<Value>,
        level: usize,
    ) -> PyResult<()> {
        let Some(first) = item(0) else {
            self.out.push_str("[]");
            return Ok(());
        };
        let _guard = nesting_guard(self.vm, " while encoding a JSON object")?;
        self.enter(address)?;
        self.out.push('[');
        self.newline(level + 1);
        self.value(&first, level + 1)?;
        let mut i = 1;
        while let Some(v) = item(i) {
            let sep = self.item_sep.clone();
            self.out.push_str(&sep);
            self.newline(level + 1);
            self.value(&v, level + 1)?;
            i += 1;
        }
        self.newline(level);
        self.out.push(']');
        self.leave(address);
        Ok(())
    }

    /// A dict key as JSON writes it, or `None` for a key `skipkeys` drops.
    fn key_text(&self, key: &Value) -> PyResult<Option<String>> {
        Ok(Some(match json_view(key) {
            Value::Str(s) => s.to_string(),
            Value::Float(f) => self.float_text(*f, key)?,
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            _ if self.skipkeys => return Ok(None),
            other => {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    other.type_name()
                )))
            }
        }))
    }

    fn object(&mut self, address: usize, items: Vec<(Value, Value)>, level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let _guard = nesting_guard(self.vm, " while encoding a JSON object")?;
        self.enter(address)?;
        let items = if self.sort_keys {
            sort_items(self.vm, items)?
        } else {
            items
        };
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, v) in items {
            let Some(key) = self.key_text(&k)? else {
                continue;
            };
            if !first {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            first = false;
            push_quoted(&mut self.out, &key, self.ascii);
            let sep = self.key_sep.clone();
            self.out.push_str(&sep);
            self.value(&v, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave(address);
        Ok(())
    }

    /// Anything else goes through the `default` hook, whose result is
    /// written in its place.
    fn other(&mut self, o: &Value, level: usize) -> PyResult<()> {
        let _guard = nesting_guard(self.vm, " while encoding a JSON object")?;
        let address = o.address();
        self.enter(address)?;
        let replacement = self
            .vm
            .call(&self.default, Args::positional(vec![o.clone()]))?;
        self.value(&replacement, level)?;
        self.leave(address);
        Ok(())
    }
}

/// `a < b` for two `(key, value)` items, as tuples compare: the keys
/// decide unless they are equal.
fn item_less(vm: &Vm, a: &(Value, Value), b: &(Value, Value)) -> PyResult<bool> {
    if vm.equal(&a.0, &b.0)? {
        vm.compare(CmpOp::Lt, &a.1, &b.1)
    } else {
        vm.compare(CmpOp::Lt, &a.0, &b.0)
    }
}

/// The items sorted as `sorted(d.items())` sorts them: stably, with `<`
/// only, comparing a later item with an earlier one first.
fn sort_items(vm: &Vm, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if items.len() < 2 {
        return Ok(items);
    }
    let mut right = items;
    let mut left: Vec<(Value, Value)> = right.drain(..right.len() / 2).collect();
    left = sort_items(vm, left)?;
    right = sort_items(vm, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    while let (Some(l), Some(r)) = (left.peek(), right.peek()) {
        // The right run's item goes first only when strictly smaller.
        if item_less(vm, r, l)? {
            out.extend(right.next());
        } else {
            out.extend(left.next());
        }
    }
    out.extend(left);
    out.extend(right);
    Ok(out)
}

/// `_encode(o, check_circular, default, ensure_ascii, allow_nan, indent,
/// key_separator, item_separator, sort_keys, skipkeys)`: the JSON text of
/// `o`. `indent` is None or the str repeated per level.
fn encode(vm: &Vm, args: Args) -> PyResult {
    let [o, check_circular, default, ascii, allow_nan, indent, key_sep, item_sep, sort_keys, skipkeys] =
        <[Value; 10]>::try_from(args.positional)
            .map_err(|_| PyErr::type_error("_encode() takes 10 positional arguments"))?;
    // CPython's `c_make_encoder` checks the separators in this order.
    let key_sep = str_arg(&key_sep, "make_encoder() argument 5")?.clone();
    let item_sep = str_arg(&item_sep, "make_encoder() argument 6")?.clone();
    let indent = match &indent {
        Value::None => None,
        other => Some(str_arg(other, "indent")?.clone()),
    };
    let mut enc = Encoder {
        vm,
        markers: vm.truth(&check_circular)?.then(HashSet::new),
        default,
        ascii: vm.truth(&ascii)?,
        allow_nan: vm.truth(&allow_nan)?,
        indent,
        key_sep,
        item_sep,
        sort_keys: vm.truth(&sort_keys)?,
        skipkeys: vm.truth(&skipkeys)?,
        out: String::new(),
    };
    enc.value(&o, 0)?;
    Ok(Value::str(&enc.out))
}

// ---------------------------------------------------------------------------
// Decoding

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The byte offset of character `idx` of `s`, or `None` past its end.
fn byte_offset(s: &str, idx: usize) -> Option<usize> {
    if s.is_ascii() {
        return (idx <= s.len()).then_some(idx);
    }
    match s.char_indices().nth(idx) {
        Some((b, _)) => Some(b),
        None => (s.chars().count() == idx).then_some(s.len()),
    }
}

/// The character index of byte offset `b` of `s`.
fn char_index(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

fn doc_arg(v: &Value) -> PyResult<&Rc<str>> {
    match payload(v).unwrap_or(v) {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!(
            "first argument must be a string, not {}",
            other.type_name()
        ))),
    }
}

/// A start index: negative indexes are refused, as CPython's scanner does.
fn index_arg(v: &Value) -> PyResult<i64> {
    match payload(v).unwrap_or(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `_skip_ws(s, idx)`: the index of the first non-whitespace character of
/// `s` at or after `idx`.
fn skip_ws(_vm: &Vm, args: Args) -> PyResult {
    let [doc, idx] = <[Value; 2]>::try_from(args.positional)
        .map_err(|_| PyErr::type_error("_skip_ws() takes 2 positional arguments"))?;
    let s = doc_arg(&doc)?;
    let idx = index_arg(&idx)?.max(0) as usize;
    let Some(mut b) = byte_offset(s, idx) else {
        return Ok(Value::Int(idx as i64));
    };
    let start = b;
    let bytes = s.as_bytes();
    while b < bytes.len() && is_ws(bytes[b]) {
        b += 1;
    }
    Ok(Value::Int((idx + (b - start)) as i64))
}

/// One `_scan` call: the document and the decoder's hooks.
struct Scanner<'a> {
    vm: &'a Vm,
    text: &'a str,
    bytes: &'a [u8],
    doc: Value,
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    /// `None` while the builtin type is the hook: parsed here directly.
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Value,
    error_class: Value,
    /// Keys seen so far, so that repeated keys share one string.
    keys: HashMap<&'a str, Rc<str>>,
}

impl<'a> Scanner<'a> {
    /// The decode error `msg` at byte `pos`, made by the Python
    /// `JSONDecodeError` class.
    fn error(&self, msg: &str, pos: usize) -> Box<PyErr> {
        self.error_at_char(msg, char_index(self.text, pos))
    }

    fn error_at_char(&self, msg: &str, pos: usize) -> Box<PyErr> {
        let args = vec![Value::str(msg), self.doc.clone(), Value::Int(pos as i64)];
        match self.vm.call(&self.error_class, Args::positional(args)) {
            Ok(v) => match self.vm.make_exception(v) {
                Ok(exc) => PyErr::from_exception(exc),
                Err(e) => e,
            },
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && is_ws(self.bytes[i]) {
            i += 1;
        }
        i
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.bytes.get(i).copied()
    }

    fn value(&mut self, i: usize) -> PyResult<(Value, usize)> {
        let rest = &self.bytes[i.min(self.bytes.len())..];
        match rest.first() {
            None => Err(self.error("Expecting value", i)),
            Some(b'"') => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::Str(s), end))
            }
            Some(b'{') => {
                let _guard = nesting_guard(
                    self.vm,
                    " while decoding a JSON object from a unicode string",
                )?;
                self.object(i + 1)
            }
            Some(b'[') => {
                let _guard = nesting_guard(
                    self.vm,
                    " while decoding a JSON array from a unicode string",
                )?;
                self.array(i + 1)
            }
            Some(b'n') if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            Some(b't') if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            Some(b'f') if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            Some(b'N') if rest.starts_with(b"NaN") => self.constant("NaN", i),
            Some(b'I') if rest.starts_with(b"Infinity") => self.constant("Infinity", i),
            Some(b'-') if rest.starts_with(b"-Infinity") => self.constant("-Infinity", i),
            Some(_) => self.number(i),
        }
    }

    fn constant(&mut self, name: &str, i: usize) -> PyResult<(Value, usize)> {
        let v = self.vm.call(
            &self.parse_constant,
            Args::positional(vec![Value::str(name)]),
        )?;
        Ok((v, i + name.len()))
    }

    /// A number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, where a
    /// fraction or exponent without digits is left for the caller to see.
    fn number(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let digit = |i: usize| self.at(i).is_some_and(|b| b.is_ascii_digit());
        let mut i = start;
        if self.at(i) == Some(b'-') {
            i += 1;
        }
        match self.at(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(self.error("Expecting value", start)),
        }
        let mut is_float = false;
        if self.at(i) == Some(b'.') && digit(i + 1) {
            i += 2;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(self.at(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text = &self.text[start..i];
        let hook = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        let v = match hook {
            Some(f) => self.vm.call(f, Args::positional(vec![Value::str(text)]))?,
            None if is_float => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_bigint(
                    text.parse::<BigInt>()
                        .map_err(|_| PyErr::value_error("invalid JSON number"))?,
                ),
            },
        };
        Ok((v, i))
    }

    /// The four hex digits at `i`, if they are.
    fn hex4(&self, i: usize) -> Option<u32> {
        let digits = self.bytes.get(i..i + 4)?;
        digits
            .iter()
            .try_fold(0u32, |acc, &b| Some(acc * 16 + (b as char).to_digit(16)?))
    }

    /// The string whose opening quote is just before `start`, and the index
    /// past its closing quote.
    fn string(&mut self, start: usize) -> PyResult<(Rc<str>, usize)> {
        let begin = start - 1;
        let len = self.bytes.len();
        let mut out = String::new();
        // The first escape that stands for a lone surrogate, which a str of
        // this interpreter cannot hold; reported once the string is read, so
        // that an error CPython reports first still comes first.
        let mut lone_surrogate = None;
        let mut end = start;
        loop {
            let mut next = end;
            while next < len {
                let b = self.bytes[next];
                if b == b'"' || b == b'\\' {
                    break;
                }
                if b < 0x20 && self.strict {
                    return Err(self.error("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= len {
                return Err(self.error("Unterminated string starting at", begin));
            }
            if self.bytes[next] == b'"' {
                if out.is_empty() && lone_surrogate.is_none() {
                    // No escapes: the text as it stands.
                    return Ok((Rc::from(&self.text[end..next]), next + 1));
                }
                out.push_str(&self.text[end..next]);
                end = next + 1;
                break;
            }
            out.push_str(&self.text[end..next]);
            // A backslash at `next`.
            let Some(kind) = self.at(next + 1) else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            if kind != b'u' {
                out.push(match kind {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error("Invalid \\escape", next)),
                });
                end = next + 2;
                continue;
            }
            // `\uXXXX`: CPython wants a character after the four digits
            // (the closing quote at least) before it reads them.
            let u = next + 1;
            end = u + 5;
            if end >= len {
                return Err(self.error("Invalid \\uXXXX escape", u));
            }
            let Some(mut code) = self.hex4(u + 1) else {
                return Err(self.error("Invalid \\uXXXX escape", u));
            };
            // A high surrogate followed by a low one is one character.
            if (0xd800..0xdc00).contains(&code)
                && end + 6 < len
                && self.bytes[end] == b'\\'
                && self.bytes[end + 1] == b'u'
            {
                let Some(low) = self.hex4(end + 2) else {
                    return Err(self.error("Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..0xe000).contains(&low) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    end += 6;
                }
            }
            match char::from_u32(code) {
                Some(c) => out.push(c),
                None => {
                    lone_surrogate.get_or_insert(next);
                }
            }
        }
        if let Some(pos) = lone_surrogate {
            return Err(self.error("Lone surrogate \\uXXXX escape not supported", pos));
        }
        Ok((Rc::from(out), end))
    }

    fn key(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let (s, end) = self.string(start)?;
        let raw: &'a str = &self.text[start..end - 1];
        let shared = self.keys.entry(raw).or_insert(s).clone();
        Ok((Value::Str(shared), end))
    }

    fn object(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(b'}') {
            loop {
                if self.at(i) != Some(b'"') {
                    return Err(self.error("Expecting property name enclosed in double quotes", i));
                }
                let (key, after) = self.key(i + 1)?;
                i = self.skip_ws(after);
                if self.at(i) != Some(b':') {
                    return Err(self.error("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, after) = self.value(i)?;
                pairs.push((key, value));
                i = self.skip_ws(after);
                match self.at(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        if let Some(hook) = &self.pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            let v = self
                .vm
                .call(hook, Args::positional(vec![Value::list(list)]))?;
            return Ok((v, end));
        }
        let mut dict = Dict::with_capacity(pairs.len());
        for (k, v) in pairs {
            dict.insert(DictKey::new(k)?, v);
        }
        let dict = Value::Dict(Rc::new(std::cell::RefCell::new(dict)));
        match &self.object_hook {
            Some(hook) => Ok((self.vm.call(hook, Args::positional(vec![dict]))?, end)),
            None => Ok((dict, end)),
        }
    }

    fn array(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(b']') {
            loop {
                let (value, after) = self.value(i)?;
                items.push(value);
                i = self.skip_ws(after);
                match self.at(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
            }
        }
        Ok((Value::list(items), i + 1))
    }
}

/// `_scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant, error_class)`: the value starting at index
/// `idx` of `s` and the index just past it.
fn scan(vm: &Vm, args: Args) -> PyResult {
    let [doc, idx, strict, object_hook, pairs_hook, parse_float, parse_int, parse_constant, error_class] =
        <[Value; 9]>::try_from(args.positional)
            .map_err(|_| PyErr::type_error("_scan() takes 9 positional arguments"))?;
    let text = doc_arg(&doc)?.clone();
    let idx = index_arg(&idx)?;
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let hook = |v: Value, builtin: &'static types::TypeObject| {
        (!is_builtin_type(&v, builtin)).then_some(v)
    };
    let mut scanner = Scanner {
        vm,
        text: &text,
        bytes: text.as_bytes(),
        doc: doc.clone(),
        strict: vm.truth(&strict)?,
        object_hook: (!object_hook.is_none()).then_some(object_hook),
        pairs_hook: (!pairs_hook.is_none()).then_some(pairs_hook),
        parse_float: hook(parse_float, &types::FLOAT),
        parse_int: hook(parse_int, &types::INT),
        parse_constant,
        error_class,
        keys: HashMap::new(),
    };
    let Some(start) = byte_offset(&text, idx as usize) else {
        // Past the end: nothing there, reported at the index asked for.
        return Err(scanner.error_at_char("Expecting value", idx as usize));
    };
    let (value, end) = scanner.value(start)?;
    Ok(Value::tuple(vec![
        value,
        Value::Int(char_index(&text, end) as i64),
    ]))
}

/// `_bytes_text(b)`: the text of a JSON document given as bytes, in the
/// UTF-8, UTF-16 or UTF-32 encoding its first bytes show (a BOM, or where
/// the zero bytes of an ASCII first character fall).
fn bytes_text(_vm: &Vm, args: Args) -> PyResult {
    let data: Vec<u8> = match args.positional.first() {
        Some(Value::Bytes(b)) => b.to_vec(),
        Some(Value::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(PyErr::type_error("_bytes_text() takes bytes")),
    };
    let b = data.as_slice();
    let (body, width, big_endian) = if let Some(rest) = b.strip_prefix(b"\xef\xbb\xbf") {
        (rest, 1, false)
    } else if let Some(rest) = b.strip_prefix(b"\xff\xfe\x00\x00") {
        (rest, 4, false)
    } else if let Some(rest) = b.strip_prefix(b"\x00\x00\xfe\xff") {
        (rest, 4, true)
    } else if let Some(rest) = b.strip_prefix(b"\xff\xfe") {
        (rest, 2, false)
    } else if let Some(rest) = b.strip_prefix(b"\xfe\xff") {
        (rest, 2, true)
    } else {
        match b {
            [0, 0, _, _, ..] => (b, 4, true),
            [0, _, _, _, ..] | [0, _] => (b, 2, true),
            [_, 0, 0, 0, ..] => (b, 4, false),
            [_, 0, _, _, ..] | [_, 0] => (b, 2, false),
            _ => (b, 1, false),
        }
    };
    let text = match width {
        1 => crate::object::codecs::decode(body, "utf-8", "strict")?,
        2 => {
            let units = body.chunks(2).map(|c| match (c, big_endian) {
                ([hi, lo], true) | ([lo, hi], false) => u16::from_be_bytes([*hi, *lo]),
                _ => 0xdc00, // an odd trailing byte: undecodable
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|_| wide_error("utf-16"))?
        }
        _ => body
            .chunks(4)
            .map(|c| {
                let word: [u8; 4] = c.try_into().map_err(|_| wide_error("utf-32"))?;
                let n = if big_endian {
                    u32::from_be_bytes(word)
                } else {
                    u32::from_le_bytes(word)
                };
                char::from_u32(n).ok_or_else(|| wide_error("utf-32"))
            })
            .collect::<PyResult<String>>()?,
    };
    Ok(Value::str(&text))
}

fn wide_error(codec: &str) -> Box<PyErr> {
    PyErr::new(
        &types::UNICODE_DECODE_ERROR,
        format!("'{codec}' codec can't decode the JSON document"),
    )
}
