//! The `sys` module.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{types, Args, Globals, NativeFunction, PyErr, PyResult, Stream, Value};

pub fn make_module(vm: &Vm) -> Globals {
    let native = |name: &'static str, func| {
        (
            name,
            Value::Native(Rc::new(NativeFunction {
                name,
                module: Some("sys"),
                func,
            })),
        )
    };
    let argv = vm.argv.borrow().iter().map(|a| Value::str(a)).collect();
    Globals::from_pairs(vec![
        ("argv", Value::list(argv)),
        ("stdout", Value::Stream(Stream::Stdout)),
        ("stderr", Value::Stream(Stream::Stderr)),
        ("maxsize", Value::Int(i64::MAX)),
        ("platform", Value::str(std::env::consts::OS)),
        (
            "version",
            Value::str(concat!("3.11.7 (pyasync ", env!("CARGO_PKG_VERSION"), ")")),
        ),
        ("version_info", version_info(vm)),
        native("exit", exit),
        native("exc_info", exc_info),
        native("exception", exception),
        native("getrecursionlimit", getrecursionlimit),
        native("setrecursionlimit", setrecursionlimit),
    ])
}

fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if args.positional.is_empty() && args.keywords.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "sys.{name}() takes no arguments ({} given)",
        args.positional.len() + args.keywords.len()
    )))
}

/// `sys.exc_info()`: `(type, value, None)` for the exception an `except`
/// clause is handling now (pyasync has no traceback objects), else
/// `(None, None, None)`.
fn exc_info(vm: &Vm, args: Args) -> PyResult {
    no_args("exc_info", &args)?;
    Ok(match vm.handled.borrow().last() {
        Some(e) => Value::tuple(vec![
            Value::Type(e.cls.clone()),
            Value::Exception(e.clone()),
            Value::None,
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &Vm, args: Args) -> PyResult {
    no_args("exception", &args)?;
    Ok(vm
        .handled
        .borrow()
        .last()
        .map_or(Value::None, |e| Value::Exception(e.clone())))
}

/// `sys.exit(code)` raises SystemExit; the CLI turns it into the exit status.
fn exit(_vm: &Vm, args: Args) -> PyResult {
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    Err(PyErr::with_args(&types::SYSTEM_EXIT, args.positional))
}

fn getrecursionlimit(vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(vm.recursion_limit.get() as i64))
}

/// The limit is capped so that the evaluator's Rust stack (see
/// `interp::STACK_SIZE`) always outlasts it.
fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Int(n)] if *n >= 1 => {
            vm.recursion_limit
                .set((*n).min(crate::interp::MAX_RECURSION_LIMIT as i64) as u32);
            Ok(Value::None)
        }
        [Value::Int(_)] => Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        [other] => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
        _ => Err(PyErr::type_error(
            "setrecursionlimit() takes exactly one argument",
        )),
    }
}

/// `sys.version_info`: a named tuple `(3, 11, 7, 'final', 0)`, built with
/// `collections.namedtuple`.
fn version_info(vm: &Vm) -> Value {
    let globals = super::exec_module_source(vm, "sys", VERSION_INFO_SOURCE, vec![]);
    globals.get("version_info").unwrap_or_default()
}

const VERSION_INFO_SOURCE: &str = r#"
import collections
_cls = collections.namedtuple('version_info', 'major minor micro releaselevel serial')
def _repr(self):
    return ('sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)'
            % tuple(self))
_cls.__repr__ = _repr
version_info = _cls(3, 11, 7, 'final', 0)
"#;
