//! The `time` module: clocks and a blocking sleep.

use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::interp::Vm;
use crate::object::{ops, Args, Globals, NativeFunction, PyErr, PyResult, Value};

pub fn make_module() -> Globals {
    let native = |name: &'static str, func| {
        (
            name,
            Value::Native(Rc::new(NativeFunction {
                name,
                module: Some("time"),
                func,
            })),
        )
    };
    Globals::from_pairs(vec![
        native("time", time),
        native("monotonic", monotonic),
        native("perf_counter", monotonic),
        native("sleep", sleep),
    ])
}

fn time(_vm: &Vm, _args: Args) -> PyResult {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(now.as_secs_f64()))
}

fn monotonic(_vm: &Vm, _args: Args) -> PyResult {
    thread_local! {
        static ORIGIN: std::time::Instant = std::time::Instant::now();
    }
    Ok(Value::Float(ORIGIN.with(|o| o.elapsed().as_secs_f64())))
}

/// `time.sleep` blocks the whole interpreter, event loop included, as in CPython.
fn sleep(_vm: &Vm, args: Args) -> PyResult {
    let [secs] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let Some(s) = ops::to_f64(secs) else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            secs.type_name()
        )));
    };
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}
