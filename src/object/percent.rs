//! printf-style string formatting: `"%s and %d" % (a, b)` and
//! `"%(name)s" % {"name": x}`, following CPython 3.11's `PyUnicode_Format`
//! (`Objects/unicodeobject.c`) step for step, so that the same template
//! consumes the same arguments and fails with the same error.
//!
//! Float conversions are rendered by the format-spec mini-language
//! (`format.rs`), which shares CPython's rounding; `%e` is `format(x, '.6e')`
//! with the sign, width and padding applied here as CPython applies them.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use super::format::format_value;
use super::repr::{repr_plain, str_plain};
use super::subscript::get_item;
use super::types;
use super::{PyErr, PyResult, Value};

/// `template % args`.
pub fn percent_format(template: &str, args: &Value) -> PyResult<String> {
    format_with(template, args, false, &|_, _| None)
}

/// How `%s`/`%r`/`%a` render a value that runs Python code for it (a user
/// object's `__str__`/`__repr__`); `None` for the plain rendering.
pub type TextHook<'a> = &'a dyn Fn(&Value, char) -> Option<PyResult<String>>;

/// `percent_format`, with `text` rendering the `%s`/`%r`/`%a` conversions.
pub fn percent_format_with(template: &str, args: &Value, text: TextHook) -> PyResult<String> {
    format_with(template, args, false, text)
}

/// `bytes % args` (`_PyBytes_FormatEx`): the same directives over the
/// template's bytes, `%s`/`%b` taking bytes-like values and `%r`/`%a` the
/// ASCII repr.
pub fn bytes_percent_format(template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    // Latin-1: one char per byte, and back.
    let text: String = template.iter().map(|&b| b as char).collect();
    let out = format_with(&text, args, true, &|_, _| None)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn format_with(template: &str, args: &Value, bytes: bool, text: TextHook) -> PyResult<String> {
    let fmt: Vec<char> = template.chars().collect();
    let (arglen, argidx) = match args {
        Value::Tuple(t) => (t.len() as isize, 0),
        _ => (-1, -2),
    };
    // `PyMapping_Check`: any type with `__getitem__`, except tuple and str.
    let dict = match args {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => Some(args.clone()),
        _ => None,
    };
    let mut f = Formatter {
        cnt: fmt.len() as isize,
        fmt,
        pos: 0,
        args: args.clone(),
        arglen,
        argidx,
        dict,
        out: String::with_capacity(template.len() + 16),
        text,
        bytes,
    };
    f.run()?;
    Ok(f.out)
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Widths beyond this would exhaust memory; CPython raises MemoryError too.
const MAX_FIELD: isize = 1 << 32;

struct Formatter<'a> {
    /// Renders `%s`/`%r` of values with Python-level `__str__`/`__repr__`.
    text: TextHook<'a>,
    fmt: Vec<char>,
    /// Index of the next character to read.
    pos: usize,
    /// Characters left to read, as CPython's `fmtcnt` (goes to -1 at the end).
    cnt: isize,
    /// The current argument source: the tuple, the single value, or the value
    /// looked up by the last `%(key)`.
    args: Value,
    arglen: isize,
    argidx: isize,
    /// The mapping for `%(key)` lookups.
    dict: Option<Value>,
    out: String,
    /// Formatting a bytes template: `out` holds one char per byte.
    bytes: bool,
}

struct Arg {
    ch: char,
    flags: u8,
    width: isize,
    prec: isize,
    /// A numeric conversion: the sign goes before any zero padding.
    sign: bool,
}

impl Formatter<'_> {
    /// The character at `pos`; past the end, the terminating NUL CPython reads.
    fn read(&self) -> char {
        self.fmt.get(self.pos).copied().unwrap_or('\0')
    }

    /// Consumes one character, returning it; `None` at the end (`--fmtcnt < 0`).
    fn advance(&mut self) -> Option<char> {
        self.cnt -= 1;
        if self.cnt < 0 {
            return None;
        }
        let c = self.read();
        self.pos += 1;
        Some(c)
    }

    fn run(&mut self) -> PyResult<()> {
        loop {
            self.cnt -= 1;
            if self.cnt < 0 {
                break;
            }
            let c = self.read();
            self.pos += 1;
            if c == '%' {
                self.format_arg()?;
            } else {
                self.out.push(c);
            }
        }
        if self.argidx < self.arglen && self.dict.is_none() {
            return Err(not_all_converted(self.bytes));
        }
        Ok(())
    }

    fn next_arg(&mut self) -> PyResult<Value> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Value::Tuple(t) = &self.args {
                return Ok(t[idx as usize].clone());
            }
        }
        Err(PyErr::type_error("not enough arguments for format string"))
    }

    /// One conversion; `pos` is just after its `%`.
    fn format_arg(&mut self) -> PyResult<()> {
        if self.read() == '%' {
            self.pos += 1;
            self.cnt -= 1;
            self.out.push('%');
            return Ok(());
        }
        let mut arg = Arg {
            ch: self.read(),
            flags: 0,
            width: -1,
            prec: -1,
            sign: false,
        };
        self.parse(&mut arg)?;
        let s = self.convert(&mut arg)?;
        self.output(&mut arg, &s);
        if self.dict.is_some() && self.argidx < self.arglen {
            return Err(not_all_converted(self.bytes));
        }
        Ok(())
    }

    /// The mapping key, flags, width, precision and length modifier
    /// (`unicode_format_arg_parse`).
    fn parse(&mut self, arg: &mut Arg) -> PyResult<()> {
        if self.read() == '(' {
            let Some(dict) = self.dict.clone() else {
                return Err(PyErr::type_error("format requires a mapping"));
            };
            self.pos += 1;
            self.cnt -= 1;
            let keystart = self.pos;
            let mut pcount = 1;
            while pcount > 0 {
                let Some(c) = self.advance() else { break };
                arg.ch = c;
                if c == ')' {
                    pcount -= 1;
                } else if c == '(' {
                    pcount += 1;
                }
            }
            if self.cnt < 0 || pcount > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key: String = self.fmt[keystart..self.pos - 1].iter().collect();
            let key = if self.bytes {
                super::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                Value::str(&key)
            };
            self.args = get_item(&dict, &key)?;
            self.arglen = -1;
            self.argidx = -2;
        }

        while let Some(c) = self.advance() {
            arg.ch = c;
            match c {
                '-' => arg.flags |= F_LJUST,
                '+' => arg.flags |= F_SIGN,
                ' ' => arg.flags |= F_BLANK,
                '#' => arg.flags |= F_ALT,
                '0' => arg.flags |= F_ZERO,
                _ => break,
            }
        }

        if arg.ch == '*' {
            let v = self.next_arg()?;
            let w = star_arg(&v, "ssize_t", isize::MIN as i64, isize::MAX as i64)?;
            arg.width = w as isize;
            if arg.width < 0 {
                arg.flags |= F_LJUST;
                arg.width = arg.width.wrapping_neg();
            }
            if let Some(c) = self.advance() {
                arg.ch = c;
            }
        } else if arg.ch.is_ascii_digit() {
            arg.width = digit(arg.ch);
            while let Some(c) = self.advance() {
                arg.ch = c;
                if !c.is_ascii_digit() {
                    break;
                }
                if arg.width > (isize::MAX - digit(c)) / 10 {
                    return Err(PyErr::value_error("width too big"));
                }
                arg.width = arg.width * 10 + digit(c);
            }
        }

        if arg.ch == '.' {
            arg.prec = 0;
            if let Some(c) = self.advance() {
                arg.ch = c;
            }
            if arg.ch == '*' {
                let v = self.next_arg()?;
                let p = star_arg(&v, "int", i32::MIN as i64, i32::MAX as i64)?;
                arg.prec = (p as isize).max(0);
                if let Some(c) = self.advance() {
                    arg.ch = c;
                }
            } else if arg.ch.is_ascii_digit() {
                arg.prec = digit(arg.ch);
                while let Some(c) = self.advance() {
                    arg.ch = c;
                    if !c.is_ascii_digit() {
                        break;
                    }
                    if arg.prec > (i32::MAX as isize - digit(c)) / 10 {
                        return Err(PyErr::value_error("precision too big"));
                    }
                    arg.prec = arg.prec * 10 + digit(c);
                }
            }
        }

        // `%hd`, `%ld`, `%Ld`: the length modifier is accepted and ignored.
        if self.cnt >= 0 && matches!(arg.ch, 'h' | 'l' | 'L') {
            if let Some(c) = self.advance() {
                arg.ch = c;
            }
        }
        if self.cnt < 0 {
            return Err(PyErr::value_error("incomplete format"));
        }
        if arg.width > MAX_FIELD || arg.prec > MAX_FIELD {
            return Err(super::alloc::memory_error());
        }
        Ok(())
    }

    /// The text of one conversion before padding (`unicode_format_arg_format`).
    fn convert(&mut self, arg: &mut Arg) -> PyResult<String> {
        let v = self.next_arg()?;
        if self.bytes {
            match arg.ch {
                's' | 'b' => {
                    return match super::bytes::bytes_like(&v) {
                        Some(b) => Ok(b?.iter().map(|&c| c as char).collect()),
                        None => Err(PyErr::type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            v.type_name()
                        ))),
                    }
                }
                'r' | 'a' => return Ok(ascii(&repr_plain(&v))),
                'c' => return byte_char(&v).map(String::from),
                _ => {}
            }
        }
        let s = match arg.ch {
            's' | 'r' | 'a' => match ((self.text)(&v, arg.ch), arg.ch) {
                (Some(text), 'a') => ascii(&text?),
                (Some(text), _) => text?,
                (None, 's') => str_plain(&v),
                (None, 'r') => repr_plain(&v),
                (None, _) => ascii(&repr_plain(&v)),
            },
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                arg.sign = true;
                format_long(&v, arg)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                arg.sign = true;
                format_float(&v, arg)?
            }
            'c' => format_char(&v)?.to_string(),
            c => {
                let shown = if ('\u{1f}'..='~').contains(&c) {
                    c
                } else {
                    '?'
                };
                return Err(PyErr::value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    c as u32,
                    self.pos - 1
                )));
            }
        };
        Ok(s)
    }

    /// Applies sign, width, precision (for strings) and padding
    /// (`unicode_format_arg_output`).
    fn output(&mut self, arg: &mut Arg, s: &str) {
        let chars: Vec<char> = s.chars().collect();
        let mut len = chars.len() as isize;
        let fill = if arg.sign && arg.flags & F_ZERO != 0 {
            '0'
        } else {
            ' '
        };
        if (arg.width == -1 || arg.width <= len)
            && (arg.prec == -1 || arg.prec >= len)
            && arg.flags & (F_SIGN | F_BLANK) == 0
        {
            self.out.push_str(s);
            return;
        }
        if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
            len = arg.prec;
        }
        let mut pindex = 0usize;
        let mut signchar = '\0';
        if arg.sign {
            match chars.first() {
                Some(&c @ ('-' | '+')) => {
                    signchar = c;
                    len -= 1;
                    pindex += 1;
                }
                _ if arg.flags & F_SIGN != 0 => signchar = '+',
                _ if arg.flags & F_BLANK != 0 => signchar = ' ',
                _ => arg.sign = false,
            }
        }
        if arg.width < len {
            arg.width = len;
        }
        if arg.sign {
            if fill != ' ' {
                self.out.push(signchar);
            }
            if arg.width > len {
                arg.width -= 1;
            }
        }
        let prefixed = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
        if prefixed {
            if fill != ' ' {
                self.out.extend(&chars[pindex..pindex + 2]);
                pindex += 2;
            }
            arg.width = (arg.width - 2).max(0);
            len -= 2;
        }
        if arg.width > len && arg.flags & F_LJUST == 0 {
            push_n(&mut self.out, fill, arg.width - len);
            arg.width = len;
        }
        if fill == ' ' {
            if arg.sign {
                self.out.push(signchar);
            }
            if prefixed {
                self.out.extend(&chars[pindex..pindex + 2]);
                pindex += 2;
            }
        }
        if len > 0 {
            self.out.extend(&chars[pindex..pindex + len as usize]);
        }
        if arg.width > len {
            push_n(&mut self.out, ' ', arg.width - len);
        }
    }
}

fn not_all_converted(bytes: bool) -> Box<PyErr> {
    PyErr::type_error(if bytes {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    })
}

fn digit(c: char) -> isize {
    c as isize - '0' as isize
}

fn push_n(out: &mut String, c: char, n: isize) {
    out.extend(std::iter::repeat_n(c, n.max(0) as usize));
}

/// A `*` width or precision: an int that fits the C type `ctype`.
fn star_arg(v: &Value, ctype: &str, min: i64, max: i64) -> PyResult<i64> {
    let n = match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(_) => None,
        _ => match super::class::payload(v) {
            Some(p) => return star_arg(p, ctype, min, max),
            None => return Err(PyErr::type_error("* wants int")),
        },
    };
    match n {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            format!("Python int too large to convert to C {ctype}"),
        )),
    }
}

/// `%d %i %u %o %x %X` (`mainformatlong` and `_PyUnicode_FormatLong`):
/// `[-][0x]digits`, the digits zero-extended to the precision.
fn format_long(v: &Value, arg: &Arg) -> PyResult<String> {
    let ty = arg.ch;
    let n: BigInt = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        Value::Float(_) if matches!(ty, 'o' | 'x' | 'X') => {
            return Err(wrong_type(ty, v));
        }
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "cannot convert float infinity to integer",
                ));
            }
            BigInt::from_f64(f.trunc()).unwrap_or_else(BigInt::zero)
        }
        _ => match super::class::payload(v) {
            Some(p @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => {
                return format_long(p, arg)
            }
            _ => return Err(wrong_type(ty, v)),
        },
    };
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        super::int::str_digits::to_decimal(&n.abs())?
    } else {
        n.abs().to_str_radix(radix)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::with_capacity(digits.len() + 4);
    if n.is_negative() {
        out.push('-');
    }
    if arg.flags & F_ALT != 0 {
        out.push_str(prefix);
    }
    if arg.prec > digits.len() as isize {
        push_n(&mut out, '0', arg.prec - digits.len() as isize);
    }
    out.push_str(&digits);
    Ok(out)
}

fn wrong_type(ty: char, v: &Value) -> Box<PyErr> {
    let what = if matches!(ty, 'o' | 'x' | 'X') {
        "an integer"
    } else {
        "a real number"
    };
    PyErr::type_error(format!(
        "%{ty} format: {what} is required, not {}",
        v.type_name()
    ))
}

/// `%e %E %f %F %g %G` (`formatfloat`): `PyOS_double_to_string` with the
/// precision (6 by default) and `#` as the alternate form.
fn format_float(v: &Value, arg: &Arg) -> PyResult<String> {
    let x = match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => f,
            _ => {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "int too large to convert to float",
                ))
            }
        },
        _ => match super::class::payload(v) {
            Some(p @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => {
                return format_float(p, arg)
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    v.type_name()
                )))
            }
        },
    };
    let prec = if arg.prec < 0 { 6 } else { arg.prec };
    let alt = if arg.flags & F_ALT != 0 { "#" } else { "" };
    format_value(&Value::Float(x), &format!("{alt}.{prec}{}", arg.ch))
}

/// `%c` in a bytes template (`byte_converter`): a byte value or a
/// one-byte bytes-like.
fn byte_char(v: &Value) -> PyResult<char> {
    let bad = || PyErr::type_error("%c requires an integer in range(256) or a single byte");
    if let Some(b) = super::bytes::bytes_ref(v) {
        return match *b {
            [c] => Ok(c as char),
            _ => Err(bad()),
        };
    }
    match v {
        Value::Int(i) => u8::try_from(*i)
            .map(|c| c as char)
            .map_err(|_| PyErr::new(&types::OVERFLOW_ERROR, "%c arg not in range(256)")),
        Value::Bool(b) => Ok(*b as u8 as char),
        Value::BigInt(_) => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "%c arg not in range(256)",
        )),
        _ => Err(bad()),
    }
}

/// `%c` (`formatchar`): a one-character str or a code point.
fn format_char(v: &Value) -> PyResult<char> {
    let code = match v {
        Value::Str(s) => {
            let mut it = s.chars();
            return match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(PyErr::type_error("%c requires int or char")),
            };
        }
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(_) => None,
        _ => match super::class::payload(v) {
            Some(p @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))) => return format_char(p),
            _ => return Err(PyErr::type_error("%c requires int or char")),
        },
    };
    // Surrogates cannot be held in a Rust string: reported as out of range.
    code.and_then(|c| u32::try_from(c).ok())
        .and_then(char::from_u32)
        .ok_or_else(|| PyErr::new(&types::OVERFLOW_ERROR, "%c arg not in range(0x110000)"))
}

/// `ascii()` of a repr: non-ASCII characters escaped.
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

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use crate::object::{Dict, DictKey};

    fn s(text: &str) -> Value {
        Value::str(text)
    }

    fn big(digits: &str) -> Value {
        Value::from_bigint(digits.parse().unwrap())
    }

    fn dict(items: Vec<(Value, Value)>) -> Value {
        let mut d = Dict::default();
        for (k, v) in items {
            d.insert(DictKey::new(k).ok().expect("hashable key"), v);
        }
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    type Expected = Result<&'static str, (&'static str, &'static str)>;

    /// `(template, args, python3 3.11's result)`, generated by running each
    /// case through python3: the text, or the exception's type and message.
    fn cases() -> Vec<(&'static str, Value, Expected)> {
        vec![
            // '%s and %d' % ('a', 5)
            ("%s and %d", Value::tuple(vec![s("a"), Value::Int(5)]), Ok("a and 5")),
            // '%s' % 'x'
            ("%s", s("x"), Ok("x")),
            // '%s' % 42
            ("%s", Value::Int(42), Ok("42")),
            // '%s' % (1,)
            ("%s", Value::tuple(vec![Value::Int(1)]), Ok("1")),
            // '%s' % ((1, 2),)
            ("%s", Value::tuple(vec![Value::tuple(vec![Value::Int(1), Value::Int(2)])]), Ok("(1, 2)")),
            // '%s' % [1, 'a']
            ("%s", Value::list(vec![Value::Int(1), s("a")]), Ok("[1, 'a']")),
            // '%r' % "it's"
            ("%r", s("it's"), Ok("\"it's\"")),
            // '%a' % 'é😀'
            ("%a", s("\u{e9}\u{1f600}"), Ok("'\\xe9\\U0001f600'")),
            // '%5s|%-5s|' % ('ab', 'cd')
            ("%5s|%-5s|", Value::tuple(vec![s("ab"), s("cd")]), Ok("   ab|cd   |")),
            // '%.2s|%5.1s|' % ('hello', 'xyz')
            ("%.2s|%5.1s|", Value::tuple(vec![s("hello"), s("xyz")]), Ok("he|    x|")),
            // '%d %i %u' % (7, -7, 0)
            ("%d %i %u", Value::tuple(vec![Value::Int(7), Value::Int(-7), Value::Int(0)]), Ok("7 -7 0")),
            // '%d' % True
            ("%d", Value::Bool(true), Ok("1")),
            // '%d' % 3.99
            ("%d", Value::Float(3.99_f64), Ok("3")),
            // '%d' % -3.99
            ("%d", Value::Float(-3.99_f64), Ok("-3")),
            // '%d' % 1180591620717411303424
            ("%d", big("1180591620717411303424"), Ok("1180591620717411303424")),
            // '%x %X %o' % (255, 255, 8)
            ("%x %X %o", Value::tuple(vec![Value::Int(255), Value::Int(255), Value::Int(8)]), Ok("ff FF 10")),
            // '%#x %#X %#o' % (255, 255, 8)
            ("%#x %#X %#o", Value::tuple(vec![Value::Int(255), Value::Int(255), Value::Int(8)]), Ok("0xff 0XFF 0o10")),
            // '%#08x|%#08o|%-#8x|' % (255, 8, 255)
            ("%#08x|%#08o|%-#8x|", Value::tuple(vec![Value::Int(255), Value::Int(8), Value::Int(255)]), Ok("0x0000ff|0o000010|0xff    |")),
            // '%+#10X' % 255
            ("%+#10X", Value::Int(255), Ok("     +0XFF")),
            // '%.5x|%#.5x|%#10.5X|%#010.5X' % (-255, -255, -255, -255)
            ("%.5x|%#.5x|%#10.5X|%#010.5X", Value::tuple(vec![Value::Int(-255), Value::Int(-255), Value::Int(-255), Value::Int(-255)]), Ok("-000ff|-0x000ff|  -0X000FF|-0X00000FF")),
            // '%x' % -1180591620717411303424
            ("%x", big("-1180591620717411303424"), Ok("-400000000000000000")),
            // '%+d % d %05d %-5d|' % (5, 5, -5, 5)
            ("%+d % d %05d %-5d|", Value::tuple(vec![Value::Int(5), Value::Int(5), Value::Int(-5), Value::Int(5)]), Ok("+5  5 -0005 5    |")),
            // '% 05d|%-05d|' % (3, 3)
            ("% 05d|%-05d|", Value::tuple(vec![Value::Int(3), Value::Int(3)]), Ok(" 0003|3    |")),
            // '%5.3d|%-8.3x|' % (7, 255)
            ("%5.3d|%-8.3x|", Value::tuple(vec![Value::Int(7), Value::Int(255)]), Ok("  007|0ff     |")),
            // '%f' % 1.23456
            ("%f", Value::Float(1.23456_f64), Ok("1.234560")),
            // '%.2f' % 2.675
            ("%.2f", Value::Float(2.675_f64), Ok("2.67")),
            // '%.0f %.0f' % (0.5, 1.5)
            ("%.0f %.0f", Value::tuple(vec![Value::Float(0.5_f64), Value::Float(1.5_f64)]), Ok("0 2")),
            // '%10.4f|%-10.2f|%010.2f|' % (-6.54321, 2.5, -6.54321)
            ("%10.4f|%-10.2f|%010.2f|", Value::tuple(vec![Value::Float(-6.54321_f64), Value::Float(2.5_f64), Value::Float(-6.54321_f64)]), Ok("   -6.5432|2.50      |-000006.54|")),
            // '%e %E' % (12345.678, 0.000123)
            ("%e %E", Value::tuple(vec![Value::Float(12345.678_f64), Value::Float(0.000123_f64)]), Ok("1.234568e+04 1.230000E-04")),
            // '%+.2e' % 0.000123
            ("%+.2e", Value::Float(0.000123_f64), Ok("+1.23e-04")),
            // '%g %g %g' % (1e+16, 123456789, 0.0001)
            ("%g %g %g", Value::tuple(vec![Value::Float(1e+16), Value::Int(123456789), Value::Float(0.0001_f64)]), Ok("1e+16 1.23457e+08 0.0001")),
            // '%.3g|%#g|%G' % (0.0001234, 0.5, 1e-20)
            ("%.3g|%#g|%G", Value::tuple(vec![Value::Float(0.0001234_f64), Value::Float(0.5_f64), Value::Float(1e-20)]), Ok("0.000123|0.500000|1E-20")),
            // '%#.0f %#.3g %#.0e' % (3.0, 1.0, 1.0)
            ("%#.0f %#.3g %#.0e", Value::tuple(vec![Value::Float(3.0_f64), Value::Float(1.0_f64), Value::Float(1.0_f64)]), Ok("3. 1.00 1.e+00")),
            // '%F %E %G' % (inf, nan, -inf)
            ("%F %E %G", Value::tuple(vec![Value::Float(f64::INFINITY), Value::Float(f64::NAN), Value::Float(-f64::INFINITY)]), Ok("INF NAN -INF")),
            // '%+f|%010f|' % (inf, -inf)
            ("%+f|%010f|", Value::tuple(vec![Value::Float(f64::INFINITY), Value::Float(-f64::INFINITY)]), Ok("+inf|-000000inf|")),
            // '%f' % 18446744073709551616
            ("%f", big("18446744073709551616"), Ok("18446744073709551616.000000")),
            // '%f %e' % (True, 0)
            ("%f %e", Value::tuple(vec![Value::Bool(true), Value::Int(0)]), Ok("1.000000 0.000000e+00")),
            // '%c%c%c' % (72, 'i', 33)
            ("%c%c%c", Value::tuple(vec![Value::Int(72), s("i"), Value::Int(33)]), Ok("Hi!")),
            // '%c' % 233
            ("%c", Value::Int(233), Ok("\u{e9}")),
            // '%3c|%-3c|' % (97, 'b')
            ("%3c|%-3c|", Value::tuple(vec![Value::Int(97), s("b")]), Ok("  a|b  |")),
            // '%%|%s%%' % 'x'
            ("%%|%s%%", s("x"), Ok("%|x%")),
            // '%*d|%-*s|' % (5, 3, 6, 'ab')
            ("%*d|%-*s|", Value::tuple(vec![Value::Int(5), Value::Int(3), Value::Int(6), s("ab")]), Ok("    3|ab    |")),
            // '%*d|' % (-5, 3)
            ("%*d|", Value::tuple(vec![Value::Int(-5), Value::Int(3)]), Ok("3    |")),
            // '%.*f|%*.*f|' % (2, 1.23456, 10, 3, 1.23456)
            ("%.*f|%*.*f|", Value::tuple(vec![Value::Int(2), Value::Float(1.23456_f64), Value::Int(10), Value::Int(3), Value::Float(1.23456_f64)]), Ok("1.23|     1.235|")),
            // '%.*s' % (-1, 'abc')
            ("%.*s", Value::tuple(vec![Value::Int(-1), s("abc")]), Ok("")),
            // '%(name)s=%(v)05.1f' % {'name': 'x', 'v': 1.23456}
            ("%(name)s=%(v)05.1f", dict(vec![(s("name"), s("x")), (s("v"), Value::Float(1.23456_f64))]), Ok("x=001.2")),
            // '%(a)d %(a)x' % {'a': 255}
            ("%(a)d %(a)x", dict(vec![(s("a"), Value::Int(255))]), Ok("255 ff")),
            // '%(x(y))s' % {'x(y)': 3}
            ("%(x(y))s", dict(vec![(s("x(y)"), Value::Int(3))]), Ok("3")),
            // '%s %(a)s' % {'a': 1}
            ("%s %(a)s", dict(vec![(s("a"), Value::Int(1))]), Ok("{'a': 1} 1")),
            // '%s' % {'b': 2}
            ("%s", dict(vec![(s("b"), Value::Int(2))]), Ok("{'b': 2}")),
            // 'abc' % {1: 2}
            ("abc", dict(vec![(Value::Int(1), Value::Int(2))]), Ok("abc")),
            // 'abc' % [1]
            ("abc", Value::list(vec![Value::Int(1)]), Ok("abc")),
            // '%hd %ld %Lf' % (3, 4, 2.0)
            ("%hd %ld %Lf", Value::tuple(vec![Value::Int(3), Value::Int(4), Value::Float(2.0_f64)]), Ok("3 4 2.000000")),
            // '' % ()
            ("", Value::tuple(vec![]), Ok("")),
            // '%s' % ()
            ("%s", Value::tuple(vec![]), Err(("TypeError", "not enough arguments for format string"))),
            // '%s' % None
            ("%s", Value::None, Ok("None")),
            // '%s %s' % (1,)
            ("%s %s", Value::tuple(vec![Value::Int(1)]), Err(("TypeError", "not enough arguments for format string"))),
            // '%s' % (1, 2)
            ("%s", Value::tuple(vec![Value::Int(1), Value::Int(2)]), Err(("TypeError", "not all arguments converted during string formatting"))),
            // 'abc' % 5
            ("abc", Value::Int(5), Err(("TypeError", "not all arguments converted during string formatting"))),
            // '%%' % 5
            ("%%", Value::Int(5), Err(("TypeError", "not all arguments converted during string formatting"))),
            // '%d' % '3'
            ("%d", s("3"), Err(("TypeError", "%d format: a real number is required, not str"))),
            // '%d' % None
            ("%d", Value::None, Err(("TypeError", "%d format: a real number is required, not NoneType"))),
            // '%d' % [1]
            ("%d", Value::list(vec![Value::Int(1)]), Err(("TypeError", "%d format: a real number is required, not list"))),
            // '%x' % 3.0
            ("%x", Value::Float(3.0_f64), Err(("TypeError", "%x format: an integer is required, not float"))),
            // '%x' % 'a'
            ("%x", s("a"), Err(("TypeError", "%x format: an integer is required, not str"))),
            // '%f' % 'a'
            ("%f", s("a"), Err(("TypeError", "must be real number, not str"))),
            // '%f' % None
            ("%f", Value::None, Err(("TypeError", "must be real number, not NoneType"))),
            // '%f' % 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
            ("%f", big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), Err(("OverflowError", "int too large to convert to float"))),
            // '%d' % inf
            ("%d", Value::Float(f64::INFINITY), Err(("OverflowError", "cannot convert float infinity to integer"))),
            // '%d' % nan
            ("%d", Value::Float(f64::NAN), Err(("ValueError", "cannot convert float NaN to integer"))),
            // 'abc%y' % 1
            ("abc%y", Value::Int(1), Err(("ValueError", "unsupported format character 'y' (0x79) at index 4"))),
            // '%y' % ()
            ("%y", Value::tuple(vec![]), Err(("TypeError", "not enough arguments for format string"))),
            // '%é' % 5
            ("%\u{e9}", Value::Int(5), Err(("ValueError", "unsupported format character '?' (0xe9) at index 1"))),
            // '%5%|' % ()
            ("%5%|", Value::tuple(vec![]), Err(("TypeError", "not enough arguments for format string"))),
            // 'ab%' % 1
            ("ab%", Value::Int(1), Err(("ValueError", "incomplete format"))),
            // '%' % ()
            ("%", Value::tuple(vec![]), Err(("ValueError", "incomplete format"))),
            // '%5' % 3
            ("%5", Value::Int(3), Err(("ValueError", "incomplete format"))),
            // '%.' % 3
            ("%.", Value::Int(3), Err(("ValueError", "incomplete format"))),
            // '%*' % 3
            ("%*", Value::Int(3), Err(("ValueError", "incomplete format"))),
            // '%(a' % {}
            ("%(a", dict(vec![]), Err(("ValueError", "incomplete format key"))),
            // '%(a)s' % 5
            ("%(a)s", Value::Int(5), Err(("TypeError", "format requires a mapping"))),
            // '%(a)s' % {'b': 2}
            ("%(a)s", dict(vec![(s("b"), Value::Int(2))]), Err(("KeyError", "'a'"))),
            // '%(a)s' % {}
            ("%(a)s", dict(vec![]), Err(("KeyError", "'a'"))),
            // '%(a)s' % [1]
            ("%(a)s", Value::list(vec![Value::Int(1)]), Err(("TypeError", "list indices must be integers or slices, not str"))),
            // '%(a)s %s' % {'a': 1}
            ("%(a)s %s", dict(vec![(s("a"), Value::Int(1))]), Err(("TypeError", "not enough arguments for format string"))),
            // '%(a)*d' % {'a': 3}
            ("%(a)*d", dict(vec![(s("a"), Value::Int(3))]), Err(("TypeError", "not enough arguments for format string"))),
            // '%c' % 1.5
            ("%c", Value::Float(1.5_f64), Err(("TypeError", "%c requires int or char"))),
            // '%c' % 'ab'
            ("%c", s("ab"), Err(("TypeError", "%c requires int or char"))),
            // '%c' % -1
            ("%c", Value::Int(-1), Err(("OverflowError", "%c arg not in range(0x110000)"))),
            // '%c' % 1114112
            ("%c", Value::Int(1114112), Err(("OverflowError", "%c arg not in range(0x110000)"))),
            // '%*d' % (1.0, 2)
            ("%*d", Value::tuple(vec![Value::Float(1.0_f64), Value::Int(2)]), Err(("TypeError", "* wants int"))),
            // '%.*f' % (100000000000000000000, 2)
            ("%.*f", Value::tuple(vec![big("100000000000000000000"), Value::Int(2)]), Err(("OverflowError", "Python int too large to convert to C int"))),
            // '%*d' % (100000000000000000000, 2)
            ("%*d", Value::tuple(vec![big("100000000000000000000"), Value::Int(2)]), Err(("OverflowError", "Python int too large to convert to C ssize_t"))),
            // '%.*s' % ('x', 'abc')
            ("%.*s", Value::tuple(vec![s("x"), s("abc")]), Err(("TypeError", "* wants int"))),
        ]
    }

    #[test]
    fn matches_cpython() {
        let mut failures = Vec::new();
        for (template, args, expected) in cases() {
            let got = match percent_format(template, &args) {
                Ok(text) => Ok(text),
                Err(e) => Err((e.exc.cls.name().to_string(), e.exc.message())),
            };
            let same = match (&got, &expected) {
                (Ok(a), Ok(b)) => a == b,
                (Err((t, m)), Err((et, em))) => t == et && m == em,
                _ => false,
            };
            if !same {
                failures.push(format!("{template:?}: got {got:?}, expected {expected:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn enough_cases() {
        assert!(cases().len() >= 40);
    }
}
