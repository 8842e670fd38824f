//! `dict`: insertion-ordered, on indexmap, with Python's key semantics
//! (`1`, `1.0` and `True` are the same key).

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use indexmap::IndexMap;
use num_bigint::BigInt;

use super::{PyResult, Value};

pub type Dict = IndexMap<DictKey, Value>;

/// The items of `d` whose keys are strs, in order: what a namespace built
/// from a dict (`exec`'s locals, `globals()`) holds.
pub fn str_items(d: &Dict) -> Vec<(std::rc::Rc<str>, Value)> {
    d.iter()
        .filter_map(|(k, v)| match k.value() {
            Value::Str(s) => Some((s.clone(), v.clone())),
            _ => None,
        })
        .collect()
}

/// A value known to be hashable, usable as a dict key, with its hash
/// computed once (a user `__hash__` runs once per operation, as in CPython).
#[derive(Clone)]
pub struct DictKey(Value, i64);

impl DictKey {
    pub fn new(v: Value) -> PyResult<DictKey> {
        let h = super::set::hash_of(&v)?;
        Ok(DictKey(v, h))
    }

    /// The key's hash, as `hash()` gives it.
    pub fn hash(&self) -> i64 {
        self.1
    }

    pub fn value(&self) -> &Value {
        &self.0
    }

    pub fn into_value(self) -> Value {
        self.0
    }
}

/// The index of `key` in `d`, for a dict Python code can see.
///
/// A user `__eq__` may mutate the dict it is looked up in, so it never runs
/// under a borrow: the probe collects the keys that need it, the borrow is
/// released, and they are compared one by one. As in CPython's
/// `Objects/dictobject.c` (`_Py_dict_lookup`), when the dict changed under a
/// comparison (the compared key is gone, or the size changed) the lookup
/// starts again.
pub fn lookup(d: &RefCell<Dict>, key: &DictKey) -> PyResult<Option<usize>> {
    use indexmap::map::RawEntryApiV1;
    use std::hash::BuildHasher;
    let Some(vm) = super::userhash::vm() else {
        let found = d.borrow().get_index_of(key);
        super::userhash::take_error()?;
        return Ok(found);
    };
    'restart: loop {
        let mut deferred: Vec<Value> = Vec::new();
        let (found, h, len) = {
            let map = d.borrow();
            let h = map.hasher().hash_one(key);
            let found = map.raw_entry_v1().index_from_hash(h, |k| {
                if k.1 != key.1 {
                    return false;
                }
                if k.0.is(&key.0) {
                    return true;
                }
                if runs_user_eq(&k.0) || runs_user_eq(&key.0) {
                    deferred.push(k.0.clone());
                    return false;
                }
                key_eq(&k.0, &key.0)
            });
            (found, h, map.len())
        };
        super::userhash::take_error()?;
        if found.is_some() {
            return Ok(found);
        }
        for stored in deferred {
            // The stored key on the left, as `dict_lookup` compares.
            let eq = vm.compare(crate::syntax::ast::CmpOp::Eq, &stored, &key.0)?;
            let map = d.borrow();
            let at = map.raw_entry_v1().index_from_hash(h, |k| k.0.is(&stored));
            match at {
                Some(i) if map.len() == len => {
                    if eq {
                        return Ok(Some(i));
                    }
                }
                _ => continue 'restart,
            }
        }
        return Ok(None);
    }
}

/// Whether comparing `v` with a key may run Python code: a user object, or
/// a tuple holding one.
fn runs_user_eq(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t.iter().any(runs_user_eq),
        _ => super::userhash::is_user(v),
    }
}

/// `d[key]`, `d.get(key)`: the value stored under `key`.
pub fn get(d: &RefCell<Dict>, key: &DictKey) -> PyResult<Option<Value>> {
    Ok(lookup(d, key)?.and_then(|i| d.borrow().get_index(i).map(|(_, v)| v.clone())))
}

/// `d[key] = value` on a dict Python code can see. The lookup runs with the
/// dict not borrowed (see `lookup`); a new key is then inserted without
/// comparing again.
pub fn set_item(d: &RefCell<Dict>, key: DictKey, value: Value) -> PyResult<()> {
    let found = lookup(d, &key)?;
    let old = match found {
        Some(i) => {
            let mut map = d.borrow_mut();
            let slot = map.get_index_mut(i).expect("index just found").1;
            Some(std::mem::replace(slot, value))
        }
        None => {
            insert_absent(&mut d.borrow_mut(), key, value);
            None
        }
    };
    // The old value's finaliser may run Python code: not under the borrow.
    drop(old);
    super::function::dict_changed(d);
    Ok(())
}

/// Inserts a key known not to be in `map`, comparing it with nothing.
fn insert_absent(map: &mut Dict, key: DictKey, value: Value) {
    use indexmap::map::raw_entry_v1::RawEntryMut;
    use indexmap::map::RawEntryApiV1;
    use std::hash::BuildHasher;
    let h = map.hasher().hash_one(&key);
    if let RawEntryMut::Vacant(v) = map.raw_entry_mut_v1().from_hash(h, |_| false) {
        v.insert(key, value);
    }
}

/// Removes `key`, returning its value; the lookup runs with the dict shared
/// (see `lookup`).
pub fn remove(d: &RefCell<Dict>, key: &DictKey) -> PyResult<Option<Value>> {
    let found = lookup(d, key)?;
    let removed = found.and_then(|i| d.borrow_mut().shift_remove_index(i).map(|(_, v)| v));
    if removed.is_some() {
        super::function::dict_changed(d);
    }
    Ok(removed)
}

/// `d.setdefault(key, default)`.
pub fn set_default(d: &RefCell<Dict>, key: DictKey, default: Value) -> PyResult {
    let found = lookup(d, &key)?;
    match found {
        Some(i) => Ok(d.borrow().get_index(i).expect("index just found").1.clone()),
        None => {
            insert_absent(&mut d.borrow_mut(), key, default.clone());
            super::function::dict_changed(d);
            Ok(default)
        }
    }
}

/// CPython's hash (`set::hash_of`), so that equal keys hash alike: 2.0 as 2.
impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.1.hash(state)
    }
}

/// Identity first, then equality, as `dict_lookup` does; the hashes of the
/// two keys are compared first, since the table may probe keys of another
/// hash.
impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.1 == other.1 && (self.0.is(&other.0) || key_eq(&self.0, &other.0))
    }
}

impl Eq for DictKey {}

/// Equality of hashable values; a user object's `__eq__` runs through
/// `userhash::user_eq`.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    if super::userhash::is_user(a) || super::userhash::is_user(b) {
        return super::userhash::user_eq(a, b);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Value::Range(x), Value::Range(y)) => x.equals(y),
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            super::set::compare(crate::syntax::ast::CmpOp::Eq, a, b).unwrap_or(false)
        }
        (Value::Complex(..), _) | (_, Value::Complex(..)) => super::complex::eq(a, b),
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.is(b),
        },
    }
}

#[derive(PartialEq)]
enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

fn as_number(v: &Value) -> Option<Num> {
    use num_traits::{FromPrimitive, ToPrimitive};
    // 2**63: integral floats below it in size are i64s.
    const I64_END: f64 = 9_223_372_036_854_775_808.0;
    Some(match v {
        Value::Bool(b) => Num::Int(*b as i64),
        Value::Int(i) => Num::Int(*i),
        Value::BigInt(b) => b.to_i64().map_or_else(|| Num::Big((**b).clone()), Num::Int),
        Value::Float(f) if f.fract() == 0.0 && (-I64_END..I64_END).contains(f) => {
            Num::Int(*f as i64)
        }
        // An integral float past i64 equals the big int of the same value
        // (`1e20 == 10**20`), so it must find that key. (`fract` of an
        // infinity is NaN: infinities stay floats.)
        Value::Float(f) if f.fract() == 0.0 => Num::Big(BigInt::from_f64(*f)?),
        Value::Float(f) => Num::Float(*f),
        _ => return None,
    })
}
