//! The natives of the `traceback` module: the interpreter's own traceback
//! formatting (`crate::traceback`), which is what CPython's
//! `traceback.print_exception` prints, applied to exception and traceback
//! objects. The Python part (`py/traceback.py`) gives the public API.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::base_exception::Traceback;
use crate::object::types::TypeRef;
use crate::object::{Args, PyErr, PyException, PyResult, TbEntry, Value};

pub fn natives() -> Vec<(&'static str, Value)> {
    vec![
        super::native("traceback", "_format_exception", format_exception),
        super::native("traceback", "_format_exception_only", format_exception_only),
        super::native("traceback", "_format_tb", format_tb),
        super::native("traceback", "_extract_tb", extract_tb),
    ]
}

fn exception(args: &Args) -> PyResult<&Rc<PyException>> {
    match args.positional.first() {
        Some(Value::Exception(e)) => Ok(e),
        _ => Err(PyErr::type_error("expected an exception")),
    }
}

/// The traceback entries a traceback object or an exception covers,
/// innermost first; an empty list for `None`.
fn entries(args: &Args) -> PyResult<Vec<TbEntry>> {
    match args.positional.first() {
        Some(Value::None) | None => Ok(Vec::new()),
        Some(Value::Exception(e)) => Ok(e.traceback.borrow().clone()),
        Some(Value::Object(o)) => match o.as_any().downcast_ref::<Traceback>() {
            Some(tb) => Ok(tb.entries().to_vec()),
            None => Err(PyErr::type_error(format!(
                "'{}' object is not a traceback",
                args.positional[0].type_name()
            ))),
        },
        Some(other) => Err(PyErr::new(
            &crate::object::types::ATTRIBUTE_ERROR,
            format!("'{}' object has no attribute 'tb_frame'", other.type_name()),
        )),
    }
}

/// The whole report, chained exceptions included.
fn format_exception(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::str(&vm.format_exception(exception(&args)?)))
}

/// The `Type: message` line and the notes.
fn format_exception_only(vm: &Vm, args: Args) -> PyResult {
    let e = exception(&args)?;
    let message = if matches!(e.cls, TypeRef::User(_)) {
        vm.str(&Value::Exception(e.clone()))?
    } else {
        e.message()
    };
    Ok(Value::str(&crate::traceback::format_exception_only(
        e, &message,
    )))
}

/// The `File "...", line N, in f` entries, outermost first.
fn format_tb(_vm: &Vm, args: Args) -> PyResult {
    let entries = entries(&args)?;
    Ok(Value::str(&crate::traceback::format_entries(&entries)))
}

/// `(filename, lineno, name, line)` for each entry, outermost first.
fn extract_tb(_vm: &Vm, args: Args) -> PyResult {
    let entries = entries(&args)?;
    Ok(Value::list(
        entries
            .iter()
            .rev()
            .map(|e| {
                let line = e.source.line_of(e.span.start as usize);
                let text = if &*e.source.name == "<string>" {
                    ""
                } else {
                    e.source.line_text(line).trim()
                };
                Value::tuple(vec![
                    Value::Str(e.source.name.clone()),
                    Value::Int(line as i64),
                    Value::Str(e.function.clone()),
                    Value::str(text),
                ])
            })
            .collect(),
    ))
}
