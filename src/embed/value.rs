//! Python values as plain Rust data, for a host: what `eval` returns, what
//! host functions receive and return.

use std::fmt;
use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{Dict, DictKey, PyResult, Value as PyValue};

/// A Python value copied out of the interpreter. Containers are copied
/// deeply; anything else (a function, an instance, a list that contains
/// itself) is `Other`, described by its type name and repr.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `None`.
    None,
    /// `bool`.
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// An `int` that does not, in decimal.
    BigInt(String),
    /// `float`.
    Float(f64),
    /// `str`.
    Str(String),
    /// `bytes` and `bytearray`.
    Bytes(Vec<u8>),
    /// `list`.
    List(Vec<Value>),
    /// `tuple`.
    Tuple(Vec<Value>),
    /// `dict`, in insertion order.
    Dict(Vec<(Value, Value)>),
    /// Any other object: its type's name and its repr.
    Other {
        /// `type(value).__name__`.
        type_name: String,
        /// `repr(value)`.
        repr: String,
    },
}

/// A `Value` that is not of the Rust type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversionError {
    /// The Rust type asked for.
    pub expected: &'static str,
    /// The Python type found.
    pub found: String,
}

impl fmt::Display for ConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {}, found Python {}", self.expected, self.found)
    }
}

impl std::error::Error for ConversionError {}

impl Value {
    /// The Python type name of the value (`"int"`, `"list"`, ...).
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Other { type_name, .. } => type_name,
        }
    }

    fn mismatch(&self, expected: &'static str) -> ConversionError {
        ConversionError {
            expected,
            found: self.type_name().to_string(),
        }
    }
}

/// Nested containers deeper than this are given as `Other`: a list that
/// contains itself must not recurse for ever.
const MAX_DEPTH: usize = 100;

/// Copies an interpreter value out.
pub(crate) fn export(vm: &Vm, v: &PyValue) -> Value {
    export_at(vm, v, 0)
}

fn export_at(vm: &Vm, v: &PyValue, depth: usize) -> Value {
    let items = |values: &[PyValue]| -> Vec<Value> {
        values
            .iter()
            .map(|item| export_at(vm, item, depth + 1))
            .collect()
    };
    if depth < MAX_DEPTH {
        match v {
            PyValue::None => return Value::None,
            PyValue::Bool(b) => return Value::Bool(*b),
            PyValue::Int(i) => return Value::Int(*i),
            PyValue::BigInt(b) => return Value::BigInt(b.to_str_radix(10)),
            PyValue::Float(x) => return Value::Float(*x),
            PyValue::Str(s) => return Value::Str(s.to_string()),
            PyValue::Bytes(b) => return Value::Bytes(b.to_vec()),
            PyValue::ByteArray(b) => return Value::Bytes(b.borrow().clone()),
            PyValue::List(l) => {
                let values = l.borrow().clone();
                return Value::List(items(&values));
            }
            PyValue::Tuple(t) => return Value::Tuple(items(t)),
            PyValue::Dict(d) => {
                let pairs: Vec<(PyValue, PyValue)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value().clone(), v.clone()))
                    .collect();
                return Value::Dict(
                    pairs
                        .iter()
                        .map(|(k, v)| (export_at(vm, k, depth + 1), export_at(vm, v, depth + 1)))
                        .collect(),
                );
            }
            _ => {}
        }
    }
    Value::Other {
        type_name: v.type_name().to_string(),
        repr: vm
            .repr(v)
            .unwrap_or_else(|_| format!("<{} object>", v.type_name())),
    }
}

/// Copies a host value in; `Other` cannot be (it is only a description),
/// nor can a dict key that is not hashable.
pub(crate) fn import(v: &Value) -> PyResult<PyValue> {
    Ok(match v {
        Value::None => PyValue::None,
        Value::Bool(b) => PyValue::Bool(*b),
        Value::Int(i) => PyValue::Int(*i),
        Value::BigInt(text) => match text.parse::<num_bigint::BigInt>() {
            Ok(b) => PyValue::from_bigint(b),
            Err(_) => {
                return Err(crate::object::PyErr::value_error(format!(
                    "invalid literal for int() with base 10: '{text}'"
                )))
            }
        },
        Value::Float(x) => PyValue::Float(*x),
        Value::Str(s) => PyValue::str(s),
        Value::Bytes(b) => PyValue::Bytes(Rc::from(b.as_slice())),
        Value::List(items) => PyValue::list(items.iter().map(import).collect::<PyResult<_>>()?),
        Value::Tuple(items) => PyValue::Tuple(
            items
                .iter()
                .map(import)
                .collect::<PyResult<Vec<_>>>()?
                .into(),
        ),
        Value::Dict(pairs) => {
            let mut d = Dict::new();
            for (k, v) in pairs {
                d.insert(DictKey::new(import(k)?)?, import(v)?);
            }
            PyValue::Dict(Rc::new(std::cell::RefCell::new(d)))
        }
        Value::Other { type_name, .. } => {
            return Err(crate::object::PyErr::type_error(format!(
                "a host cannot pass a '{type_name}' object into the interpreter"
            )))
        }
    })
}

impl From<()> for Value {
    fn from(_: ()) -> Value {
        Value::None
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Value {
        Value::Float(x)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Str(s)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Value {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

impl TryFrom<Value> for bool {
    type Error = ConversionError;
    fn try_from(v: Value) -> Result<bool, ConversionError> {
        match v {
            Value::Bool(b) => Ok(b),
            other => Err(other.mismatch("bool")),
        }
    }
}

impl TryFrom<Value> for i64 {
    type Error = ConversionError;
    /// An `int` (or `bool`) that fits in 64 bits.
    fn try_from(v: Value) -> Result<i64, ConversionError> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            other => Err(other.mismatch("i64")),
        }
    }
}

impl TryFrom<Value> for f64 {
    type Error = ConversionError;
    /// A `float`, or an `int` that fits in 64 bits.
    fn try_from(v: Value) -> Result<f64, ConversionError> {
        match v {
            Value::Float(x) => Ok(x),
            Value::Int(i) => Ok(i as f64),
            other => Err(other.mismatch("f64")),
        }
    }
}

impl TryFrom<Value> for String {
    type Error = ConversionError;
    fn try_from(v: Value) -> Result<String, ConversionError> {
        match v {
            Value::Str(s) => Ok(s),
            other => Err(other.mismatch("String")),
        }
    }
}

impl TryFrom<Value> for Vec<Value> {
    type Error = ConversionError;
    /// The items of a `list` or a `tuple`.
    fn try_from(v: Value) -> Result<Vec<Value>, ConversionError> {
        match v {
            Value::List(items) | Value::Tuple(items) => Ok(items),
            other => Err(other.mismatch("Vec<Value>")),
        }
    }
}

impl fmt::Display for Value {
    /// Roughly Python's `repr`, for messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(true) => write!(f, "True"),
            Value::Bool(false) => write!(f, "False"),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(s) => write!(f, "{s}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Bytes(b) => write!(f, "{b:?}"),
            Value::List(items) | Value::Tuple(items) => {
                let open = matches!(self, Value::List(_));
                write!(f, "{}", if open { "[" } else { "(" })?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{item}")?;
                }
                write!(f, "{}", if open { "]" } else { ")" })
            }
            Value::Dict(pairs) => {
                write!(f, "{{")?;
                for (i, (k, v)) in pairs.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{k}: {v}")?;
                }
                write!(f, "}}")
            }
            Value::Other { repr, .. } => write!(f, "{repr}"),
        }
    }
}
