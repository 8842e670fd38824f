//! The format-spec mini-language: `format(v, spec)` and f-string `{v:spec}`,
//! following CPython's `Python/formatter_unicode.c`.
//!
//! A spec is `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//! Parsing checks what can be checked without knowing the value's type; the
//! per-type renderers (int, float, str) check the rest, in CPython's order, so
//! the first error reported is the one CPython reports.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::repr::str_plain;
use super::types;
use super::{PyErr, PyResult, Value};

/// `format(v, spec)` for builtin values.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    // `object.__format__` and every builtin `__format__`: an empty spec is `str(v)`.
    if spec.is_empty() {
        return match v {
            Value::Str(_) | Value::Exception(_) => Ok(str_plain(v)),
            // Can fail: an int past `sys.set_int_max_str_digits`.
            _ => super::repr::repr_with(v, &|_| None),
        };
    }
    match v {
        Value::Bool(b) => format_int(&BigInt::from(*b as i64), spec),
        Value::Int(i) => format_int(&BigInt::from(*i), spec),
        Value::BigInt(b) => format_int(b, spec),
        Value::Float(f) => format_float(*f, spec),
        Value::Complex(re, im) => format_complex(*re, *im, spec),
        Value::Str(s) => format_str(s, spec),
        _ => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        ))),
    }
}

/// `format(f, '.{precision}f')` without the sign handling of a full spec:
/// correctly rounded (half-even on the exact binary value).
pub fn format_float_fixed(f: f64, precision: usize) -> String {
    float_body(f, 'f', Some(precision), false, false)
}

/// `format(f, '.{precision}e')`.
pub fn format_float_exp(f: f64, precision: usize) -> String {
    float_body(f, 'e', Some(precision), false, false)
}

/// `format(f, '.{precision}g')`.
pub fn format_float_general(f: f64, precision: usize) -> String {
    float_body(f, 'g', Some(precision), false, false)
}

// ---------------------------------------------------------------------------
// Parsing the spec

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Grouping {
    None,
    Comma,
    Underscore,
}

impl Grouping {
    fn sep(self) -> Option<char> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some(','),
            Grouping::Underscore => Some('_'),
        }
    }
}

#[derive(Debug)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alternate: bool,
    width: usize,
    grouping: Grouping,
    precision: Option<usize>,
    /// The presentation type; `None` when omitted and the type has no default.
    ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits: `None` when there is none.
fn parse_count(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(n))
}

/// CPython's `parse_internal_render_format_spec`.
fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: 0,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = chars[1];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        out.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        if !align_specified && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    out.width = parse_count(&chars, &mut pos)?.unwrap_or(0);
    if chars.get(pos) == Some(&',') {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping != Grouping::None {
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Grouping::Underscore {
        return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_count(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(PyErr::value_error(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            )))
        }
    }
    if let Some(sep) = out.grouping.sep() {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if out.grouping == Grouping::Underscore => {}
            Some(t) => {
                return Err(PyErr::value_error(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep,
                    code_display(t)
                )))
            }
        }
    }
    Ok(out)
}

/// A type code as CPython prints it in errors: itself, or `\x1` for controls.
fn code_display(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(c: char, type_name: &str) -> Box<PyErr> {
    PyErr::value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_display(c),
        type_name
    ))
}

// ---------------------------------------------------------------------------
// Padding and grouping

/// Pads `body` (already complete) to the spec's width.
fn pad(body: &str, spec: &Spec) -> String {
    let len = body.chars().count();
    if len >= spec.width {
        return body.to_string();
    }
    let padding = spec.width - len;
    let (left, right) = match spec.align {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(spec.fill, n);
    fill(left).chain(body.chars()).chain(fill(right)).collect()
}

/// Inserts `sep` every `group` digits from the right, zero-padding to
/// `min_width` as CPython's `_PyUnicode_InsertThousandsGrouping` does (so
/// `format(1234, '08,')` is `0,001,234`, never a leading separator).
fn group_digits(digits: &str, sep: char, group: usize, min_width: isize) -> String {
    let mut remaining: Vec<char> = digits.chars().collect();
    let mut min_width = min_width;
    let mut out: Vec<char> = Vec::new(); // built reversed
    loop {
        let left = remaining.len() as isize;
        let l = (group as isize).min(left.max(min_width).max(1));
        let n_chars = left.min(l).max(0) as usize;
        let n_zeros = (l - left).max(0) as usize;
        for _ in 0..n_chars {
            out.push(remaining.pop().unwrap());
        }
        out.extend(std::iter::repeat_n('0', n_zeros));
        min_width -= l;
        if remaining.is_empty() && min_width <= 0 {
            break;
        }
        out.push(sep);
        min_width -= 1;
    }
    out.iter().rev().collect()
}

/// Lays out a number as CPython's `fill_number`: sign, prefix (`0x`),
/// integer digits (grouped), then the rest (fraction, exponent, `%`), with
/// `=` padding between the prefix and the digits.
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &Spec,
    group: usize,
) -> String {
    let sign = match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let digits = match spec.grouping.sep() {
        Some(sep) if !digits.is_empty() => {
            let fixed = sign.len() + prefix.len() + rest.chars().count();
            let min_width = if spec.fill == '0' && spec.align == '=' {
                spec.width as isize - fixed as isize
            } else {
                0
            };
            group_digits(digits, sep, group, min_width)
        }
        _ => digits.to_string(),
    };
    if spec.align == '=' {
        let len = sign.len() + prefix.len() + digits.chars().count() + rest.chars().count();
        let zeros = spec.width.saturating_sub(len);
        let fill: String = std::iter::repeat_n(spec.fill, zeros).collect();
        format!("{sign}{prefix}{fill}{digits}{rest}")
    } else {
        pad(&format!("{sign}{prefix}{digits}{rest}"), spec)
    }
}

// ---------------------------------------------------------------------------
// int

fn format_int(v: &BigInt, spec: &str) -> PyResult<String> {
    let spec = parse_spec(spec, "int", Some('d'), '>')?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v.to_f64().filter(|f| f.is_finite()).ok_or_else(|| {
                PyErr::new(&types::OVERFLOW_ERROR, "int too large to convert to float")
            })?;
            return render_float(f, &spec);
        }
        c => return Err(unknown_code(c, "int")),
    }
    if spec.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(PyErr::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(PyErr::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = v
            .to_u32()
            .and_then(char::from_u32)
            .ok_or_else(|| PyErr::new(&types::OVERFLOW_ERROR, "%c arg not in range(0x110000)"))?;
        return Ok(layout_number(false, "", "", &c.to_string(), &spec, 3));
    }
    let (radix, prefix, group) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = if radix == 10 {
        super::int::str_digits::to_decimal(&v.abs())?
    } else {
        v.abs().to_str_radix(radix)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(layout_number(
        v.is_negative(),
        prefix,
        &digits,
        "",
        &spec,
        group,
    ))
}

// ---------------------------------------------------------------------------
// float

fn format_float(f: f64, spec: &str) -> PyResult<String> {
    let spec = parse_spec(spec, "float", None, '>')?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => render_float(f, &spec),
        Some(c) => Err(unknown_code(c, "float")),
    }
}

/// A complex number: each part as a float, the imaginary one always
/// signed and followed by `j`; without a type, in parentheses as `repr`
/// writes it, a positive zero real part left out (`format_complex_internal`).
fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let spec = parse_spec(spec, "complex", None, '>')?;
    if spec.fill == '0' {
        return Err(PyErr::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(PyErr::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let ty = match spec.ty {
        None if spec.precision.is_none() => 'r',
        None => 'g',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => t,
        Some(c) => return Err(unknown_code(c, "complex")),
    };
    let bare = spec.ty.is_none();
    let skip_real = bare && re == 0.0 && re.is_sign_positive();
    let part = |x: f64, sign: Option<char>| {
        render_float(
            x,
            &Spec {
                fill: ' ',
                align: '>',
                sign,
                width: 0,
                ty: Some(ty),
                ..spec
            },
        )
    };
    let imag = part(im, if skip_real { spec.sign } else { Some('+') })?;
    let body = if skip_real {
        format!("{imag}j")
    } else {
        let real = part(re, spec.sign)?;
        if bare {
            format!("({real}{imag}j)")
        } else {
            format!("{real}{imag}j")
        }
    };
    Ok(pad(&body, &spec))
}

/// CPython's `format_float_internal`.
fn render_float(f: f64, spec: &Spec) -> PyResult<String> {
    let (mut f, mut ty) = (f, spec.ty);
    let mut percent = false;
    if ty == Some('%') {
        f *= 100.0;
        ty = Some('f');
        percent = true;
    }
    if ty == Some('n') {
        ty = Some('g');
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    // No type: repr without a precision, else 'g' keeping a digit after the point.
    let (code, add_dot_0) = match ty {
        None if spec.precision.is_none() => ('r', true),
        None => ('g', true),
        Some(t) => (t.to_ascii_lowercase(), false),
    };
    let precision = spec.precision.or(Some(6)).filter(|_| code != 'r');
    let mut body = float_body(f.abs(), code, precision, spec.alternate, add_dot_0);
    if upper {
        body.make_ascii_uppercase();
    }
    if percent {
        body.push('%');
    }
    let mut negative = f.is_sign_negative() && !f.is_nan();
    if negative
        && spec.no_neg_0
        && !body.chars().any(|c| c.is_ascii_digit() && c != '0')
        && !f.is_infinite()
    {
        negative = false;
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    Ok(layout_number(negative, "", digits, rest, spec, 3))
}

/// The text of a float in one of the codes `e f g r` (lowercase), without
/// sign handling beyond what `f` itself carries. `precision` is ignored for `r`.
fn float_body(f: f64, code: char, precision: Option<usize>, alt: bool, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let p = precision.unwrap_or(6);
    let (sign, f) = if f.is_sign_negative() {
        ("-", -f)
    } else {
        ("", f)
    };
    let text = match code {
        'f' => {
            // Rust's formatter refuses precisions of 2**16 and more; past
            // the exact expansion of a double (at most 1074 fraction
            // digits) every digit is a zero anyway.
            let exact = p.min(MAX_EXACT_DIGITS);
            let mut s = format!("{:.*}", exact, f);
            s.extend(std::iter::repeat_n('0', p - exact));
            if alt && p == 0 {
                s.push('.');
            }
            s
        }
        'e' => {
            let (digits, decpt) = sci_digits(f, Some(p + 1));
            render_digits(&digits, decpt, true, p + 1, alt, false)
        }
        'g' => {
            let p = p.max(1);
            let (mut digits, decpt) = sci_digits(f, Some(p));
            if !alt {
                let kept = digits.trim_end_matches('0').len().max(1);
                digits.truncate(kept);
            }
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let use_exp = decpt <= -4 || decpt > limit;
            let min_digits = if alt { p } else { digits.len() };
            render_digits(&digits, decpt, use_exp, min_digits, alt, add_dot_0)
        }
        _ => {
            // 'r': shortest round-tripping digits, as repr.
            let (digits, decpt) = sci_digits(f, None);
            let use_exp = decpt <= -4 || decpt > 16;
            render_digits(&digits, decpt, use_exp, digits.len(), alt, add_dot_0)
        }
    };
    format!("{sign}{text}")
}

/// More digits than the exact decimal expansion of any double has (767
/// significant, 1074 after the point): asking for more only adds zeros.
const MAX_EXACT_DIGITS: usize = 1100;

/// The decimal digits of `f >= 0` rounded to `count` significant digits
/// (shortest round-trip when `None`), and the position of the decimal point
/// relative to the first digit (`decpt`: 1.5 -> ("15", 1)).
fn sci_digits(f: f64, count: Option<usize>) -> (String, i32) {
    let s = match count {
        Some(n) => format!("{:.*e}", n.min(MAX_EXACT_DIGITS).saturating_sub(1), f),
        None => format!("{:e}", f),
    };
    let (mantissa, exp) = s.split_once('e').expect("{:e} has an exponent");
    let mut digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    if let Some(n) = count {
        digits.extend(std::iter::repeat_n('0', n.saturating_sub(digits.len())));
    }
    (digits, exp.parse::<i32>().expect("exponent") + 1)
}

/// CPython's `format_float_short` layout: `digits` with the point after
/// `decpt` of them, zero-padded to `min_digits` digits, in exponent form if
/// `use_exp`. `alt` keeps a bare point; `add_dot_0` turns `1` into `1.0`.
fn render_digits(
    digits: &str,
    decpt: i32,
    use_exp: bool,
    min_digits: usize,
    alt: bool,
    add_dot_0: bool,
) -> String {
    let (decpt, exp) = if use_exp {
        (1, Some(decpt - 1))
    } else {
        (decpt, None)
    };
    let mut end = min_digits.max(digits.len()) as i32;
    end = end.max(if !use_exp && add_dot_0 {
        decpt + 1
    } else {
        decpt
    });
    let digit_at = |i: i32| {
        digits
            .as_bytes()
            .get(i as usize)
            .map_or('0', |&b| b as char)
    };
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.extend((0..end).map(digit_at));
    } else {
        out.extend((0..decpt).map(digit_at));
        if decpt < end {
            out.push('.');
            out.extend((decpt..end).map(digit_at));
        } else if alt {
            out.push('.');
        }
    }
    if let Some(e) = exp {
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    }
    out
}

// ---------------------------------------------------------------------------
// str

fn format_str(s: &str, spec: &str) -> PyResult<String> {
    let spec = parse_spec(spec, "str", Some('s'), '<')?;
    match spec.ty {
        Some('s') | None => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    if spec.sign.is_some() {
        return Err(PyErr::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(PyErr::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(PyErr::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&body, &spec))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(v: Value, spec: &str) -> String {
        match format_value(&v, spec) {
            Ok(s) => s,
            Err(e) => format!("{}: {}", e.exc.cls.name(), e.exc.message()),
        }
    }

    fn int(i: i64) -> Value {
        Value::Int(i)
    }

    #[test]
    fn ints() {
        let cases: &[(i64, &str, &str)] = &[
            (1234, "08,", "0,001,234"),
            (1234, "09,", "0,001,234"),
            (1234, "0=10,", "00,001,234"),
            (1234, "x=10,", "xxxxx1,234"),
            (1, "%", "100.000000%"),
            (123456789, "_x", "75b_cd15"),
            (255, "#_b", "0b1111_1111"),
            (-255, "#x", "-0xff"),
            (-255, "#010x", "-0x00000ff"),
            (255, "X", "FF"),
            (255, "#X", "0XFF"),
            (1234567, "n", "1234567"),
            (12345, "^+11,", "  +12,345  "),
            (1, "=^5", "==1=="),
            (5, "<<5", "5<<<<"),
            (1, " ", " 1"),
            (-1, " 5", "   -1"),
            (1, "05", "00001"),
            (-1, "05", "-0001"),
            (-1, "<05", "-1000"),
            (1, ".5e", "1.00000e+00"),
            (7, "010b", "0000000111"),
            (3, "G", "3"),
            (8, "#o", "0o10"),
            (65, "c", "A"),
            (65, ">3c", "  A"),
            (-1234567, ",", "-1,234,567"),
            (0, "+", "+0"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(fmt(int(*v), spec), *want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn bigints_and_bools() {
        let big = Value::from_bigint(BigInt::from(2).pow(100u32));
        assert_eq!(
            fmt(big.clone(), ","),
            "1,267,650,600,228,229,401,496,703,205,376"
        );
        assert_eq!(fmt(big, "e"), "1.267651e+30");
        let huge = Value::from_bigint(BigInt::from(2).pow(2000u32));
        assert_eq!(
            fmt(huge, "e"),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(fmt(Value::Bool(true), ""), "True");
        assert_eq!(fmt(Value::Bool(true), ">5"), "    1");
        assert_eq!(fmt(Value::Bool(true), "d"), "1");
    }

    #[test]
    fn floats() {
        let cases: &[(f64, &str, &str)] = &[
            (f64::INFINITY, "010", "0000000inf"),
            (f64::INFINITY, "010,", "0000000inf"),
            (f64::NAN, "+", "+nan"),
            (-f64::NAN, "f", "nan"),
            (100.0, ".3", "1e+02"),
            (1000.0, ".3", "1e+03"),
            (1.5, ".0", "2e+00"),
            (1.5, ".3", "1.5"),
            (1e16, "", "1e+16"),
            (1e16, ".20", "10000000000000000.0"),
            (1.0, "", "1.0"),
            (1.0, ".0", "1e+00"),
            (123.456, ".2", "1.2e+02"),
            (0.0001, ".3", "0.0001"),
            (0.00001, ".3", "1e-05"),
            (1.0, "z", "1.0"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "z", "0.0"),
            (-0.0, "z.1", "0e+00"),
            (-0.0, "zg", "0"),
            (-0.0, "", "-0.0"),
            (0.5, "%", "50.000000%"),
            (0.5, ".1%", "50.0%"),
            (12345.678, ",.2f", "12,345.68"),
            (2.5, ".0f", "2"),
            (3.5, ".0f", "4"),
            (0.125, ".2f", "0.12"),
            (1.0, "#.0f", "1."),
            (1.0, "#g", "1.00000"),
            (1.0, "g", "1"),
            (1e-5, "g", "1e-05"),
            (1e16, "g", "1e+16"),
            (1234567.0, "n", "1.23457e+06"),
            (1.0, "#", "1.0"),
            (1e20, "#", "1.e+20"),
            (1.5, "e", "1.500000e+00"),
            (1.5, "E", "1.500000E+00"),
            (f64::INFINITY, "E", "INF"),
            (1.0, ".3e", "1.000e+00"),
            (123e200, ".3e", "1.230e+202"),
            (1.0, " ", " 1.0"),
            (f64::NAN, "010", "0000000nan"),
            (f64::NEG_INFINITY, "=+10", "-      inf"),
            (0.0, "e", "0.000000e+00"),
            (1e-310, "g", "1e-310"),
            (5e-324, "", "5e-324"),
            (1.0, "0", "1.0"),
            (12.0, "#.3g", "12.0"),
            (1234.5, ".1", "1e+03"),
            (0.1, ".17", "0.10000000000000001"),
            (1e22, ".0f", "10000000000000000000000"),
            (1.23456789e-5, "", "1.23456789e-05"),
            (1234.5, "010,.1f", "0,001,234.5"),
            (-1.5, "^9.2f", "  -1.50  "),
            (0.1 + 0.2, "", "0.30000000000000004"),
            (1e100, ".2g", "1e+100"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(fmt(Value::Float(*v), spec), *want, "format({v}, {spec:?})");
        }
        assert!(fmt(Value::Float(1e100), "f").starts_with("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"));
    }

    #[test]
    fn strings() {
        let cases: &[(&str, &str, &str)] = &[
            ("ab", "05", "ab000"),
            ("abc", "*^8", "**abc***"),
            ("abcdef", ".2", "ab"),
            ("abc", ">", "abc"),
            ("é", "^5", "  é  "),
            ("ab", ">4", "  ab"),
            ("ab", "s", "ab"),
            ("abc", "x<6.2s", "abxxxx"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(fmt(Value::str(v), spec), *want, "format({v:?}, {spec:?})");
        }
    }

    #[test]
    fn other_types() {
        assert_eq!(fmt(Value::list(vec![]), ""), "[]");
        assert_eq!(fmt(Value::None, ""), "None");
        assert_eq!(
            fmt(Value::list(vec![]), "x"),
            "TypeError: unsupported format string passed to list.__format__"
        );
    }

    #[test]
    fn errors() {
        let cases: &[(Value, &str, &str)] = &[
            (
                int(1),
                "z",
                "Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (
                Value::str("a"),
                "z",
                "Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                Value::str("a"),
                "+",
                "Sign not allowed in string format specifier",
            ),
            (
                Value::str("a"),
                "#",
                "Alternate form (#) not allowed in string format specifier",
            ),
            (
                Value::str("a"),
                "=",
                "'=' alignment not allowed in string format specifier",
            ),
            (Value::str("a"), ",", "Cannot specify ',' with 's'."),
            (Value::str("a"), "_", "Cannot specify '_' with 's'."),
            (
                int(1),
                ".2",
                "Precision not allowed in integer format specifier",
            ),
            (
                int(65),
                "+c",
                "Sign not allowed with integer format specifier 'c'",
            ),
            (
                int(65),
                "#c",
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            (int(65), ",c", "Cannot specify ',' with 'c'."),
            (int(1), ",x", "Cannot specify ',' with 'x'."),
            (int(1), "_n", "Cannot specify '_' with 'n'."),
            (Value::Float(1.0), ",n", "Cannot specify ',' with 'n'."),
            (
                int(1),
                "s",
                "Unknown format code 's' for object of type 'int'",
            ),
            (
                Value::Float(1.0),
                "d",
                "Unknown format code 'd' for object of type 'float'",
            ),
            (
                Value::str("a"),
                "d",
                "Unknown format code 'd' for object of type 'str'",
            ),
            (
                int(1),
                "abc",
                "Invalid format specifier 'abc' for object of type 'int'",
            ),
            (
                Value::Float(1.0),
                "abc",
                "Invalid format specifier 'abc' for object of type 'float'",
            ),
            (int(1), ".", "Format specifier missing precision"),
            (
                Value::Float(1.0),
                ".%",
                "Format specifier missing precision",
            ),
            (int(1), ",_", "Cannot specify both ',' and '_'."),
            (int(1), "_,", "Cannot specify both ',' and '_'."),
            (int(1), ",,", "Cannot specify ',' with ','."),
            (int(1), "__", "Cannot specify '_' with '_'."),
            (
                int(1),
                "\x00",
                "Unknown format code '\\x0' for object of type 'int'",
            ),
            (int(1), ",\x01", "Cannot specify ',' with '\\x1'."),
            (
                Value::Float(1.0),
                "1000000000000000000000",
                "Too many decimal digits in format string",
            ),
        ];
        for (v, spec, want) in cases {
            assert_eq!(
                fmt(v.clone(), spec),
                format!("ValueError: {want}"),
                "format({v:?}, {spec:?})"
            );
        }
        assert_eq!(
            fmt(int(0x110000), "c"),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(
            fmt(int(-1), "c"),
            "OverflowError: %c arg not in range(0x110000)"
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(format_float_fixed(2.675, 2), "2.67");
        assert_eq!(format_float_fixed(-1.0, 1), "-1.0");
        assert_eq!(format_float_exp(12345.0, 2), "1.23e+04");
        assert_eq!(format_float_general(0.000012345, 3), "1.23e-05");
    }
}
