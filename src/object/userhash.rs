//! Hashing and comparing objects of user classes as dict keys and set
//! members: `__hash__` gives the hash and `__eq__` decides equality after the
//! hashes match, as CPython's `dict_lookup`/`set_lookkey` do.
//!
//! The hash tables (`Dict` on indexmap, `PySet`) compare keys through
//! `Hash`/`Eq`-style callbacks that have no interpreter at hand, so the
//! running interpreter is reachable from here through a thread-local handle
//! (one `Vm` per thread). An exception raised by `__eq__` during a lookup
//! cannot unwind through those callbacks: it is kept and re-raised by the
//! caller of the lookup (`take_error`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::types::TypeRef;
use super::{PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::CmpOp;

thread_local! {
    static VM: RefCell<Weak<Vm>> = const { RefCell::new(Weak::new()) };
    static PENDING: RefCell<Option<Box<PyErr>>> = const { RefCell::new(None) };
}

/// Makes `vm` the interpreter that user `__hash__`/`__eq__` run on.
pub fn install(vm: &Rc<Vm>) {
    VM.with(|slot| *slot.borrow_mut() = Rc::downgrade(vm));
}

/// The running interpreter, for the few conversions of builtin code that
/// have none at hand and must call into Python (`__index__`).
pub fn vm() -> Option<Rc<Vm>> {
    VM.with(|slot| slot.borrow().upgrade())
}

/// Whether `v` is an object whose class is written in Python, so may define
/// `__hash__` and `__eq__`.
pub fn is_user(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Exception(e) => matches!(e.cls, TypeRef::User(_)),
        _ => false,
    }
}

/// `hash(v)` for an object of a user class (`slot_tp_hash` in CPython's
/// `Objects/typeobject.c`): `__hash__ = None` makes it unhashable; the
/// result must be an int, used as is when it fits a machine word and
/// reduced as `hash(int)` otherwise; -1 becomes -2.
pub fn user_hash(v: &Value) -> PyResult<Option<i64>> {
    let Some(vm) = vm() else { return Ok(None) };
    let Some(method) = vm.special_method(v, "__hash__") else {
        return Ok(None);
    };
    if method.is_none() {
        return Err(PyErr::type_error(format!(
            "unhashable type: '{}'",
            v.type_name()
        )));
    }
    // `__hash__ = object.__hash__` in a class body: the identity hash.
    if let Value::Native(n) = &method {
        if n.name == "__hash__" {
            return Ok(Some(super::set::hash_pointer(v.address())));
        }
    }
    let result = vm.call(&method, super::Args::default())?;
    match result {
        Value::Int(-1) => Ok(Some(-2)),
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        Value::BigInt(_) => super::set::hash_of(&result).map(Some),
        _ => Err(PyErr::type_error(
            "__hash__ method should return an integer",
        )),
    }
}

/// `object.__hash__`, which a class restores its identity hash with
/// (`__hash__ = object.__hash__`) after defining `__eq__`.
pub fn object_hash_function() -> Value {
    Value::Native(Rc::new(super::NativeFunction {
        name: "__hash__",
        module: None,
        func: |_vm, args| match args.positional.as_slice() {
            [v] if args.keywords.is_empty() => {
                Ok(Value::Int(super::set::hash_pointer(v.address())))
            }
            [] => Err(PyErr::type_error(
                "descriptor '__hash__' of 'object' object needs an argument",
            )),
            [_, rest @ ..] if !rest.is_empty() => Err(PyErr::type_error(format!(
                "expected 0 arguments, got {}",
                rest.len()
            ))),
            _ => Err(PyErr::type_error(
                "wrapper __hash__() takes no keyword arguments",
            )),
        },
    }))
}

/// `a == b` for two keys with equal hashes, one of them a user object.
/// An exception is kept for `take_error` and counts as "not equal".
pub fn user_eq(a: &Value, b: &Value) -> bool {
    // After an exception the operation is failing: run no more user code.
    if PENDING.with(|p| p.borrow().is_some()) {
        return false;
    }
    let Some(vm) = vm() else { return a.is(b) };
    match vm.compare(CmpOp::Eq, a, b) {
        Ok(eq) => eq,
        Err(e) => {
            PENDING.with(|p| {
                let mut p = p.borrow_mut();
                if p.is_none() {
                    *p = Some(e);
                }
            });
            false
        }
    }
}

/// The exception a user `__eq__` raised during the last lookup, if any.
pub fn take_error() -> PyResult<()> {
    match PENDING.with(|p| p.borrow_mut().take()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
