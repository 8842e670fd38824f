//! `float`: a double-precision binary float (`Objects/floatobject.c`).

use super::methods::{first, parse_args, Sig};
use super::numeric;
use super::slots;
use super::types::{self, Member, TypeRef, TypeSpec, FLOAT};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A double-precision floating-point number.\n\nfloat(x=0.0) converts a number or a string ('1.5', '1e-3', 'inf', 'nan').",
    members: &[
        METHODS,
        numeric::FLOAT_COMPARE,
        numeric::FLOAT_ARITHMETIC,
        numeric::FLOAT_REAL_ARITHMETIC,
        &[
            slot!("__hash__" slots::hash),
            slot!("__repr__" slots::repr),
            slot!("__bool__" slots::bool),
            slot!(unary "__neg__" Neg),
            slot!(unary "__pos__" Pos),
            slot!(convert "__abs__" "abs"),
            slot!(convert "__int__" "int"),
            slot!(convert "__float__" "float"),
            slot!(new FLOAT),
        ],
    ],
};

const METHODS: &[Member] = &[
    Member::method(
        "is_integer",
        is_integer,
        "Whether the float is finite and has no fraction.",
    ),
    Member::method(
        "as_integer_ratio",
        as_integer_ratio,
        "The pair of ints whose fraction, in lowest terms, is exactly the float.",
    ),
    Member::method(
        "hex",
        hex,
        "The float in hexadecimal: '0x1.8000000000000p+0' for 1.5.",
    ),
    Member::class_method(
        "fromhex",
        fromhex,
        "The float a hexadecimal string such as '0x1.8p+0' writes.",
    ),
    Member::method(
        "conjugate",
        conjugate,
        "The float itself: its imaginary part is zero.",
    ),
    Member::class_method(
        "__getformat__",
        getformat,
        "How this machine stores 'double' or 'float' values.",
    ),
    Member::method(
        "__getnewargs__",
        getnewargs,
        "The arguments that rebuild the value.",
    ),
    Member::method(
        "__trunc__",
        trunc,
        "The int the float is, its fraction dropped.",
    ),
    Member::method("__floor__", floor, "The largest int not above the float."),
    Member::method("__ceil__", ceil, "The smallest int not below the float."),
    Member::method(
        "__round__",
        round,
        "The float rounded to the given number of decimal digits; to an int without one.",
    ),
    slot!("__format__" format),
    Member::getter("real", real, "The real part: the float itself."),
    Member::getter("imag", imag, "The imaginary part: zero."),
];

/// The value of a float receiver.
fn value(v: &Value) -> f64 {
    match slots::plain(v) {
        Value::Float(f) => *f,
        _ => unreachable!("a float method is only called on a float"),
    }
}

fn no_args(name: &str, args: Args) -> PyResult<()> {
    parse_args("float", name, Sig::NoArgs, args).map(drop)
}

fn is_integer(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("is_integer", args)?;
    let x = value(v);
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn as_integer_ratio(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("as_integer_ratio", args)?;
    float_as_integer_ratio(value(v))
}

fn hex(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("hex", args)?;
    Ok(Value::str(&float_hex(value(v))))
}

fn conjugate(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("conjugate", args)?;
    Ok(Value::Float(value(v)))
}

fn getnewargs(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__getnewargs__", args)?;
    Ok(Value::tuple(vec![Value::Float(value(v))]))
}

/// `int(x)` of a float made whole one way or another.
fn to_int(vm: &Vm, x: f64) -> PyResult {
    crate::builtins::call_type(vm, &types::INT, Args::positional(vec![Value::Float(x)]))
}

fn trunc(vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__trunc__", args)?;
    to_int(vm, value(v))
}

fn floor(vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__floor__", args)?;
    to_int(vm, value(v).floor())
}

fn ceil(vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__ceil__", args)?;
    to_int(vm, value(v).ceil())
}

fn round(vm: &Vm, v: &Value, args: Args) -> PyResult {
    let given = parse_args("float", "__round__", Sig::Range(0, 1), args)?;
    let mut positional = vec![Value::Float(value(v))];
    positional.extend(given.into_iter().flatten());
    vm.call(&vm.builtin_function("round"), Args::positional(positional))
}

fn format(vm: &Vm, v: &Value, args: Args) -> PyResult {
    super::int::format_number(vm, "float", v, args)
}

fn real(_vm: &Vm, v: &Value) -> PyResult {
    Ok(Value::Float(value(v)))
}

fn imag(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(Value::Float(0.0))
}

/// `float.fromhex(string)`; a subclass gets an instance of itself.
fn fromhex(vm: &Vm, cls: &TypeRef, args: Args) -> PyResult {
    let x = match first(parse_args("float", "fromhex", Sig::One, args)?) {
        Value::Str(s) => float_fromhex(&s)?,
        _ => {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ))
        }
    };
    if matches!(cls, TypeRef::Builtin(t) if std::ptr::eq(*t, &FLOAT)) {
        return Ok(Value::Float(x));
    }
    vm.call(
        &Value::Type(cls.clone()),
        Args::positional(vec![Value::Float(x)]),
    )
}

/// `float.__getformat__(typestr)`: both C types are IEEE 754 here, in the
/// byte order of the machine.
fn getformat(_vm: &Vm, _cls: &TypeRef, args: Args) -> PyResult {
    let kind = match first(parse_args("float", "__getformat__", Sig::One, args)?) {
        Value::Str(s) => s,
        other => {
            return Err(PyErr::type_error(format!(
                "__getformat__() argument must be str, not {}",
                other.type_name()
            )))
        }
    };
    if !matches!(&*kind, "double" | "float") {
        return Err(PyErr::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        ));
    }
    Ok(Value::str(if cfg!(target_endian = "little") {
        "IEEE, little-endian"
    } else {
        "IEEE, big-endian"
    }))
}

/// `float.as_integer_ratio`: the exact fraction, in lowest terms
/// (`Objects/floatobject.c:float_as_integer_ratio_impl`).
pub fn float_as_integer_ratio(x: f64) -> PyResult {
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
