//! `types.GenericAlias`: what subscripting a generic builtin class gives
//! (`list[int]`, `dict[str, int]`), as `Objects/genericaliasobject.c`
//! makes it: the class and its arguments, shown as they were written,
//! and callable as the class itself.

use std::rc::Rc;

use super::types::{self, TypeObject, TypeRef};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;

pub static GENERIC_ALIAS: TypeObject =
    TypeObject::bare("GenericAlias", "types", Some(&types::OBJECT));

pub struct GenericAlias {
    pub origin: Value,
    pub args: Vec<Value>,
}

/// `cls[index]` for a builtin class or a user class without
/// `__class_getitem__` (a subclass of a generic builtin one).
pub fn subscript(t: &TypeRef, index: &Value) -> PyResult {
    // Generic are the builtin types whose table has `__class_getitem__`,
    // and the classes deriving from one.
    let generic = match t {
        TypeRef::Builtin(b) => b.lookup("__class_getitem__").is_some(),
        TypeRef::User(c) => c
            .payload
            .is_some_and(|p| p.lookup("__class_getitem__").is_some()),
    };
    if !generic {
        return Err(PyErr::type_error(format!(
            "type '{}' is not subscriptable",
            t.name()
        )));
    }
    Ok(alias(t, index))
}

/// `types.GenericAlias(t, index)`: a tuple index gives several arguments.
pub fn alias(t: &TypeRef, index: &Value) -> Value {
    let args = match index {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    Value::Object(Rc::new(GenericAlias {
        origin: Value::Type(t.clone()),
        args,
    }))
}

/// How an argument of an alias is shown: a class by its qualified name
/// (`_type_repr` in `genericaliasobject.c`), `...` as written.
fn arg_repr(v: &Value) -> String {
    match v {
        Value::Type(t) => t.qualified_name(),
        Value::Ellipsis => "...".to_string(),
        Value::Object(o) if o.as_any().is::<GenericAlias>() => o.repr(v),
        Value::Tuple(t) if t.is_empty() => "()".to_string(),
        other => super::repr::repr_plain(other),
    }
}

impl super::native::NativeObject for GenericAlias {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&GENERIC_ALIAS)
    }

    fn repr(&self, _me: &Value) -> String {
        let args: Vec<String> = if self.args.is_empty() {
            vec!["()".to_string()]
        } else {
            self.args.iter().map(arg_repr).collect()
        };
        format!("{}[{}]", arg_repr(&self.origin), args.join(", "))
    }

    fn has_method(&self, name: &str) -> bool {
        matches!(name, "__call__" | "__eq__" | "__ne__")
    }

    fn call_method(&self, vm: &Vm, _me: &Value, name: &str, args: Args) -> Option<PyResult> {
        Some(match name {
            "__call__" => vm.call(&self.origin, args),
            "__eq__" | "__ne__" => {
                let [other] = args.positional.as_slice() else {
                    return Some(Err(PyErr::type_error(format!(
                        "expected 1 argument, got {}",
                        args.positional.len()
                    ))));
                };
                let Value::Object(o) = other else {
                    return Some(Ok(Value::NotImplemented));
                };
                let Some(other) = o.as_any().downcast_ref::<GenericAlias>() else {
                    return Some(Ok(Value::NotImplemented));
                };
                let same = (|| -> PyResult<bool> {
                    if !vm.equal(&self.origin, &other.origin)?
                        || self.args.len() != other.args.len()
                    {
                        return Ok(false);
                    }
                    for (a, b) in self.args.iter().zip(&other.args) {
                        if !vm.equal(a, b)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                })();
                same.map(|s| Value::Bool(s == (name == "__eq__")))
            }
            _ => return None,
        })
    }

    fn get_attr(&self, _vm: &Vm, name: &str) -> Option<PyResult> {
        Some(Ok(match name {
            "__origin__" => self.origin.clone(),
            "__args__" => Value::tuple(self.args.clone()),
            "__parameters__" => Value::tuple(Vec::new()),
            _ => return None,
        }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
