//! Operators on builtin values: arithmetic, comparison, equality.
//!
//! Small ints stay in `i64` and overflow into `BigInt`; results that fit go
//! back to `i64`, so the common case never allocates.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::types;
use super::{PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::BigInt(b) => Some(Num::Big((**b).clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Int(i) => Some(*i as f64),
        Value::BigInt(b) => Some(b.to_f64().unwrap_or(f64::INFINITY)),
        Value::Float(f) => Some(*f),
        other => super::class::payload(other).and_then(to_f64),
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(_) => unreachable!("floats are handled before big-int arithmetic"),
    }
}

fn num_f64(n: &Num) -> f64 {
    match n {
        Num::Int(i) => *i as f64,
        Num::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        Num::Float(f) => *f,
    }
}

/// An int operand of float arithmetic, which must fit (`PyLong_AsDouble`).
fn int_to_float(n: &Num) -> PyResult<f64> {
    match n {
        Num::Big(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| PyErr::new(&types::OVERFLOW_ERROR, "int too large to convert to float")),
        other => Ok(num_f64(other)),
    }
}

/// The TypeError for operator `op` on operands of these types.
pub fn unsupported(op: BinOp, a: &Value, b: &Value) -> Box<PyErr> {
    unsupported_symbol(
        if op == BinOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        },
        a,
        b,
    )
}

/// The TypeError for augmented assignment `a op= b` on operands of these
/// types.
pub fn unsupported_inplace(op: BinOp, a: &Value, b: &Value) -> Box<PyErr> {
    unsupported_symbol(&format!("{}=", op.symbol()), a, b)
}

fn unsupported_symbol(op: &str, a: &Value, b: &Value) -> Box<PyErr> {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op,
        a.type_of().tp_name(),
        b.type_of().tp_name()
    ))
}

/// `x op y` on two machine ints, when the result is a machine int too and
/// no error is possible; `None` sends the caller down the general path
/// (overflow into big ints, division by zero, true division, powers).
#[inline(always)]
pub fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            Some(Integer::div_floor(&x, &y))
        }
        BinOp::Mod if y != 0 && y != -1 => Some(Integer::mod_floor(&x, &y)),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

/// `x op y` for an ordering or equality operator on two machine ints.
#[inline(always)]
pub fn small_int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> PyResult {
    // The hot path: two small ints.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = small_int_op(op, *x, *y) {
            return Ok(Value::Int(r));
        }
    }
    if let Some(result) = super::complex::binary_op(op, a, b) {
        return result;
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return numeric_op(op, x, y, a, b);
    }
    sequence_op(op, a, b)
}

fn numeric_op(op: BinOp, x: Num, y: Num, a: &Value, b: &Value) -> PyResult {
    let is_float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
    if is_float {
        let (p, q) = (int_to_float(&x)?, int_to_float(&y)?);
        return float_op(op, p, q, a, b);
    }
    let bool_result = matches!((a, b), (Value::Bool(_), Value::Bool(_)));
    let (p, q) = (big(&x), big(&y));
    Ok(match op {
        BinOp::Add => Value::from_bigint(p + q),
        BinOp::Sub => Value::from_bigint(p - q),
        BinOp::Mult => Value::from_bigint(p * q),
        BinOp::Div => {
            if q.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            Value::Float(int_true_div(&p, &q)?)
        }
        BinOp::FloorDiv => {
            if q.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            Value::from_bigint(p.div_floor(&q))
        }
        BinOp::Mod => {
            if q.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            Value::from_bigint(p.mod_floor(&q))
        }
        BinOp::Pow => return int_pow(&p, &q),
        BinOp::LShift => {
            let n = shift_count(&q)?;
            if n > 1 << 24 && !p.is_zero() {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "too many digits in integer",
                ));
            }
            Value::from_bigint(p << n)
        }
        BinOp::RShift => Value::from_bigint(p >> shift_count(&q)?.min(1 << 30)),
        BinOp::BitAnd if bool_result => Value::Bool(!(p & q).is_zero()),
        BinOp::BitOr if bool_result => Value::Bool(!(p | q).is_zero()),
        BinOp::BitXor if bool_result => Value::Bool(!(p ^ q).is_zero()),
        BinOp::BitAnd => Value::from_bigint(p & q),
        BinOp::BitOr => Value::from_bigint(p | q),
        BinOp::BitXor => Value::from_bigint(p ^ q),
        BinOp::MatMult => return Err(unsupported_symbol("@", a, b)),
    })
}

fn shift_count(q: &BigInt) -> PyResult<usize> {
    if q.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    Ok(q.to_usize().unwrap_or(usize::MAX))
}

/// Correctly rounded int / int, as CPython's `long_true_divide`: the
/// exact quotient rounded once, half to even, to the nearest float
/// (subnormals included); too large a quotient is an OverflowError.
pub fn int_true_div(p: &BigInt, q: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (p.to_i64(), q.to_i64()) {
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = p.is_negative() != q.is_negative();
    let (a, b) = (p.magnitude(), q.magnitude());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so that the integer quotient has 55 or 56 bits: the 53 kept,
    // a rounding bit and at least one more, which absorbs the remainder.
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b.clone())
    } else {
        (a.clone(), b << (-shift) as usize)
    };
    let (quot, rem) = num.div_rem(&den);
    let mut quot = quot.to_u64().expect("a quotient of at most 56 bits");
    if !rem.is_zero() {
        quot |= 1;
    }
    // The value is quot * 2**-shift; its top bit has weight 2**top.
    let top = (63 - quot.leading_zeros() as i64) - shift;
    if top > 1024 {
        return Err(division_overflow());
    }
    // Round to a multiple of the unit in the last place: 2**(top - 52)
    // for normal floats, 2**-1074 for subnormals.
    let unit = (top - 52).max(-1074);
    let drop = (unit + shift) as u32; // at least 2
    let mut mantissa = if drop >= 64 { 0 } else { quot >> drop };
    let rest = if drop >= 64 {
        quot
    } else {
        quot & ((1 << drop) - 1)
    };
    let half = if drop > 64 {
        u64::MAX
    } else {
        1u64 << (drop - 1)
    };
    if rest > half || (rest == half && mantissa & 1 == 1) {
        mantissa += 1;
    }
    let value = mantissa as f64 * pow2(unit);
    if value.is_infinite() {
        return Err(division_overflow());
    }
    Ok(if negative { -value } else { value })
}

fn division_overflow() -> Box<PyErr> {
    PyErr::new(
        &types::OVERFLOW_ERROR,
        "integer division result too large for a float",
    )
}

/// 2**e exactly, for -1074 <= e <= 1023.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `round(x, ndigits)` for a float: the exact binary value rounded half
/// to even at the 10**-ndigits place, then to the nearest float, as
/// CPython's `double_round` does through its correctly rounded dtoa.
pub fn round_float(f: f64, ndigits: i64) -> PyResult<f64> {
    // Beyond these every float is unchanged, or rounds to zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !f.is_finite() || f == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(f);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0f64.copysign(f));
    }
    // f = mantissa * 2**exp, exactly.
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    let ten_power = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if ndigits >= 0 {
        num *= &ten_power;
    } else {
        den *= &ten_power;
    }
    let rounded = round_half_even(&num, &den);
    let value = if rounded.is_zero() {
        0.0
    } else if ndigits >= 0 {
        int_true_div(&rounded, &ten_power)?
    } else {
        (rounded * ten_power)
            .to_f64()
            .filter(|v| v.is_finite())
            .ok_or_else(|| {
                PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "rounded value too large to represent",
                )
            })?
    };
    Ok(if f < 0.0 { -value } else { value })
}

/// `round(n, ndigits)` for an int: unchanged for ndigits >= 0, else
/// rounded half to even at the 10**-ndigits place.
pub fn round_int(n: BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return n;
    }
    // A place beyond the int's own digits rounds it to zero.
    let digits = n.bits() * 30103 / 100000 + 2;
    match ndigits.magnitude().to_u64().filter(|k| *k <= digits) {
        Some(k) => {
            let ten_power = num_traits::pow(BigInt::from(10), k as usize);
            round_half_even(&n, &ten_power) * ten_power
        }
        None => BigInt::zero(),
    }
}

/// num / den rounded to the nearest int, ties to even; den > 0.
fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    match (r * 2u32).cmp(den) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

fn int_pow(p: &BigInt, q: &BigInt) -> PyResult {
    if q.is_negative() {
        // A float power, of the operands as floats (`long_pow`).
        let base = int_to_float(&Num::Big(p.clone()))?;
        let exp = int_to_float(&Num::Big(q.clone()))?;
        if base == 0.0 {
            return Err(PyErr::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::Float(base.powf(exp)));
    }
    let exp = match q.to_u32() {
        Some(e) => e,
        None if p.abs() <= BigInt::from(1) => {
            // 0, 1 and -1 to a huge power stay small.
            let odd = q.is_odd();
            return Ok(Value::from_bigint(if p.is_negative() && !odd {
                BigInt::from(1)
            } else {
                p.clone()
            }));
        }
        None => return Err(crate::object::alloc::memory_error()),
    };
    if (p.bits() as u128) * (exp as u128) > 1 << 26 {
        return Err(crate::object::alloc::memory_error());
    }
    Ok(Value::from_bigint(num_traits::pow(p.clone(), exp as usize)))
}

fn float_op(op: BinOp, p: f64, q: f64, a: &Value, b: &Value) -> PyResult {
    Ok(Value::Float(match op {
        BinOp::Add => p + q,
        BinOp::Sub => p - q,
        BinOp::Mult => p * q,
        BinOp::Div => {
            if q == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            p / q
        }
        BinOp::FloorDiv => {
            if q == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_divmod(p, q).0
        }
        BinOp::Mod => {
            if q == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_divmod(p, q).1
        }
        BinOp::Pow => {
            // An infinite exponent is never an error (`float_pow`): 0.0 to
            // -inf is inf.
            if p == 0.0 && q < 0.0 && q.is_finite() {
                return Err(PyErr::zero_division(
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if p < 0.0 && q.fract() != 0.0 && q.is_finite() {
                // CPython's float_pow hands this to complex arithmetic.
                return Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    "pyasync does not support complex numbers: a negative number raised to a fractional power is one",
                ));
            }
            let r = p.powf(q);
            // float_pow (Objects/floatobject.c) reports a finite power that
            // overflows as errno's ERANGE.
            if r.is_infinite() && p.is_finite() && q.is_finite() {
                return Err(PyErr::from_exception(super::PyException::new(
                    super::TypeRef::Builtin(&types::OVERFLOW_ERROR),
                    vec![Value::Int(34), Value::str("Numerical result out of range")],
                )));
            }
            r
        }
        _ => {
            return Err(unsupported_symbol(op.symbol(), a, b));
        }
    }))
}

/// CPython's `float_divmod`: the remainder takes the divisor's sign.
pub fn float_divmod(p: f64, q: f64) -> (f64, f64) {
    let mut m = p % q;
    let mut div = (p - m) / q;
    if m != 0.0 {
        if (q < 0.0) != (m < 0.0) {
            m += q;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(q);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(p / q)
    };
    (floordiv, m)
}

fn repeat_count(n: &Value) -> Option<i64> {
    match n {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        // Out of `Py_ssize_t` range either way: the caller's OverflowError.
        Value::BigInt(_) => Some(i64::MIN),
        _ => None,
    }
}

/// Refuses results that would take more memory than a script should ask for.
fn check_size(n: usize) -> PyResult<()> {
    if n > 1 << 32 {
        return Err(crate::object::alloc::memory_error());
    }
    Ok(())
}

fn sequence_op(op: BinOp, a: &Value, b: &Value) -> PyResult {
    if let Some(result) = super::set::binary_op(op, a, b) {
        return result;
    }
    if let Some(result) = super::bytes::binary_op(op, a, b) {
        return result;
    }
    match (op, a, b) {
        // `dict | dict` (PEP 584): a copy of the left, updated from the
        // right; an existing key keeps its place and takes the new value.
        (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
            let mut merged = x.borrow().clone();
            for (k, v) in y.borrow().iter() {
                merged.insert(k.clone(), v.clone());
            }
            super::userhash::take_error()?;
            Ok(Value::Dict(Rc::new(std::cell::RefCell::new(merged))))
        }
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Value::Str(Rc::from(s)))
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
            Err(PyErr::type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                a.type_name(),
                b.type_of().tp_name(),
                a.type_name()
            )))
        }
        (BinOp::Mult, Value::Str(_) | Value::List(_) | Value::Tuple(_), n) => repeat(a, n),
        (BinOp::Mult, n, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => repeat(b, n),
        (BinOp::Mod, Value::Str(template), args) => Ok(Value::Str(Rc::from(
            super::percent::percent_format(template, args)?,
        ))),
        _ => Err(unsupported(op, a, b)),
    }
}

fn repeat(seq: &Value, n: &Value) -> PyResult {
    if let Some(i) = super::ops::user_index(n) {
        return repeat(seq, &i?);
    }
    let count = repeat_count(n).ok_or_else(|| {
        PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_of().tp_name()
        ))
    })?;
    if count == i64::MIN && matches!(n, Value::BigInt(_)) {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    let count = count.max(0) as usize;
    match seq {
        Value::Str(s) => {
            if s.len()
                .checked_mul(count)
                .is_none_or(|n| n > isize::MAX as usize)
            {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "repeated string is too long",
                ));
            }
            check_size(s.len().saturating_mul(count))?;
            Ok(Value::Str(Rc::from(s.repeat(count))))
        }
        Value::List(l) => {
            let items = l.borrow();
            check_size(items.len().saturating_mul(count))?;
            Ok(Value::list(repeat_items(&items, count)))
        }
        Value::Tuple(t) => {
            check_size(t.len().saturating_mul(count))?;
            Ok(Value::tuple(repeat_items(t, count)))
        }
        _ => unreachable!("repeat is only called with sequences"),
    }
}

fn repeat_items(items: &[Value], count: usize) -> Vec<Value> {
    let mut v = Vec::with_capacity(items.len() * count);
    for _ in 0..count {
        v.extend(items.iter().cloned());
    }
    v
}

pub fn unary_op(op: UnaryOp, v: &Value) -> PyResult {
    Ok(match (op, v) {
        (UnaryOp::Not, v) => Value::Bool(!v.truthy()),
        (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i64)),
        (UnaryOp::Neg, Value::BigInt(b)) => Value::from_bigint(-(**b).clone()),
        (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
        (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i64),
        (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => v.clone(),
        (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
        (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(*b as i64)),
        (UnaryOp::Invert, Value::BigInt(b)) => Value::from_bigint(-(**b).clone() - 1),
        (UnaryOp::Neg | UnaryOp::Pos, Value::Complex(re, im)) => {
            super::complex::unary_op(op, *re, *im).expect("negation or plus")
        }
        (op, v) => {
            let sym = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                _ => "~",
            };
            return Err(PyErr::type_error(format!(
                "bad operand type for unary {}: '{}'",
                sym,
                v.type_name()
            )));
        }
    })
}

/// `a == b` for builtin values.
pub fn eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y) || seq_eq(&x.borrow(), &y.borrow()),
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| eq(v, w)))
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            super::set::compare(CmpOp::Eq, a, b).unwrap_or(false)
        }
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            super::bytes::eq(a, b).unwrap_or(false)
        }
        (Value::Range(x), Value::Range(y)) => x.equals(y),
        (Value::Complex(..), _) | (_, Value::Complex(..)) => super::complex::eq(a, b),
        _ => match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => num_cmp(&x, &y) == Some(Ordering::Equal),
            _ => a.is(b),
        },
    }
}

fn seq_eq(x: &[Value], y: &[Value]) -> bool {
    x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.is(q) || eq(p, q))
}

fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(p), Num::Int(q)) => Some(p.cmp(q)),
        (Num::Float(p), Num::Float(q)) => p.partial_cmp(q),
        (Num::Float(f), int) => int_float_cmp(int, *f).map(Ordering::reverse),
        (int, Num::Float(f)) => int_float_cmp(int, *f),
        _ => Some(big(x).cmp(&big(y))),
    }
}

/// An int against a float, exactly (`float_richcompare`): no rounding of
/// the int, so `2**53 + 1 != 2.0**53` and `10**400 < inf`.
fn int_float_cmp(int: &Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Num::Int(i) = int {
        // Ints of up to 53 bits convert to floats exactly.
        if i.unsigned_abs() <= 1 << 53 {
            return (*i as f64).partial_cmp(&f);
        }
    }
    let floor = f.floor();
    let whole: BigInt = num_traits::FromPrimitive::from_f64(floor)?;
    Some(match big(int).cmp(&whole) {
        // Equal to the float's integer part: less when it has a fraction.
        Ordering::Equal if f > floor => Ordering::Less,
        other => other,
    })
}

/// Ordering for `<`, `<=`, `>`, `>=` and `sorted`.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            _ => x >= y,
        });
    }
    if let Some(result) = super::set::compare(op, a, b) {
        super::userhash::take_error()?;
        return Ok(result);
    }
    let ord = partial_cmp(a, b).map_err(|Unorderable(x, y)| {
        PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            x,
            y
        ))
    })?;
    Ok(match (op, ord) {
        (_, None) => false, // NaN
        (CmpOp::Lt, Some(o)) => o == Ordering::Less,
        (CmpOp::LtE, Some(o)) => o != Ordering::Greater,
        (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
        (CmpOp::GtE, Some(o)) => o != Ordering::Less,
        _ => unreachable!("compare is only called for ordering operators"),
    })
}

/// The type names of the two values an ordering failed on: for sequences,
/// their first unequal items, which CPython's error names.
struct Unorderable(Cow<'static, str>, Cow<'static, str>);

/// `Err` when the types cannot be ordered; `Ok(None)` for NaN.
fn partial_cmp(a: &Value, b: &Value) -> Result<Option<Ordering>, Unorderable> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(Some(x.cmp(y))),
        (Value::List(x), Value::List(y)) => seq_cmp(&x.borrow(), &y.borrow()),
        (Value::Tuple(x), Value::Tuple(y)) => seq_cmp(x, y),
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            super::bytes::cmp(a, b)
                .map(Some)
                .ok_or_else(|| Unorderable(a.type_name(), b.type_name()))
        }
        _ => match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => Ok(num_cmp(&x, &y)),
            _ => Err(Unorderable(a.type_name(), b.type_name())),
        },
    }
}

/// Sequences order by their first unequal items, then by length.
fn seq_cmp(x: &[Value], y: &[Value]) -> Result<Option<Ordering>, Unorderable> {
    for (p, q) in x.iter().zip(y) {
        if !(p.is(q) || eq(p, q)) {
            return partial_cmp(p, q);
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

/// An int argument that must fit in i64 (`__index__`).
pub fn index_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )),
        other => match super::class::payload(other) {
            Some(p @ (Value::Int(_) | Value::BigInt(_))) => index_arg(p),
            _ => match user_index(other) {
                Some(i) => index_arg(&i?),
                None => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                ))),
            },
        },
    }
}

/// `operator.index(v)` for an object whose class defines `__index__`
/// (`PyNumber_Index`): its result, which must be an int.
pub fn user_index(v: &Value) -> Option<PyResult> {
    if !matches!(v, Value::Instance(_)) {
        return None;
    }
    let vm = super::userhash::vm()?;
    let f = vm.special_method(v, "__index__")?;
    Some(vm.call(&f, super::Args::default()).and_then(|i| match i {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(i),
        other => Err(PyErr::type_error(format!(
            "__index__ returned non-int (type {})",
            other.type_name()
        ))),
    }))
}

pub fn length(v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.chars().count(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.borrow().len(),
        Value::FrozenSet(s) => s.len(),
        Value::Range(r) => r.len()?,
        other => {
            return Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CPython answers with a complex number (`float_pow` hands the
    /// operation to complex arithmetic).
    #[test]
    fn negative_base_fractional_power_is_complex() {
        let Ok(r) = binary_op(BinOp::Pow, &Value::Int(-8), &Value::Float(0.5)) else {
            panic!("(-8) ** 0.5 is a complex number");
        };
        assert!(
            matches!(r, Value::Complex(re, im) if re.abs() < 1e-15 && (im - 8f64.sqrt()).abs() < 1e-15)
        );
        assert!(binary_op(BinOp::Pow, &Value::Float(-8.0), &Value::Float(2.0)).is_ok());
    }
}
