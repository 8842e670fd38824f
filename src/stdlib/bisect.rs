//! The `bisect` module, in Rust as CPython's `_bisect` accelerator: binary
//! search of a sorted sequence and insertion that keeps it sorted.
//!
//! The search works on any sequence (`len` and integer indexing), compares
//! only with `<` and always with `x` on the same side as CPython (`x < item`
//! for the right edge, `item < x` for the left), so user `__lt__` methods
//! see the same calls. Insertion uses `list.insert` for a list and the
//! sequence's own `insert` method otherwise.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{types, Args, Globals, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;

pub fn make_module() -> Rc<Globals> {
    let n = |name, f| super::native("_bisect", name, f);
    let right = n("bisect_right", bisect_right);
    let insort_right = n("insort_right", insort_right);
    Rc::new(Globals::from_pairs(vec![
        n("bisect_left", bisect_left),
        right.clone(),
        ("bisect", right.1),
        n("insort_left", insort_left),
        insort_right.clone(),
        ("insort", insort_right.1),
    ]))
}

/// Which end of a run of items equal to `x` the search finds.
#[derive(Clone, Copy, PartialEq)]
enum Edge {
    /// Before the run (`bisect_left`).
    Left,
    /// After the run (`bisect_right`).
    Right,
}

/// The arguments every function takes: `(a, x, lo=0, hi=None, *, key=None)`.
struct Search {
    seq: Value,
    x: Value,
    lo: i64,
    /// `None` for the whole sequence (`hi=None`, or -1 as CPython reads it).
    hi: Option<i64>,
    key: Option<Value>,
}

const PARAMS: [&str; 5] = ["a", "x", "lo", "hi", "key"];

impl Search {
    fn parse(vm: &Vm, fname: &str, args: Args) -> PyResult<Search> {
        let mut slots = args.unpack_keywords(fname, &PARAMS, 4, 2)?.into_iter();
        let mut next = || slots.next().flatten();
        let (seq, x) = (next().unwrap_or_default(), next().unwrap_or_default());
        let lo = match next() {
            Some(v) => lo_index(vm, &v)?,
            None => 0,
        };
        let hi = match next() {
            None | Some(Value::None) => None,
            Some(v) => Some(hi_index(vm, &v)?).filter(|&hi| hi != -1),
        };
        let key = next().filter(|k| !k.is_none());
        Ok(Search {
            seq,
            x,
            lo,
            hi,
            key,
        })
    }

    /// The insertion point of `x` (already passed through the key, for
    /// insort) between `lo` and `hi`.
    fn position(&self, vm: &Vm, x: &Value, edge: Edge) -> PyResult<i64> {
        let mut lo = self.lo;
        if lo < 0 {
            return Err(PyErr::value_error("lo must be non-negative"));
        }
        let mut hi = match self.hi {
            Some(hi) => hi,
            None => sequence_len(vm, &self.seq)?,
        };
        while lo < hi {
            // Both are non-negative here, so their sum fits unsigned.
            let mid = ((lo as u64 + hi as u64) / 2) as i64;
            let mut item = sequence_item(vm, &self.seq, mid)?;
            if let Some(key) = &self.key {
                item = vm.call(key, Args::positional(vec![item]))?;
            }
            let goes_after = match edge {
                Edge::Left => less(vm, &item, x)?,
                Edge::Right => !less(vm, x, &item)?,
            };
            if goes_after {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }
}

/// `a < b`, without the general protocol for ints and floats.
fn less(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => vm.compare(CmpOp::Lt, a, b),
    }
}

/// An index argument as a machine-sized int, which a bigger int is not.
fn to_ssize(v: &Value, overflow: impl FnOnce() -> String) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(PyErr::new(&types::OVERFLOW_ERROR, overflow())),
    }
}

/// `lo`: anything with `__index__`.
fn lo_index(vm: &Vm, v: &Value) -> PyResult<i64> {
    to_ssize(&vm.number_index(v)?, || {
        "Python int too large to convert to C ssize_t".into()
    })
}

/// `hi`: an int-like value (None was handled by the caller), with the
/// messages of CPython's optional-index converter.
fn hi_index(vm: &Vm, v: &Value) -> PyResult<i64> {
    let int_like = matches!(
        crate::object::class::payload(v).unwrap_or(v),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
    ) || (matches!(v, Value::Instance(_))
        && vm.special_method(v, "__index__").is_some());
    if !int_like {
        return Err(PyErr::type_error(format!(
            "argument should be integer or None, not '{}'",
            v.type_name()
        )));
    }
    let i = vm.number_index(v)?;
    to_ssize(&i, || {
        format!("cannot fit '{}' into an index-sized integer", v.type_name())
    })
}

/// `len(seq)` as the sequence protocol sees it: a mapping is no sequence.
fn sequence_len(vm: &Vm, seq: &Value) -> PyResult<i64> {
    match seq {
        Value::List(items) => Ok(items.borrow().len() as i64),
        Value::Dict(_) => Err(not_a_sequence(seq)),
        _ => Ok(vm.len(seq)? as i64),
    }
}

/// `seq[i]` as the sequence protocol sees it.
fn sequence_item(vm: &Vm, seq: &Value, i: i64) -> PyResult {
    match seq {
        Value::List(items) => items
            .borrow()
            .get(i as usize)
            .cloned()
            .ok_or_else(|| PyErr::index_error("list index out of range")),
        Value::Dict(_) => Err(not_a_sequence(seq)),
        Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => vm.get_item(seq, &Value::Int(i)),
        Value::Instance(_)
            if crate::object::class::payload(seq).is_some()
                || vm.special_method(seq, "__getitem__").is_some() =>
        {
            vm.get_item(seq, &Value::Int(i))
        }
        Value::Object(_) => vm.get_item(seq, &Value::Int(i)),
        _ => Err(PyErr::type_error(format!(
            "'{}' object does not support indexing",
            seq.type_name()
        ))),
    }
}

fn not_a_sequence(seq: &Value) -> Box<PyErr> {
    PyErr::type_error(format!("{} is not a sequence", seq.type_name()))
}

fn search(vm: &Vm, fname: &str, args: Args, edge: Edge) -> PyResult {
    let s = Search::parse(vm, fname, args)?;
    Ok(Value::Int(s.position(vm, &s.x, edge)?))
}

/// Inserts `x` where the search puts it; the key (if any) is applied to
/// `x` once, before searching.
fn insort(vm: &Vm, fname: &str, args: Args, edge: Edge) -> PyResult {
    let s = Search::parse(vm, fname, args)?;
    let pos = match &s.key {
        Some(key) => {
            let kx = vm.call(key, Args::positional(vec![s.x.clone()]))?;
            s.position(vm, &kx, edge)?
        }
        None => s.position(vm, &s.x, edge)?,
    };
    match &s.seq {
        Value::List(items) => {
            let mut items = items.borrow_mut();
            // A comparison may have shortened the list: insert at its end.
            let at = (pos as usize).min(items.len());
            items.insert(at, s.x);
        }
        seq => {
            vm.call_method(seq, "insert", Args::positional(vec![Value::Int(pos), s.x]))?;
        }
    }
    Ok(Value::None)
}

/// `bisect_left(a, x, lo=0, hi=len(a), *, key=None)`: the first position
/// where `x` could go and keep `a[lo:hi]` sorted (before equal items).
fn bisect_left(vm: &Vm, args: Args) -> PyResult {
    search(vm, "bisect_left", args, Edge::Left)
}

/// `bisect_right(...)` (also `bisect`): the last such position (after
/// equal items).
fn bisect_right(vm: &Vm, args: Args) -> PyResult {
    search(vm, "bisect_right", args, Edge::Right)
}

/// `insort_left(a, x, lo=0, hi=len(a), *, key=None)`: inserts `x` before
/// the items equal to it.
fn insort_left(vm: &Vm, args: Args) -> PyResult {
    insort(vm, "insort_left", args, Edge::Left)
}

/// `insort_right(...)` (also `insort`): inserts `x` after the items equal
/// to it.
fn insort_right(vm: &Vm, args: Args) -> PyResult {
    insort(vm, "insort_right", args, Edge::Right)
}
