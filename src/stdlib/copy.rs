//! The `copy` module: `copy`/`deepcopy` in Python (`py/copy.py`), over two
//! natives that let it make an instance of a user class without running
//! `__init__`, as CPython's `copyreg.__reduce_ex__`/`object.__new__` do.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::class::Instance;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "copy",
        include_str!("py/copy.py"),
        vec![
            super::native("copy", "_is_instance", is_instance),
            super::native("copy", "_new_empty", new_empty),
            super::native("copy", "_payload", payload),
        ],
    )
}

/// `_is_instance(x)`: whether `x` is an instance of a user class whose
/// state is its `__dict__`.
fn is_instance(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(matches!(
        args.positional.first(),
        Some(Value::Instance(_))
    )))
}

/// `_new_empty(x, payload)`: a new instance of `x`'s class with an empty
/// `__dict__`, carrying `payload` (None for an instance of a class not
/// derived from a builtin type).
fn new_empty(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Instance(i), payload] => Ok(Value::Instance(Rc::new(Instance::new(
            i.class.clone(),
            i.payload.as_ref().map(|_| payload.clone()),
        )))),
        _ => Err(PyErr::type_error(
            "_new_empty() expects an instance and its payload",
        )),
    }
}

/// `_payload(x)`: the builtin value an instance of a subclass of a builtin
/// type carries, or None.
fn payload(_vm: &Vm, args: Args) -> PyResult {
    Ok(args
        .positional
        .first()
        .and_then(crate::object::class::payload)
        .cloned()
        .unwrap_or_default())
}
