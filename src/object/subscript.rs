//! Indexing and slicing of builtin sequences and mappings (`x[i]`, `x[a:b:c]`,
//! `x[i] = v`), and membership (`in`).

use std::rc::Rc;

use num_traits::Signed;

use super::types;
use super::{ops, DictKey, PyErr, PyResult, Value};

/// A slice's bounds as given: each `None` when left out.
pub struct SliceArgs {
    pub lower: Option<Value>,
    pub upper: Option<Value>,
    pub step: Option<Value>,
}

fn slice_index(v: &Option<Value>) -> PyResult<Option<i64>> {
    if let Some(p) = v.as_ref().and_then(super::class::payload) {
        return slice_index(&Some(p.clone()));
    }
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Some(other) => match super::ops::user_index(other) {
            Some(i) => slice_index(&Some(i?)),
            None => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// CPython's `PySlice_AdjustIndices`: the start, step and number of items a
/// slice selects from a sequence of `len` items.
pub fn slice_indices(len: usize, s: &SliceArgs) -> PyResult<(i64, i64, usize)> {
    let len = len as i64;
    let step = slice_index(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    // `PySlice_Unpack` keeps the step negatable.
    let step = step.max(-i64::MAX);
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => {
                let i = i.saturating_add(len);
                if i < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    i
                }
            }
            Some(i) if i >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(i) => i,
        }
    };
    let (start, stop) = if step > 0 {
        (
            clamp(slice_index(&s.lower)?, 0),
            clamp(slice_index(&s.upper)?, len),
        )
    } else {
        (
            clamp(slice_index(&s.lower)?, len - 1),
            clamp(slice_index(&s.upper)?, -1),
        )
    };
    let count = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, step, count as usize))
}

fn pick<T: Clone>(items: &[T], s: &SliceArgs) -> PyResult<Vec<T>> {
    let (start, step, count) = slice_indices(items.len(), s)?;
    Ok((0..count)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect())
}

pub fn get_slice(v: &Value, s: &SliceArgs) -> PyResult {
    match v {
        Value::List(l) => Ok(Value::list(pick(&l.borrow(), s)?)),
        Value::Tuple(t) => Ok(Value::tuple(pick(t, s)?)),
        Value::Bytes(_) | Value::ByteArray(_) => super::bytes::get_slice(v, s),
        Value::Str(text) => {
            if text.is_ascii() {
                let picked = pick(text.as_bytes(), s)?;
                Ok(Value::Str(Rc::from(
                    String::from_utf8(picked).expect("ASCII slices are UTF-8"),
                )))
            } else {
                let chars: Vec<char> = text.chars().collect();
                Ok(Value::Str(Rc::from(
                    pick(&chars, s)?.into_iter().collect::<String>(),
                )))
            }
        }
        Value::Range(r) => Ok(Value::Range(Rc::new(r.get_slice(s)?))),
        _ => Err(not_subscriptable(v)),
    }
}

fn not_subscriptable(v: &Value) -> Box<PyErr> {
    PyErr::type_error(format!("'{}' object is not subscriptable", v.type_name()))
}

/// Resolves a possibly negative index against `len`.
fn seq_index(index: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "{} indices must be integers or slices, not {}",
                what,
                other.type_name()
            )))
        }
    };
    let adjusted = if i < 0 { i + len as i64 } else { i };
    if adjusted < 0 || adjusted >= len as i64 {
        return Err(PyErr::index_error(format!("{} index out of range", what)));
    }
    Ok(adjusted as usize)
}

pub fn get_item(v: &Value, index: &Value) -> PyResult {
    match v {
        Value::List(l) => {
            let l = l.borrow();
            Ok(l[seq_index(index, l.len(), "list")?].clone())
        }
        Value::Tuple(t) => Ok(t[seq_index(index, t.len(), "tuple")?].clone()),
        Value::Bytes(_) | Value::ByteArray(_) => super::bytes::get_item(v, index),
        Value::Str(s) => {
            let err = |e: Box<PyErr>| {
                if e.is_instance(&types::TYPE_ERROR) {
                    PyErr::type_error(
                        "string indices must be integers, not '".to_string()
                            + &index.type_name()
                            + "'",
                    )
                } else {
                    e
                }
            };
            if s.is_ascii() {
                let i = seq_index(index, s.len(), "string").map_err(err)?;
                Ok(Value::Str(Rc::from(&s[i..i + 1])))
            } else {
                let n = s.chars().count();
                let i = seq_index(index, n, "string").map_err(err)?;
                let c = s.chars().nth(i).expect("index checked against the length");
                Ok(Value::Str(Rc::from(c.to_string())))
            }
        }
        Value::Dict(d) => {
            let key = DictKey::new(index.clone())?;
            let found = super::dict::get(d, &key)?;
            found.ok_or_else(|| PyErr::with_args(&types::KEY_ERROR, vec![index.clone()]))
        }
        Value::Range(r) => r.get_item(index),
        Value::Type(t) => super::generic_alias::subscript(t, index),
        _ => Err(not_subscriptable(v)),
    }
}

pub fn set_item(v: &Value, index: &Value, value: Value) -> PyResult<()> {
    match v {
        Value::List(l) => {
            let mut l = l.borrow_mut();
            let len = l.len();
            let i = seq_index(index, len, "list").map_err(|e| {
                if e.is_instance(&types::INDEX_ERROR) {
                    PyErr::index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            l[i] = value;
            Ok(())
        }
        Value::Dict(d) => {
            let key = DictKey::new(index.clone())?;
            super::dict::set_item(d, key, value)
        }
        Value::ByteArray(a) => super::bytes::set_item(a, v, index, &value),
        _ => Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            v.type_name()
        ))),
    }
}

/// `x[a:b] = items` for lists.
pub fn set_slice(v: &Value, s: &SliceArgs, items: Vec<Value>) -> PyResult<()> {
    if let Value::ByteArray(a) = v {
        return super::bytes::set_slice(a, s, items);
    }
    let Value::List(l) = v else {
        return Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            v.type_name()
        )));
    };
    assign_slice_in(&mut l.borrow_mut(), s, items, "sequence")
}

/// `seq[a:b:c] = items` on the elements of a list or a bytearray: a
/// simple slice may change the length, an extended one must match it
/// (`what` names the items in that error).
pub fn assign_slice_in<T>(
    seq: &mut Vec<T>,
    s: &SliceArgs,
    items: Vec<T>,
    what: &str,
) -> PyResult<()> {
    let (start, step, count) = slice_indices(seq.len(), s)?;
    if step == 1 {
        let start = start as usize;
        seq.splice(start..start + count, items);
        return Ok(());
    }
    if items.len() != count {
        return Err(PyErr::value_error(format!(
            "attempt to assign {} of size {} to extended slice of size {}",
            what,
            items.len(),
            count
        )));
    }
    for (k, item) in items.into_iter().enumerate() {
        seq[(start + k as i64 * step) as usize] = item;
    }
    Ok(())
}

/// `del seq[a:b:c]` on the elements of a list or a bytearray.
pub fn delete_slice_in<T>(seq: &mut Vec<T>, s: &SliceArgs) -> PyResult<()> {
    let (start, step, count) = slice_indices(seq.len(), s)?;
    let mut doomed: Vec<usize> = (0..count)
        .map(|k| (start + k as i64 * step) as usize)
        .collect();
    doomed.sort_unstable();
    for i in doomed.into_iter().rev() {
        seq.remove(i);
    }
    Ok(())
}

/// `del x[a:b:c]` for lists.
pub fn del_slice(v: &Value, s: &SliceArgs) -> PyResult<()> {
    if let Value::ByteArray(a) = v {
        return super::bytes::del_slice(a, s);
    }
    let Value::List(l) = v else {
        return Err(PyErr::type_error(format!(
            "'{}' object does not support item deletion",
            v.type_name()
        )));
    };
    delete_slice_in(&mut l.borrow_mut(), s)
}

pub fn del_item(v: &Value, index: &Value) -> PyResult<()> {
    match v {
        Value::ByteArray(a) => super::bytes::del_item(a, v, index),
        Value::List(l) => {
            let mut l = l.borrow_mut();
            let i = seq_index(index, l.len(), "list").map_err(|e| {
                if e.is_instance(&types::INDEX_ERROR) {
                    PyErr::index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            l.remove(i);
            Ok(())
        }
        Value::Dict(d) => {
            let key = DictKey::new(index.clone())?;
            let removed = super::dict::remove(d, &key)?;
            removed
                .map(|_| ())
                .ok_or_else(|| PyErr::with_args(&types::KEY_ERROR, vec![index.clone()]))
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            v.type_name()
        ))),
    }
}

/// `item in container` for builtin containers.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::List(l) => Ok(l.borrow().iter().any(|x| x.is(item) || ops::eq(x, item))),
        Value::Tuple(t) => Ok(t.iter().any(|x| x.is(item) || ops::eq(x, item))),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = super::bytes::bytes_ref(container).expect("bytes-like");
            super::bytes::contains(&data, item)
        }
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            other => Err(PyErr::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                other.type_name()
            ))),
        },
        Value::Dict(d) => Ok(super::dict::lookup(d, &DictKey::new(item.clone())?)?.is_some()),
        Value::Set(_) | Value::FrozenSet(_) => super::set::contains_value(container, item),
        Value::Range(r) => Ok(r.contains(item)),
        other => Err(PyErr::type_error(format!(
            "argument of type '{}' is not iterable",
            other.type_name()
        ))),
    }
}
