//! What the binary-data modules (struct, binascii, zlib, hashlib, array)
//! share: raising a module's own exception class from Rust, and reading
//! bytes-like arguments.

use num_bigint::BigInt;

use crate::interp::Vm;
use crate::object::{Args, PyErr, PyResult, Value};

/// An instance of `module.class_name` (`struct.error`, `zlib.error`, a
/// class the module's Python part defines) with message `msg`; a
/// ValueError if the module cannot be found.
pub(crate) fn module_error(vm: &Vm, module: &str, class_name: &str, msg: String) -> Box<PyErr> {
    let cls = match super::import(vm, module) {
        Ok(Value::Module(m)) => m.globals.get(class_name),
        _ => None,
    };
    let Some(cls) = cls else {
        return PyErr::value_error(msg);
    };
    match vm
        .call(&cls, Args::positional(vec![Value::str(&msg)]))
        .and_then(|v| vm.make_exception(v))
    {
        Ok(exc) => PyErr::from_exception(exc),
        Err(e) => e,
    }
}

/// The bytes of a bytes-like argument (`PyObject_GetBuffer`), with
/// CPython's TypeError for anything else.
pub(crate) fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    match crate::object::bytes::bytes_like(v) {
        Some(b) => b,
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))),
    }
}

/// An int argument as a big integer: ints as they are, other objects
/// through `__index__`; `None` for a value that is no integer.
pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<Option<BigInt>> {
    let v = match v {
        Value::Float(_) | Value::Str(_) | Value::Bytes(_) | Value::None => return Ok(None),
        _ => match vm.number_index(v) {
            Ok(i) => i,
            Err(e) if e.is_instance(&crate::object::types::TYPE_ERROR) => return Ok(None),
            Err(e) => return Err(e),
        },
    };
    Ok(match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::BigInt(b) => Some((*b).clone()),
        _ => None,
    })
}
