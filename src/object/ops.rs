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
        a.type_name(),
        b.type_name()
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
            Value::Float(int_true_div(&p, &q))
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

/// Correctly rounded int / int, as CPython's `long_true_divide` (for the
/// values scripts meet: exact when both fit in f64's 53 bits).
fn int_true_div(p: &BigInt, q: &BigInt) -> f64 {
    match (p.to_i64(), q.to_i64()) {
        (Some(x), Some(y)) if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
            x as f64 / y as f64
        }
        _ => {
            let (quot, rem) = p.div_rem(q);
            let qf = quot.to_f64().unwrap_or(f64::INFINITY);
            qf + rem.to_f64().unwrap_or(0.0) / q.to_f64().unwrap_or(f64::INFINITY)
        }
    }
}

fn int_pow(p: &BigInt, q: &BigInt) -> PyResult {
    if q.is_negative() {
        let base = p.to_f64().unwrap_or(f64::INFINITY);
        if base == 0.0 {
            return Err(PyErr::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::Float(
            base.powf(q.to_f64().unwrap_or(f64::NEG_INFINITY)),
        ));
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
        None => return Err(PyErr::new(&types::MEMORY_ERROR, "")),
    };
    if (p.bits() as u128) * (exp as u128) > 1 << 26 {
        return Err(PyErr::new(&types::MEMORY_ERROR, ""));
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
            if p == 0.0 && q < 0.0 {
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
        Value::BigInt(b) => Some(if b.is_negative() { 0 } else { i64::MAX }),
        _ => None,
    }
}

/// Refuses results that would take more memory than a script should ask for.
fn check_size(n: usize) -> PyResult<()> {
    if n > 1 << 32 {
        return Err(PyErr::new(&types::MEMORY_ERROR, ""));
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
                b.type_name(),
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
    if let Some(i) = crate::builtins::user_index(n) {
        return repeat(seq, &i?);
    }
    let count = repeat_count(n).ok_or_else(|| {
        PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_name()
        ))
    })?;
    let count = count.max(0) as usize;
    match seq {
        Value::Str(s) => {
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
        (Value::Range(x), Value::Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
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
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let (p, q) = (num_f64(x), num_f64(y));
            // Compare exactly when a float meets a big int beyond 2**53.
            if p.is_finite() && q.is_finite() && (p.abs() > 9e15 || q.abs() > 9e15) {
                if let (Some(bp), Some(bq)) = (float_to_big(x), float_to_big(y)) {
                    let c = bp.cmp(&bq);
                    if c != Ordering::Equal {
                        return Some(c);
                    }
                }
            }
            p.partial_cmp(&q)
        }
        _ => Some(big(x).cmp(&big(y))),
    }
}

fn float_to_big(n: &Num) -> Option<BigInt> {
    match n {
        Num::Float(f) => num_bigint::BigInt::from_f64_trunc(*f),
        other => Some(big(other)),
    }
}

trait FromF64Trunc: Sized {
    fn from_f64_trunc(f: f64) -> Option<Self>;
}

impl FromF64Trunc for BigInt {
    fn from_f64_trunc(f: f64) -> Option<BigInt> {
        if f.fract() != 0.0 {
            return None;
        }
        num_traits::FromPrimitive::from_f64(f)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// CPython answers with a complex number, which pyasync does not have:
    /// it must say so rather than give a float or a misleading ValueError.
    #[test]
    fn negative_base_fractional_power_names_complex() {
        let err = binary_op(BinOp::Pow, &Value::Int(-8), &Value::Float(0.5)).unwrap_err();
        assert!(err.is_instance(&types::NOT_IMPLEMENTED_ERROR));
        assert!(err.exc.message().contains("complex numbers"));
        assert!(binary_op(BinOp::Pow, &Value::Float(-8.0), &Value::Float(2.0)).is_ok());
    }
}
