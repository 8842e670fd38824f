//! The iteration protocol for builtin iterables.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Iter, PyErr, PyResult, Value};

/// `iter(v)`: an iterator over a builtin iterable, or `v` itself when it is
/// already an iterator.
pub fn get_iter(v: &Value) -> PyResult<Rc<RefCell<Iter>>> {
    let it = match v {
        Value::Iterator(it) => return Ok(it.clone()),
        Value::Generator(g) => Iter::Generator(g.clone()),
        Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_) => Iter::Seq {
            seq: v.clone(),
            index: 0,
        },
        Value::Str(s) => Iter::Chars {
            s: s.clone(),
            pos: 0,
        },
        Value::Range(r) => r.iter(),
        Value::Dict(d) => Iter::DictKeys {
            dict: d.clone(),
            pos: 0,
            used: d.borrow().len(),
            part: super::dictview::DictPart::Keys,
            last: None,
            given: 0,
        },
        Value::Set(_) | Value::FrozenSet(_) => super::set::iter(v),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )))
        }
    };
    Ok(Rc::new(RefCell::new(it)))
}

impl Iterator for Iter {
    type Item = Value;

    fn next(&mut self) -> Option<Value> {
        let item = match self {
            Iter::Seq { seq, index } => {
                let item = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Bytes(b) => b.get(*index).map(|&c| Value::Int(c as i64)),
                    Value::ByteArray(b) => b.borrow().get(*index).map(|&c| Value::Int(c as i64)),
                    _ => None,
                };
                *index += 1;
                item
            }
            Iter::Range { next, stop, step } => range_step(next, *stop, *step).map(Value::Int),
            Iter::BigRange { next, step, left } => super::range::big_step(next, step, left),
            Iter::Chars { s, pos } => {
                let c = s[*pos..].chars().next();
                if let Some(c) = c {
                    *pos += c.len_utf8();
                    Some(Value::Str(Rc::from(c.encode_utf8(&mut [0; 4]) as &str)))
                } else {
                    None
                }
            }
            Iter::Enumerate { inner, count } => {
                let item = inner.borrow_mut().next();
                item.map(|v| Value::tuple(vec![count_up(count), v]))
            }
            Iter::Zip { inners, .. } => {
                let mut items = Vec::with_capacity(inners.len());
                for inner in inners.iter() {
                    let next = inner.borrow_mut().next();
                    match next {
                        Some(v) => items.push(v),
                        None => {
                            *self = Iter::Exhausted;
                            return None;
                        }
                    }
                }
                if items.is_empty() {
                    None
                } else {
                    Some(Value::tuple(items))
                }
            }
            Iter::Reversed { seq, index } => {
                if *index == 0 {
                    None
                } else {
                    *index -= 1;
                    match seq {
                        Value::List(l) => l.borrow().get(*index).cloned(),
                        Value::Tuple(t) => t.get(*index).cloned(),
                        _ => None,
                    }
                }
            }
            Iter::Set { set, pos, used } => super::set::iter_next(set, pos, *used),
            Iter::DictKeys {
                dict,
                pos,
                used,
                part,
                last,
                given,
            } => {
                let d = dict.borrow();
                if d.len() != *used {
                    None
                } else {
                    *pos = super::dictview::resume_at(&d, *pos, last.as_ref());
                    let entry = super::dictview::entry_at(&d, *pos, *part);
                    if entry.is_some() {
                        *last = d.get_index(*pos).map(|(k, _)| k.value().clone());
                        *given += 1;
                    }
                    *pos += 1;
                    entry
                }
            }
            // Driven by `Vm::next`, which can run Python code.
            Iter::Python(_)
            | Iter::GetItem { .. }
            | Iter::Generator(_)
            | Iter::Map { .. }
            | Iter::Filter { .. }
            | Iter::Exhausted => None,
        };
        if item.is_none() {
            *self = Iter::Exhausted;
        }
        item
    }
}

/// `RuntimeError` if the dict or set under a live iterator changed size
/// since iteration began (dictiter_iternextkey, setiter_iternext in
/// CPython); call before advancing the iterator.
///
/// A dict of the same size may still have had keys replaced: an iterator
/// that finds an entry after giving as many as the dict had has met a new
/// key (`dictiter_iternextkey`'s `di_len` check); the iterator is then
/// exhausted, while a size change keeps raising.
pub fn check_size(it: &mut Iter) -> PyResult<()> {
    if let Iter::DictKeys {
        dict,
        used,
        pos,
        last,
        given,
        ..
    } = it
    {
        let d = dict.borrow();
        if d.len() != *used {
            return Err(PyErr::new(
                &crate::object::types::RUNTIME_ERROR,
                "dictionary changed size during iteration",
            ));
        }
        let changed =
            *given >= *used && super::dictview::resume_at(&d, *pos, last.as_ref()) < d.len();
        drop(d);
        if changed {
            *it = Iter::Exhausted;
            return Err(PyErr::new(
                &crate::object::types::RUNTIME_ERROR,
                "dictionary keys changed during iteration",
            ));
        }
    }
    super::set::check_iter(it)
}

/// Collects a builtin iterable into a vector.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow().clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => {
            let it = get_iter(v)?;
            let mut out = Vec::new();
            loop {
                let next = it.borrow_mut().next();
                match next {
                    Some(item) => out.push(item),
                    None => return Ok(out),
                }
            }
        }
    }
}

/// The next value of a range iterator at `next`, advancing it.
#[inline(always)]
pub fn range_step(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let more = if step > 0 { *next < stop } else { *next > stop };
    if !more {
        return None;
    }
    let v = *next;
    *next = next.saturating_add(step);
    Some(v)
}

/// An enumerate count's current value, moving it on by one; past `i64`
/// it continues as a big int.
pub fn count_up(count: &mut Value) -> Value {
    let next = match &*count {
        Value::Int(i) => match i.checked_add(1) {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(num_bigint::BigInt::from(*i) + 1),
        },
        Value::BigInt(b) => Value::from_bigint(&**b + 1),
        other => other.clone(),
    };
    std::mem::replace(count, next)
}
