//! `range` objects: arithmetic progressions of ints of any size.
//!
//! CPython's range holds its bounds as Python ints throughout
//! (`Objects/rangeobject.c`); here a range whose bounds fit in `i64` keeps
//! them unboxed, so `for i in range(n)` never allocates, and any derived
//! quantity (length, last item, a slice's bounds) is computed in `i128` or
//! `BigInt`, never wrapping.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::subscript::SliceArgs;
use super::{types, Iter, PyErr, PyResult, Value};

#[derive(Debug, Clone)]
pub enum Range {
    /// All three bounds fit in `i64`.
    Small { start: i64, stop: i64, step: i64 },
    /// At least one bound does not.
    Big {
        start: BigInt,
        stop: BigInt,
        step: BigInt,
    },
}

/// The int value of `v` (an int, a bool or an int subclass instance).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        other => super::class::payload(other).and_then(as_bigint),
    }
}

/// An argument that must be an int of any size (`range(...)`'s bounds,
/// `enumerate`'s start).
pub fn integer_arg(v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_bigint(v) {
        return Ok(i);
    }
    // An object whose class defines `__index__` (`PyNumber_Index`).
    if let Some(i) = super::ops::user_index(v) {
        return integer_arg(&i?);
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    )))
}

/// A length or index that CPython must fit in a `Py_ssize_t`.
fn to_ssize(n: &BigInt) -> PyResult<i64> {
    n.to_i64().ok_or_else(|| {
        PyErr::new(
            &types::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )
    })
}

impl Range {
    /// `range(start, stop, step)`; the caller has rejected a zero step.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => Range::Small { start, stop, step },
            _ => Range::Big { start, stop, step },
        }
    }

    pub fn start(&self) -> BigInt {
        match self {
            Range::Small { start, .. } => BigInt::from(*start),
            Range::Big { start, .. } => start.clone(),
        }
    }

    pub fn stop(&self) -> BigInt {
        match self {
            Range::Small { stop, .. } => BigInt::from(*stop),
            Range::Big { stop, .. } => stop.clone(),
        }
    }

    pub fn step(&self) -> BigInt {
        match self {
            Range::Small { step, .. } => BigInt::from(*step),
            Range::Big { step, .. } => step.clone(),
        }
    }

    /// The number of items, exactly (it may exceed `i64`).
    pub fn length(&self) -> BigInt {
        match self {
            Range::Small { start, stop, step } => {
                BigInt::from(small_len(*start as i128, *stop as i128, *step as i128))
            }
            Range::Big { start, stop, step } => {
                let (lo, hi, step) = if step.is_positive() {
                    (start, stop, step.clone())
                } else {
                    (stop, start, -step)
                };
                if lo >= hi {
                    BigInt::zero()
                } else {
                    (hi - lo - 1u32) / step + 1u32
                }
            }
        }
    }

    /// `len(r)`, which must fit in a `Py_ssize_t` (`range_length`).
    pub fn len(&self) -> PyResult<usize> {
        Ok(to_ssize(&self.length())? as usize)
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Range::Small { start, stop, step } => {
                if *step > 0 {
                    start >= stop
                } else {
                    start <= stop
                }
            }
            Range::Big { .. } => self.length().is_zero(),
        }
    }

    /// The item at position `i`, which the caller has checked.
    fn item(&self, i: &BigInt) -> BigInt {
        self.start() + i * self.step()
    }

    /// `r[index]`, with the index of any size.
    pub fn get_item(&self, index: &Value) -> PyResult {
        let Some(i) = as_bigint(index) else {
            return Err(PyErr::type_error(format!(
                "range indices must be integers or slices, not {}",
                index.type_name()
            )));
        };
        if let (Range::Small { start, stop, step }, Some(i)) = (self, i.to_i64()) {
            let (start, step) = (*start as i128, *step as i128);
            let len = small_len(start, *stop as i128, step);
            let i = if i < 0 { i as i128 + len } else { i as i128 };
            if (0..len).contains(&i) {
                return Ok(Value::Int((start + i * step) as i64));
            }
            return Err(out_of_range());
        }
        let len = self.length();
        let i = if i.is_negative() { i + &len } else { i };
        if i.is_negative() || i >= len {
            return Err(out_of_range());
        }
        Ok(Value::from_bigint(self.item(&i)))
    }

    /// `r[a:b:c]`: the range of the selected items, its bounds computed from
    /// the slice's clamped indices as `compute_slice` does, so that
    /// `range(10)[::-3]` is `range(9, -1, -3)`.
    pub fn get_slice(&self, s: &SliceArgs) -> PyResult<Range> {
        let (start, stop, step) = slice_indices(&self.length(), s)?;
        let first = self.item(&start);
        let last = self.item(&stop);
        Ok(Range::new(first, last, self.step() * step))
    }

    /// `x in r` for an int `x`, by arithmetic.
    pub fn contains_int(&self, x: &BigInt) -> bool {
        if let (Range::Small { start, stop, step }, Some(x)) = (self, x.to_i64()) {
            let (start, stop, step, x) = (*start as i128, *stop as i128, *step as i128, x as i128);
            let inside = if step > 0 {
                start <= x && x < stop
            } else {
                stop < x && x <= start
            };
            return inside && (x - start) % step == 0;
        }
        let (start, stop, step) = (self.start(), self.stop(), self.step());
        let inside = if step.is_positive() {
            &start <= x && x < &stop
        } else {
            &stop < x && x <= &start
        };
        inside && (x - start).mod_floor(&step).is_zero()
    }

    /// `x in r`: ints and bools by arithmetic, floats by the int they equal,
    /// other values never (they equal no int).
    pub fn contains(&self, x: &Value) -> bool {
        if let Some(i) = as_bigint(x) {
            return self.contains_int(&i);
        }
        match x {
            Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
                num_traits::FromPrimitive::from_f64(*f).is_some_and(|i| self.contains_int(&i))
            }
            _ => false,
        }
    }

    /// `r.index(x)` for an int in the range.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        self.contains_int(x)
            .then(|| (x - self.start()) / self.step())
    }

    /// `r == s`: the same sequence of items (`range_equals`).
    pub fn equals(&self, other: &Range) -> bool {
        let len = self.length();
        if len != other.length() {
            return false;
        }
        if len.is_zero() {
            return true;
        }
        if self.start() != other.start() {
            return false;
        }
        len.is_one() || self.step() == other.step()
    }

    /// What equal ranges share, hashed as a tuple (`range_hash`): the
    /// length, then the start unless empty, then the step unless shorter
    /// than two.
    pub fn hash_key(&self) -> [Value; 3] {
        let len = self.length();
        let start = if len.is_zero() {
            Value::None
        } else {
            Value::from_bigint(self.start())
        };
        let step = if len <= BigInt::one() {
            Value::None
        } else {
            Value::from_bigint(self.step())
        };
        [Value::from_bigint(len), start, step]
    }

    /// `iter(r)`.
    pub fn iter(&self) -> Iter {
        match self {
            // Stepping saturates at the ends of i64, where a step past
            // `stop` ends the iteration anyway.
            Range::Small { start, stop, step } => Iter::Range {
                next: *start,
                stop: *stop,
                step: *step,
            },
            Range::Big { .. } => Iter::BigRange {
                next: self.start(),
                step: self.step(),
                left: self.length(),
            },
        }
    }

    /// `reversed(r)`: from the last item down by `-step`.
    pub fn reversed(&self) -> Iter {
        if let Range::Small { start, stop, step } = self {
            let (start, step) = (*start as i128, *step as i128);
            let len = small_len(start, *stop as i128, step);
            let last = start + (len - 1) * step;
            let before_first = start - step;
            if let (Ok(next), Ok(stop), Ok(step)) = (
                i64::try_from(last),
                i64::try_from(before_first),
                i64::try_from(-step),
            ) {
                return Iter::Range { next, stop, step };
            }
        }
        let len = self.length();
        let last = if len.is_zero() {
            self.start()
        } else {
            self.item(&(&len - 1u32))
        };
        Iter::BigRange {
            next: last,
            step: -self.step(),
            left: len,
        }
    }

    /// `repr(r)`.
    pub fn repr(&self) -> String {
        let step = self.step();
        if step.is_one() {
            format!("range({}, {})", self.start(), self.stop())
        } else {
            format!("range({}, {}, {})", self.start(), self.stop(), step)
        }
    }
}

/// The length of a range whose bounds fit in `i64`: at most 2**64, so
/// exact in `i128`.
#[inline]
fn small_len(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / -step + 1
    } else {
        0
    }
}

fn out_of_range() -> Box<PyErr> {
    PyErr::index_error("range object index out of range")
}

/// A slice bound as an int of any size, `None` when left out.
fn slice_bound(v: &Option<Value>) -> PyResult<Option<BigInt>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => as_bigint(v).map(Some).ok_or_else(|| {
            PyErr::type_error("slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// The start, stop and step indices a slice selects from `len` items,
/// clamped as `_PySlice_GetLongIndices` clamps them (without a size limit).
pub fn slice_indices(len: &BigInt, s: &SliceArgs) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = slice_bound(&s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |bound: Option<BigInt>, default: &BigInt| -> BigInt {
        match bound {
            None => default.clone(),
            Some(i) => {
                let i = if i.is_negative() { i + len } else { i };
                i.clamp(lower.clone(), upper.clone())
            }
        }
    };
    let (start_default, stop_default) = if backwards {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = clamp(slice_bound(&s.lower)?, start_default);
    let stop = clamp(slice_bound(&s.upper)?, stop_default);
    Ok((start, stop, step))
}

/// The next item of a range iterator over big ints.
pub fn big_step(next: &mut BigInt, step: &BigInt, left: &mut BigInt) -> Option<Value> {
    if left.is_zero() {
        return None;
    }
    *left -= 1u32;
    let v = next.clone();
    *next += step;
    Some(Value::from_bigint(v))
}

/// Items left in a range iterator over big ints, for `__length_hint__`.
pub fn big_left(left: &BigInt) -> usize {
    left.to_usize().unwrap_or(usize::MAX)
}

/// `range(...)`'s arguments.
pub fn construct(args: &[Value]) -> PyResult {
    let n: Vec<BigInt> = args.iter().map(integer_arg).collect::<PyResult<_>>()?;
    let (start, stop, step) = match <[BigInt; 3]>::try_from(n) {
        Ok([start, stop, step]) => (start, stop, step),
        Err(n) => match <[BigInt; 2]>::try_from(n) {
            Ok([start, stop]) => (start, stop, BigInt::one()),
            Err(mut n) => (BigInt::zero(), n.remove(0), BigInt::one()),
        },
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range::new(start, stop, step))))
}

// ---------------------------------------------------------------------------
// The type table

use super::slots::{self, one_arg, plain};
use super::types::{Member, TypeSpec};
use super::Args;
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "An immutable sequence of integers: range(stop) or range(start, stop[, step]).",
    members: &[&[
        Member::getter(
            "start",
            |_, r| Ok(Value::from_bigint(this(r).start())),
            "The first bound.",
        ),
        Member::getter(
            "stop",
            |_, r| Ok(Value::from_bigint(this(r).stop())),
            "The bound not reached.",
        ),
        Member::getter(
            "step",
            |_, r| Ok(Value::from_bigint(this(r).step())),
            "The difference between items.",
        ),
        Member::method("count", count, "How many items equal the argument."),
        Member::method(
            "index",
            index,
            "The position of the argument; ValueError if absent.",
        ),
        Member::slot("__eq__", |vm, o, a| equality(vm, o, a, true)),
        Member::slot("__ne__", |vm, o, a| equality(vm, o, a, false)),
        Member::slot("__lt__", unordered),
        Member::slot("__le__", unordered),
        Member::slot("__gt__", unordered),
        Member::slot("__ge__", unordered),
        slot!("__hash__" slots::hash),
        slot!("__repr__" slots::repr),
        slot!("__len__" slots::len),
        slot!("__bool__" slots::bool),
        slot!("__iter__" slots::iter),
        slot!("__reversed__" slots::reversed),
        slot!("__contains__" slots::contains),
        slot!("__getitem__" slots::getitem),
        Member::static_method("__new__", new, "Create and return a new range."),
    ]],
};

fn this(v: &Value) -> &Range {
    match plain(v) {
        Value::Range(r) => r,
        _ => unreachable!("a range method is only called on a range"),
    }
}

/// The one argument of `count` and `index` (METH_O).
fn the_argument(name: &str, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "range.{name}() takes no keyword arguments"
        )));
    }
    let n = args.positional.len();
    <[Value; 1]>::try_from(args.positional)
        .map(|[v]| v)
        .map_err(|_| {
            PyErr::type_error(format!(
                "range.{name}() takes exactly one argument ({n} given)"
            ))
        })
}

/// Items equal to a value that is not an int are found by comparing each
/// item, as the generic sequence algorithm does (`range_count`).
fn count(vm: &Vm, r: &Value, args: Args) -> PyResult {
    let x = the_argument("count", args)?;
    let r = this(r);
    if as_bigint(&x).is_some() {
        return Ok(Value::Int(r.contains(&x) as i64));
    }
    let mut n = 0;
    let items = Rc::new(std::cell::RefCell::new(r.iter()));
    while let Some(item) = vm.next(&items)? {
        if vm.equal(&item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &Vm, r: &Value, args: Args) -> PyResult {
    let x = the_argument("index", args)?;
    let r = this(r);
    if let Some(i) = as_bigint(&x) {
        return match r.position(&i) {
            Some(p) => Ok(Value::from_bigint(p)),
            None => Err(PyErr::value_error(format!("{i} is not in range"))),
        };
    }
    let items = Rc::new(std::cell::RefCell::new(r.iter()));
    let mut at = 0i64;
    while let Some(item) = vm.next(&items)? {
        if vm.equal(&item, &x)? {
            return Ok(Value::Int(at));
        }
        at += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

fn equality(_vm: &Vm, obj: &Value, args: Args, eq: bool) -> PyResult {
    let other = one_arg(args)?;
    match (plain(obj), plain(&other)) {
        (Value::Range(a), Value::Range(b)) => Ok(Value::Bool(a.equals(b) == eq)),
        _ => Ok(Value::NotImplemented),
    }
}

/// Ranges have no order.
fn unordered(_vm: &Vm, _obj: &Value, args: Args) -> PyResult {
    one_arg(args)?;
    Ok(Value::NotImplemented)
}

fn new(_vm: &Vm, mut args: Args) -> PyResult {
    if args.positional.is_empty() {
        return Err(PyErr::type_error("range.__new__(): not enough arguments"));
    }
    match args.positional.remove(0) {
        Value::Type(super::TypeRef::Builtin(t)) if std::ptr::eq(t, &super::types::RANGE) => {
            if !args.keywords.is_empty() {
                return Err(PyErr::type_error("range() takes no keyword arguments"));
            }
            construct(&args.positional)
        }
        Value::Type(t) => Err(PyErr::type_error(format!(
            "range.__new__({}): {} is not a subtype of range",
            t.name(),
            t.name()
        ))),
        other => Err(PyErr::type_error(format!(
            "range.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
    }
}
