//! The natives `inspect` reads a function's definition through: where its
//! `def` is in its source file and the text of its header, which is how
//! `signature` learns the parameters' kinds and how `getsource` finds the
//! lines.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{Args, Function, PyErr, PyResult, Value};

pub fn natives() -> Vec<(&'static str, Value)> {
    vec![
        super::native("inspect", "_def_header", def_header),
        super::native("inspect", "_def_lines", def_lines),
        super::native("inspect", "_function_globals", function_globals),
        super::native("inspect", "_function_kind", function_kind),
    ]
}

fn function(args: &Args) -> PyResult<&Rc<Function>> {
    match args.positional.first() {
        Some(Value::Function(f)) if args.positional.len() == 1 => Ok(f),
        _ => Err(PyErr::type_error("expected one function argument")),
    }
}

/// The `def` header's text, from `def`/`async` to the colon.
fn def_header(_vm: &Vm, args: Args) -> PyResult {
    let f = function(&args)?;
    let span = f.def.span;
    let text = f
        .code
        .source
        .text
        .get(span.start as usize..span.end as usize)
        .unwrap_or("");
    Ok(Value::str(text))
}

/// `(filename, first line, last line)` of the whole definition, its
/// decorators included, as `inspect.getsourcelines` spans it.
fn def_lines(_vm: &Vm, args: Args) -> PyResult {
    let f = function(&args)?;
    let source = &f.code.source;
    let start = f
        .def
        .decorators
        .iter()
        .map(|d| d.span.start)
        .chain(std::iter::once(f.def.span.start))
        .min()
        .unwrap_or(f.def.span.start);
    let end = f
        .def
        .body
        .last()
        .map(|s| s.span.end)
        .unwrap_or(f.def.span.end)
        .max(f.def.span.start + 1);
    Ok(Value::tuple(vec![
        Value::Str(source.name.clone()),
        Value::Int(source.line_of(start as usize) as i64),
        Value::Int(source.line_of(end as usize - 1) as i64),
    ]))
}

/// `f.__globals__`: the namespace of the module that defined it.
fn function_globals(_vm: &Vm, args: Args) -> PyResult {
    let f = function(&args)?;
    Ok(Value::Dict(f.globals.dict()))
}

/// What calling the function makes: `'function'` (a plain call),
/// `'generator'`, `'coroutine'` or `'async_generator'` (CPython tells
/// them apart by `co_flags`, which pyasync's code objects do not have).
fn function_kind(_vm: &Vm, args: Args) -> PyResult {
    let f = function(&args)?;
    Ok(Value::str(
        match (f.def.is_async, f.def.info.is_generator) {
            (false, false) => "function",
            (false, true) => "generator",
            (true, false) => "coroutine",
            (true, true) => "async_generator",
        },
    ))
}
