//! `warnings.warn` as a native function, because it must see where it was
//! called from: a native call leaves the interpreter's current statement
//! at the caller's, while a Python-level `warn` would only see its own
//! body. pyasync keeps no stack of callers' lines, so the location is
//! always the statement that called `warn` (CPython's `stacklevel=1`);
//! the Python part of the module (`py/warnings.py`) does the filtering
//! and printing.

use crate::interp::Vm;
use crate::object::{Args, PyErr, PyResult, Value};

pub fn natives() -> Vec<(&'static str, Value)> {
    vec![super::native("warnings", "warn", warn)]
}

/// `warn(message, category=None, stacklevel=1, source=None)`: hands the
/// arguments and the caller's `(filename, lineno)` to `_warn_at`.
fn warn(vm: &Vm, mut args: Args) -> PyResult {
    check_arguments(&args)?;
    let (filename, lineno) = match vm.current_location() {
        Some((source, line)) => (Value::Str(source.name.clone()), Value::Int(line as i64)),
        None => (Value::str("sys"), Value::Int(1)),
    };
    let module = super::import(vm, "warnings")?;
    let target = vm.get_attr(&module, "_warn_at")?;
    args.keywords.push(("_filename".into(), filename));
    args.keywords.push(("_lineno".into(), lineno));
    vm.call(&target, args)
}

/// The argument errors of CPython's `warnings.warn` (`Python/_warnings.c`,
/// argument clinic): four parameters, `message` required.
fn check_arguments(args: &Args) -> PyResult<()> {
    const NAMES: [&str; 4] = ["message", "category", "stacklevel", "source"];
    if let Some((k, _)) = args.keywords.iter().find(|(k, _)| !NAMES.contains(&&**k)) {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for warn()"
        )));
    }
    let given = args.positional.len() + args.keywords.len();
    if given > NAMES.len() {
        return Err(PyErr::type_error(format!(
            "warn() takes at most 4 arguments ({given} given)"
        )));
    }
    if args.positional.is_empty() && !args.keywords.iter().any(|(k, _)| &**k == "message") {
        return Err(PyErr::type_error(
            "warn() missing required argument 'message' (pos 1)",
        ));
    }
    Ok(())
}
