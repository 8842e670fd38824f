//! `complex`: a pair of floats (`Objects/complexobject.c`).
//!
//! Arithmetic converts an int or float operand to a complex with a zero
//! imaginary part and works on the pairs, so infinities and NaNs spread
//! exactly as they do in CPython (`2 * complex(inf, 1)` is `(inf+nanj)`).
//! Complex numbers are equal to ints and floats of the same value and hash
//! alike, but have no order.

use super::methods::{parse_args, Sig};
use super::numeric;
use super::ops::unsupported;
use super::slots::plain;
use super::types::{self, Member, TypeSpec, COMPLEX};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;
use crate::syntax::ast::{BinOp, UnaryOp};

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A complex number: a real and an imaginary part, both floats.\n\ncomplex(real=0, imag=0) is real + imag*1j; complex('1+2j') parses a string.",
    members: &[
        METHODS,
        numeric::COMPLEX_COMPARE,
        numeric::COMPLEX_ARITHMETIC,
        &[
            slot!("__hash__" super::slots::hash),
            slot!("__repr__" super::slots::repr),
            slot!("__bool__" super::slots::bool),
            slot!(unary "__neg__" Neg),
            slot!(unary "__pos__" Pos),
            slot!("__abs__" abs_slot),
            slot!(new COMPLEX),
        ],
    ],
};

const METHODS: &[Member] = &[
    Member::method(
        "conjugate",
        conjugate,
        "The complex conjugate: the imaginary part negated.",
    ),
    Member::method(
        "__complex__",
        dunder_complex,
        "The value as a plain complex.",
    ),
    Member::method(
        "__getnewargs__",
        getnewargs,
        "The arguments that rebuild the value.",
    ),
    slot!("__format__" format_method),
    Member::getter("real", real, "The real part."),
    Member::getter("imag", imag, "The imaginary part."),
];

/// The parts of a complex receiver.
fn parts(v: &Value) -> (f64, f64) {
    match plain(v) {
        Value::Complex(re, im) => (*re, *im),
        _ => unreachable!("a complex method is only called on a complex"),
    }
}

fn conjugate(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    parse_args("complex", "conjugate", Sig::NoArgs, args)?;
    let (re, im) = parts(v);
    Ok(Value::Complex(re, -im))
}

fn dunder_complex(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    parse_args("complex", "__complex__", Sig::NoArgs, args)?;
    let (re, im) = parts(v);
    Ok(Value::Complex(re, im))
}

fn getnewargs(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    parse_args("complex", "__getnewargs__", Sig::NoArgs, args)?;
    let (re, im) = parts(v);
    Ok(Value::tuple(vec![Value::Float(re), Value::Float(im)]))
}

fn format_method(vm: &Vm, v: &Value, args: Args) -> PyResult {
    super::int::format_number(vm, "complex", v, args)
}

fn real(_vm: &Vm, v: &Value) -> PyResult {
    Ok(Value::Float(parts(v).0))
}

fn imag(_vm: &Vm, v: &Value) -> PyResult {
    Ok(Value::Float(parts(v).1))
}

fn abs_slot(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    super::slots::no_args(&args)?;
    let (re, im) = parts(v);
    abs(re, im).map(Value::Float)
}

/// `abs(z)`: the hypotenuse; infinite if either part is, even beside a
/// NaN; an OverflowError when finite parts give an infinite length.
pub fn abs(re: f64, im: f64) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "absolute value too large",
        ));
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// Text

/// `repr(z)` and `str(z)` (see `text::literal::complex_repr`).
pub fn repr(re: f64, im: f64) -> String {
    crate::text::literal::complex_repr(re, im)
}

/// `hash(z)`: the real part's hash plus a multiple of the imaginary
/// part's, so that a complex equal to an int or float hashes as it does
/// (`complex_hash`).
pub fn hash(re: f64, im: f64) -> i64 {
    const IMAG_MULTIPLIER: i64 = 1_000_003;
    let combined = super::set::hash_float(re)
        .wrapping_add(IMAG_MULTIPLIER.wrapping_mul(super::set::hash_float(im)));
    if combined == -1 {
        -2
    } else {
        combined
    }
}

// ---------------------------------------------------------------------------
// Arithmetic

/// A numeric operand as a complex: ints and floats have no imaginary part.
/// `None` for a value that is not a number.
fn operand(v: &Value) -> Option<PyResult<(f64, f64)>> {
    Some(match v {
        Value::Complex(re, im) => Ok((*re, *im)),
        Value::Float(f) => Ok((*f, 0.0)),
        Value::Bool(b) => Ok((*b as i64 as f64, 0.0)),
        Value::Int(i) => Ok((*i as f64, 0.0)),
        Value::BigInt(_) => numeric::int_as_float(v).map(|f| (f, 0.0)),
        _ => return None,
    })
}

/// `a op b` when complex arithmetic decides it: one operand is complex
/// (the other a number), or a negative float is raised to a fractional
/// power, which `float_pow` answers with a complex. `None` leaves the
/// operation to the real arithmetic or the sequences.
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    let either = matches!(a, Value::Complex(..)) || matches!(b, Value::Complex(..));
    if !either && (op != BinOp::Pow || !negative_base_fractional_power(a, b)) {
        return None;
    }
    let (x, y) = match (operand(a)?, operand(b)?) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    Some(arithmetic(op, x, y).map_or_else(
        || Err(unsupported(op, a, b)),
        |r| r.map(|(re, im)| Value::Complex(re, im)),
    ))
}

/// `x ** y` for real `x` and `y` whose result is not real: a finite
/// negative base, a float involved, and a finite exponent with a fraction.
fn negative_base_fractional_power(a: &Value, b: &Value) -> bool {
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return false;
    }
    let (Some(x), Some(y)) = (super::ops::to_f64(a), super::ops::to_f64(b)) else {
        return false;
    };
    x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0
}

type Complex = (f64, f64);

/// The complex operators; `None` for those complex numbers lack (`//`,
/// `%`, the bitwise ones).
fn arithmetic(op: BinOp, x: Complex, y: Complex) -> Option<PyResult<Complex>> {
    Some(match op {
        BinOp::Add => Ok((x.0 + y.0, x.1 + y.1)),
        BinOp::Sub => Ok((x.0 - y.0, x.1 - y.1)),
        BinOp::Mult => Ok(mul(x, y)),
        BinOp::Div => {
            quotient(x, y).ok_or_else(|| PyErr::zero_division("complex division by zero"))
        }
        BinOp::Pow => power(x, y),
        _ => return None,
    })
}

fn mul(x: Complex, y: Complex) -> Complex {
    (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
}

/// `x / y` by Smith's method, which scales by the larger part of the
/// divisor so that no intermediate overflows needlessly; `None` for a zero
/// divisor. A divisor with a NaN part gives NaNs.
fn quotient(x: Complex, y: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (y.0.abs(), y.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = y.1 / y.0;
        let denom = y.0 + y.1 * ratio;
        Some(((x.0 + x.1 * ratio) / denom, (x.1 - x.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = y.0 / y.1;
        let denom = y.0 * ratio + y.1;
        Some(((x.0 * ratio + x.1) / denom, (x.1 * ratio - x.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn zero_power() -> Box<PyErr> {
    PyErr::zero_division("0.0 to a negative or complex power")
}

/// `x ** y`: by repeated squaring for a small whole exponent, in polar
/// form otherwise. An infinite result is an OverflowError
/// (`complex_pow`).
fn power(x: Complex, y: Complex) -> PyResult<Complex> {
    let r = if y.1 == 0.0 && y.0 == y.0.floor() && y.0.abs() <= 100.0 {
        let n = y.0 as i64;
        let p = power_unsigned(x, n.unsigned_abs());
        if n < 0 {
            quotient((1.0, 0.0), p).ok_or_else(zero_power)?
        } else {
            p
        }
    } else {
        power_polar(x, y)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::new(&types::OVERFLOW_ERROR, "complex exponentiation"));
    }
    Ok(r)
}

/// `x ** n` by binary exponentiation from the lowest bit up; the running
/// power is squared after each bit, as many times as `n` has bits.
fn power_unsigned(x: Complex, n: u64) -> Complex {
    let mut result = (1.0, 0.0);
    let mut square = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            result = mul(result, square);
        }
        mask <<= 1;
        square = mul(square, square);
    }
    result
}

fn power_polar(x: Complex, y: Complex) -> PyResult<Complex> {
    if y == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if x == (0.0, 0.0) {
        if y.1 != 0.0 || y.0 < 0.0 {
            return Err(zero_power());
        }
        return Ok((0.0, 0.0));
    }
    let modulus = x.0.hypot(x.1);
    let mut length = modulus.powf(y.0);
    let angle = x.1.atan2(x.0);
    let mut phase = angle * y.0;
    if y.1 != 0.0 {
        length /= (angle * y.1).exp();
        phase += y.1 * modulus.ln();
    }
    Ok((length * phase.cos(), length * phase.sin()))
}

/// `-z` and `+z`; `None` for the other unary operators.
pub fn unary_op(op: UnaryOp, re: f64, im: f64) -> Option<Value> {
    match op {
        UnaryOp::Neg => Some(Value::Complex(-re, -im)),
        UnaryOp::Pos => Some(Value::Complex(re, im)),
        _ => None,
    }
}

/// `a == b` where one side is complex: equal parts, an int or float
/// compared exactly with the real part.
pub fn eq(a: &Value, b: &Value) -> bool {
    let (z, other) = match (a, b) {
        (Value::Complex(re, im), other) | (other, Value::Complex(re, im)) => ((*re, *im), other),
        _ => return false,
    };
    match other {
        Value::Complex(re, im) => z.0 == *re && z.1 == *im,
        Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            z.1 == 0.0 && super::ops::eq(&Value::Float(z.0), other)
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Construction

/// `complex(real=0, imag=0)` (`complex_new`): a string is parsed; numbers
/// combine as `real + imag*1j`, where a complex `imag` turns its own
/// imaginary part into a real one.
pub fn construct(vm: &Vm, args: Args) -> PyResult {
    let a = parse_args("complex", "complex", Sig::Keywords(&["real", "imag"]), args)?;
    let (real, imag) = (a[0].clone(), a[1].clone());
    if let Some(Value::Str(s)) = real.as_ref().map(plain) {
        if imag.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = parse(s)?;
        return Ok(Value::Complex(re, im));
    }
    if let Some(Value::Str(_)) = imag.as_ref().map(plain) {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    let (z, real_is_complex) = match &real {
        // A complex passes through unchanged.
        Some(v @ Value::Complex(..)) if imag.is_none() => return Ok(v.clone()),
        Some(v) => argument(vm, v, "first argument must be a string or a number")?,
        None => ((0.0, 0.0), false),
    };
    let Some(imag) = imag else {
        return Ok(Value::Complex(z.0, z.1));
    };
    let (w, imag_is_complex) = argument(vm, &imag, "second argument must be a number")?;
    let mut re = z.0;
    let mut im = w.0;
    if imag_is_complex {
        re -= w.1;
    }
    if real_is_complex {
        im += z.1;
    }
    Ok(Value::Complex(re, im))
}

/// A numeric argument of `complex()` as a complex, and whether it was one
/// (through `__complex__` for objects that define it).
fn argument(vm: &Vm, v: &Value, wanted: &str) -> PyResult<(Complex, bool)> {
    if let Some(method) = vm.special_method(v, "__complex__") {
        if matches!(v, Value::Instance(_) | Value::Object(_)) {
            return match vm.call(&method, Args::default())? {
                Value::Complex(re, im) => Ok(((re, im), true)),
                other => Err(PyErr::type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    other.type_name()
                ))),
            };
        }
    }
    let p = plain(v);
    if let Value::Complex(re, im) = p {
        return Ok(((*re, *im), true));
    }
    if let Some(z) = operand(p) {
        return Ok((z?, false));
    }
    if matches!(v, Value::Instance(_) | Value::Object(_))
        && (vm.special_method(v, "__float__").is_some()
            || vm.special_method(v, "__index__").is_some())
    {
        let f = crate::builtins::call_type(vm, &types::FLOAT, Args::positional(vec![v.clone()]))?;
        if let Some(z) = operand(&f) {
            return Ok((z?, false));
        }
    }
    Err(PyErr::type_error(format!(
        "complex() {wanted}, not '{}'",
        v.type_name()
    )))
}

fn malformed() -> Box<PyErr> {
    PyErr::value_error("complex() arg is a malformed string")
}

/// `complex(text)`: `a`, `bj`, `a+bj` or `a-bj`, optionally in
/// parentheses and surrounded by whitespace; `j` alone is `1j`.
/// Underscores may separate digits, as in literals.
pub fn parse(text: &str) -> PyResult<Complex> {
    let digits: String = text
        .chars()
        .map(|c| match c.to_digit(10) {
            None if c.is_numeric() => unicode_digit(c).unwrap_or(c),
            _ => c,
        })
        .collect();
    let mut s = digits.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')').ok_or_else(malformed)?.trim();
    }
    if s.contains('_') {
        if !underscores_between_digits(s) {
            return Err(PyErr::value_error(format!(
                "could not convert string to complex: {}",
                super::repr::str_repr(text)
            )));
        }
        return parse_parts(&s.replace('_', ""));
    }
    parse_parts(s)
}

/// A decimal digit of another script as its ASCII digit (`'１'` is `'1'`).
fn unicode_digit(c: char) -> Option<char> {
    // Decimal digits come in runs of ten starting at a code point whose
    // last digit, in the blocks Unicode assigns them, is 0 or 6.
    let code = c as u32;
    [
        0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
        0x0e50, 0x0ed0, 0x0f20, 0x1040, 0xff10,
    ]
    .iter()
    .find(|&&zero| (zero..zero + 10).contains(&code))
    .and_then(|zero| char::from_digit(code - zero, 10))
}

fn underscores_between_digits(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'_'
            || (i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
    })
}

fn parse_parts(s: &str) -> PyResult<Complex> {
    let is_j = |i: usize| matches!(s.as_bytes().get(i), Some(b'j' | b'J'));
    let Some((x, end)) = scan_float(s, 0) else {
        // `j`, `+j`, `-j`.
        let (sign, at) = sign_at(s, 0);
        if is_j(at) && at + 1 == s.len() {
            return Ok((0.0, sign));
        }
        return Err(malformed());
    };
    if end == s.len() {
        return Ok((x, 0.0));
    }
    if is_j(end) && end + 1 == s.len() {
        return Ok((0.0, x));
    }
    if !matches!(s.as_bytes()[end], b'+' | b'-') {
        return Err(malformed());
    }
    let (y, after) = match scan_float(s, end) {
        Some(found) => found,
        None => {
            let (sign, at) = sign_at(s, end);
            (sign, at)
        }
    };
    if is_j(after) && after + 1 == s.len() {
        return Ok((x, y));
    }
    Err(malformed())
}

/// An optional sign at `at`: its value and where what follows starts.
fn sign_at(s: &str, at: usize) -> (f64, usize) {
    match s.as_bytes().get(at) {
        Some(b'+') => (1.0, at + 1),
        Some(b'-') => (-1.0, at + 1),
        _ => (1.0, at),
    }
}

/// The float written at `start` (with its sign), and where it ends.
fn scan_float(s: &str, start: usize) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let (sign, mut i) = sign_at(s, start);
    let rest = s[i..].to_ascii_lowercase();
    for (word, value) in [
        ("infinity", f64::INFINITY),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        if rest.starts_with(word) {
            return Some((sign * value, i + word.len()));
        }
    }
    let digits_from = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let begin = i;
    i = digits_from(i);
    let mut seen = i > begin;
    if b.get(i) == Some(&b'.') {
        let after = digits_from(i + 1);
        seen |= after > i + 1;
        i = after;
    }
    if !seen {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let (_, at) = sign_at(s, i + 1);
        let end = digits_from(at);
        if end > at {
            i = end;
        }
    }
    let value: f64 = s[begin..i].parse().ok()?;
    Some((sign * value, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(repr(1.0, 2.0), "(1+2j)");
        assert_eq!(repr(0.0, 1.0), "1j");
        assert_eq!(repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(repr(0.0, -0.0), "-0j");
        assert_eq!(repr(1e16, 1e-5), "(1e+16+1e-05j)");
    }

    #[test]
    fn parsing() {
        assert_eq!(parse("1+2j").ok(), Some((1.0, 2.0)));
        assert_eq!(parse(" ( -j ) ").ok(), Some((0.0, -1.0)));
        assert_eq!(parse("1e3-2.5e-2J").ok(), Some((1000.0, -0.025)));
        assert_eq!(parse("1_0+2_0j").ok(), Some((10.0, 20.0)));
        assert_eq!(parse("1-J").ok(), Some((1.0, -1.0)));
        for bad in ["", "1+", "1e", "jj", "1+2j+3", "1 + 2j", "(2j", "()"] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn powers_and_quotients() {
        assert_eq!(power((0.0, 1.0), (2.0, 0.0)).ok(), Some((-1.0, 0.0)));
        assert_eq!(quotient((1.0, 2.0), (3.0, 4.0)), Some((0.44, 0.08)));
        assert!(quotient((1.0, 1.0), (0.0, 0.0)).is_none());
        assert_eq!(hash(1.0, 2.0), 2_000_007);
        assert_eq!(hash(0.0, -1.0), -2_000_006);
    }
}
