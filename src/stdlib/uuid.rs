//! `uuid`: written in Python (`py/uuid.py`) over one native, the
//! operating system's entropy for `uuid4()`.

use std::rc::Rc;

use super::native;
use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "uuid",
        include_str!("py/uuid.py"),
        vec![native("uuid", "_urandom", urandom)],
    )
}

/// `_urandom(n)`: `n` bytes from the operating system's random source.
fn urandom(_vm: &Vm, args: Args) -> PyResult {
    let n = match args.positional.as_slice() {
        [v] => crate::object::methods::as_index(v)?,
        _ => return Err(PyErr::type_error("_urandom() takes one argument")),
    };
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    getrandom::getrandom(&mut buf).map_err(|e| {
        PyErr::new(
            &crate::object::types::OS_ERROR,
            format!("cannot read random bytes: {e}"),
        )
    })?;
    Ok(crate::object::bytes::new_bytes(buf))
}
