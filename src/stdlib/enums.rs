//! The `enum` module: written in Python (`py/enum.py`) over the natives
//! below, which let its metaclass make members without running `__init__`
//! (CPython's `EnumType.__new__` uses `object.__new__` for that).

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::class::Instance;
use crate::object::types::TypeRef;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "enum",
        include_str!("py/enum.py"),
        vec![
            super::native("enum", "_new_member", new_member),
            super::native("enum", "_is_descriptor", is_descriptor),
            super::native("enum", "_type_setattr", type_setattr),
            super::native("enum", "_type_delattr", type_delattr),
        ],
    )
}

/// `_new_member(cls)`: an instance of `cls` with an empty `__dict__`.
fn new_member(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.first() {
        Some(Value::Type(TypeRef::User(c))) => {
            Ok(Value::Instance(Rc::new(Instance::new(c.clone(), None))))
        }
        _ => Err(PyErr::type_error("_new_member() expects a class")),
    }
}

/// `_is_descriptor(v)`: whether a class attribute is a method, property
/// or nested class rather than an enum member (`enum._is_descriptor`).
fn is_descriptor(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(matches!(
        args.positional.first(),
        Some(
            Value::Function(_)
                | Value::Native(_)
                | Value::Method(_)
                | Value::Type(_)
                | Value::Descriptor(_)
        )
    )))
}

/// `_type_setattr(cls, name, value)`: `type.__setattr__`, past the
/// metaclass's own `__setattr__`.
fn type_setattr(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Type(TypeRef::User(c)), Value::Str(name), value] => {
            crate::object::class::note_new_assigned(name);
            c.dict.borrow_mut().insert(name.clone(), value.clone());
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("_type_setattr(cls, name, value)")),
    }
}

/// `_type_delattr(cls, name)`: `type.__delattr__`.
fn type_delattr(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [cls @ Value::Type(TypeRef::User(c)), Value::Str(name)] => {
            crate::object::class::note_new_assigned(name);
            if c.dict.borrow_mut().shift_remove(&**name).is_none() {
                return Err(PyErr::attribute_error(cls, name));
            }
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("_type_delattr(cls, name)")),
    }
}
