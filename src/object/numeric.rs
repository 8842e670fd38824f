//! The slot wrappers the three number types share: `int.__add__`,
//! `float.__lt__`, `complex.__rpow__`, ...
//!
//! Each number type's slots accept operands of its own kind and of the
//! narrower ones and answer NotImplemented for the rest, as `long_add`,
//! `float_add` and `complex_add` do: `(1).__add__(1.5)` is NotImplemented
//! (the float's `__radd__` answers), `(1.5).__add__(1)` is 2.5. The
//! arithmetic itself is the evaluator's (`ops::binary_op`).

use super::slots::plain;
use super::types::Member;
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::{BinOp, CmpOp};

/// How wide a number is: a type's slots take operands up to its own rank.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
pub enum Rank {
    Int,
    Float,
    Complex,
}

fn rank(v: &Value) -> Option<Rank> {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => Some(Rank::Int),
        Value::Float(_) => Some(Rank::Float),
        Value::Complex(..) => Some(Rank::Complex),
        _ => None,
    }
}

fn accepts(own: Rank, other: &Value) -> bool {
    rank(other).is_some_and(|r| r <= own)
}

/// An int as a float operand, which must fit (`PyLong_AsDouble`).
pub fn int_as_float(v: &Value) -> PyResult<f64> {
    super::ops::to_f64(v)
        .filter(|f| f.is_finite())
        .ok_or_else(|| {
            PyErr::new(
                &super::types::OVERFLOW_ERROR,
                "int too large to convert to float",
            )
        })
}

fn no_keywords(name: &str, args: &Args) -> PyResult<()> {
    if args.keywords.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "wrapper {name}() takes no keyword arguments"
    )))
}

/// The one operand of a binary slot wrapper (`wrap_binaryfunc`).
fn operand(name: &str, args: Args) -> PyResult<Value> {
    no_keywords(name, &args)?;
    let n = args.positional.len();
    match <[Value; 1]>::try_from(args.positional) {
        Ok([v]) => Ok(plain(&v).clone()),
        Err(_) => Err(PyErr::type_error(format!("expected 1 argument, got {n}"))),
    }
}

/// `__add__`, `__rsub__`, ...
pub fn binary(
    obj: &Value,
    args: Args,
    name: &str,
    op: BinOp,
    reflected: bool,
    own: Rank,
) -> PyResult {
    let other = operand(name, args)?;
    if !accepts(own, &other) {
        return Ok(Value::NotImplemented);
    }
    let target = plain(obj);
    if reflected {
        super::ops::binary_op(op, &other, target)
    } else {
        super::ops::binary_op(op, target, &other)
    }
}

/// `__eq__`, `__lt__`, ...: complex numbers answer only `==` and `!=`.
pub fn compare(obj: &Value, args: Args, name: &str, op: CmpOp, own: Rank) -> PyResult {
    let other = operand(name, args)?;
    let ordering = !matches!(op, CmpOp::Eq | CmpOp::NotEq);
    if !accepts(own, &other) || (ordering && own == Rank::Complex) {
        return Ok(Value::NotImplemented);
    }
    let target = plain(obj);
    Ok(Value::Bool(match op {
        CmpOp::Eq => super::ops::eq(target, &other),
        CmpOp::NotEq => !super::ops::eq(target, &other),
        _ => super::ops::compare(op, target, &other)?,
    }))
}

/// `__pow__(value, mod=None)` and `__rpow__` (`wrap_ternaryfunc`).
pub fn pow(vm: &Vm, obj: &Value, args: Args, name: &str, reflected: bool, own: Rank) -> PyResult {
    no_keywords(name, &args)?;
    let n = args.positional.len();
    if n == 0 || n > 2 {
        let (bound, count) = if n == 0 { ("least", 1) } else { ("most", 2) };
        return Err(PyErr::type_error(format!(
            " expected at {bound} {count} argument{}, got {n}",
            if count == 1 { "" } else { "s" }
        )));
    }
    let mut given = args.positional.into_iter();
    let other = plain(&given.next().expect("one argument")).clone();
    let modulus = given.next().filter(|m| !m.is_none());
    if !accepts(own, &other) {
        return Ok(Value::NotImplemented);
    }
    let target = plain(obj).clone();
    let (base, exponent) = if reflected {
        (other, target)
    } else {
        (target, other)
    };
    match modulus {
        None => super::ops::binary_op(BinOp::Pow, &base, &exponent),
        Some(_) if own == Rank::Complex => Err(PyErr::value_error("complex modulo")),
        Some(m) => vm.call(
            &vm.builtin_function("pow"),
            Args::positional(vec![base, exponent, m]),
        ),
    }
}

/// `__divmod__` and `__rdivmod__`.
pub fn divmod(
    vm: &Vm,
    obj: &Value,
    args: Args,
    name: &str,
    reflected: bool,
    own: Rank,
) -> PyResult {
    let other = operand(name, args)?;
    if !accepts(own, &other) {
        return Ok(Value::NotImplemented);
    }
    let target = plain(obj).clone();
    let pair = if reflected {
        vec![other, target]
    } else {
        vec![target, other]
    };
    vm.call(&vm.builtin_function("divmod"), Args::positional(pair))
}

macro_rules! binary {
    ($name:literal $op:ident $rank:ident) => {
        Member::slot($name, |_vm, o, a| {
            binary(o, a, $name, BinOp::$op, false, Rank::$rank)
        })
    };
    ($name:literal $op:ident $rank:ident reflected) => {
        Member::slot($name, |_vm, o, a| {
            binary(o, a, $name, BinOp::$op, true, Rank::$rank)
        })
    };
}

macro_rules! compare {
    ($rank:ident) => {
        &[
            compare!($rank "__eq__" Eq),
            compare!($rank "__ne__" NotEq),
            compare!($rank "__lt__" Lt),
            compare!($rank "__le__" LtE),
            compare!($rank "__gt__" Gt),
            compare!($rank "__ge__" GtE),
        ]
    };
    ($rank:ident $name:literal $op:ident) => {
        Member::slot($name, |_vm, o, a| {
            compare(o, a, $name, CmpOp::$op, Rank::$rank)
        })
    };
}

macro_rules! arithmetic {
    ($rank:ident) => {
        [
            binary!("__add__" Add $rank),
            binary!("__radd__" Add $rank reflected),
            binary!("__sub__" Sub $rank),
            binary!("__rsub__" Sub $rank reflected),
            binary!("__mul__" Mult $rank),
            binary!("__rmul__" Mult $rank reflected),
            binary!("__truediv__" Div $rank),
            binary!("__rtruediv__" Div $rank reflected),
            Member::slot("__pow__", |vm, o, a| {
                pow(vm, o, a, "__pow__", false, Rank::$rank)
            }),
            Member::slot("__rpow__", |vm, o, a| {
                pow(vm, o, a, "__rpow__", true, Rank::$rank)
            }),
        ]
    };
}

macro_rules! real_arithmetic {
    ($rank:ident) => {
        [
            binary!("__floordiv__" FloorDiv $rank),
            binary!("__rfloordiv__" FloorDiv $rank reflected),
            binary!("__mod__" Mod $rank),
            binary!("__rmod__" Mod $rank reflected),
            Member::slot("__divmod__", |vm, o, a| {
                divmod(vm, o, a, "__divmod__", false, Rank::$rank)
            }),
            Member::slot("__rdivmod__", |vm, o, a| {
                divmod(vm, o, a, "__rdivmod__", true, Rank::$rank)
            }),
        ]
    };
}

/// `&`, `|` and `^`, which `bool` defines again to keep bools bool.
macro_rules! bitwise {
    () => {
        [
            binary!("__and__" BitAnd Int),
            binary!("__rand__" BitAnd Int reflected),
            binary!("__or__" BitOr Int),
            binary!("__ror__" BitOr Int reflected),
            binary!("__xor__" BitXor Int),
            binary!("__rxor__" BitXor Int reflected),
        ]
    };
}

pub const INT_COMPARE: &[Member] = compare!(Int);
pub const FLOAT_COMPARE: &[Member] = compare!(Float);
pub const COMPLEX_COMPARE: &[Member] = compare!(Complex);

pub const INT_ARITHMETIC: &[Member] = &arithmetic!(Int);
pub const INT_REAL_ARITHMETIC: &[Member] = &real_arithmetic!(Int);
pub const FLOAT_ARITHMETIC: &[Member] = &arithmetic!(Float);
pub const FLOAT_REAL_ARITHMETIC: &[Member] = &real_arithmetic!(Float);
pub const COMPLEX_ARITHMETIC: &[Member] = &arithmetic!(Complex);

pub const BITWISE: &[Member] = &bitwise!();

pub const SHIFTS: &[Member] = &[
    binary!("__lshift__" LShift Int),
    binary!("__rlshift__" LShift Int reflected),
    binary!("__rshift__" RShift Int),
    binary!("__rrshift__" RShift Int reflected),
];
