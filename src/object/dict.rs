//! `dict`: insertion-ordered, on indexmap, with Python's key semantics
//! (`1`, `1.0` and `True` are the same key).

use std::hash::{Hash, Hasher};

use indexmap::IndexMap;

use super::{PyErr, PyResult, Value};

pub type Dict = IndexMap<DictKey, Value>;

/// A value known to be hashable, usable as a dict key.
#[derive(Clone)]
pub struct DictKey(Value);

impl DictKey {
    pub fn new(v: Value) -> PyResult<DictKey> {
        check_hashable(&v)?;
        Ok(DictKey(v))
    }

    pub fn value(&self) -> &Value {
        &self.0
    }

    pub fn into_value(self) -> Value {
        self.0
    }
}

fn check_hashable(v: &Value) -> PyResult<()> {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Set(_) => Err(PyErr::type_error(format!(
            "unhashable type: '{}'",
            v.type_name()
        ))),
        Value::Tuple(items) => items.iter().try_for_each(check_hashable),
        Value::Object(o) if o.as_any().is::<super::slice::Slice>() => {
            Err(PyErr::type_error("unhashable type: 'slice'"))
        }
        _ => Ok(()),
    }
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(&self.0, state)
    }
}

/// CPython's hash (`set::hash_of`), so that equal keys hash alike: 2.0 as 2.
fn hash_value<H: Hasher>(v: &Value, state: &mut H) {
    super::set::hash_of(v).unwrap_or(0).hash(state)
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        key_eq(&self.0, &other.0)
    }
}

impl Eq for DictKey {}

/// Equality of hashable values, without calling user code.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            super::set::compare(crate::syntax::ast::CmpOp::Eq, a, b).unwrap_or(false)
        }
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.is(b),
        },
    }
}

#[derive(PartialEq)]
enum Num {
    Int(i64),
    Big(num_bigint::BigInt),
    Float(f64),
}

fn as_number(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Bool(b) => Num::Int(*b as i64),
        Value::Int(i) => Num::Int(*i),
        Value::BigInt(b) => Num::Big((**b).clone()),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Num::Int(*f as i64),
        Value::Float(f) => Num::Float(*f),
        _ => return None,
    })
}
