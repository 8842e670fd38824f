//! The `time` module: clocks and a blocking sleep in Rust, and the calendar
//! functions (`gmtime`, `localtime`, `strftime`, `struct_time`, ...) in
//! `py/time.py` over the C library's `gmtime_r`/`localtime_r`/`mktime`/
//! `strftime`, as CPython's `Modules/timemodule.c` uses them.

use std::ffi::{CStr, CString};
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::interp::Vm;
use crate::object::class::Instance;
use crate::object::{ops, types, Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("time", name, func);
    super::exec_module_source(
        vm,
        "time",
        include_str!("py/time.py"),
        vec![
            n("time", time),
            n("time_ns", time_ns),
            n("monotonic", monotonic),
            n("monotonic_ns", monotonic_ns),
            n("perf_counter", monotonic),
            n("perf_counter_ns", monotonic_ns),
            n("process_time", process_time),
            n("process_time_ns", process_time_ns),
            n("sleep", sleep),
            n("_gmtime", gmtime),
            n("_localtime", localtime),
            n("_mktime", mktime),
            n("_strftime", strftime),
            n("_floor", floor),
            n("_instance_set", instance_set),
        ],
    )
}

fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if args.positional.is_empty() && args.keywords.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )))
    }
}

/// Every clock of this module is read through the interpreter's `Clock`
/// (real or virtual, `--clock`), the one the event loops read.
fn since_epoch(vm: &Vm) -> f64 {
    vm.clock.borrow().epoch_time()
}

fn time(vm: &Vm, args: Args) -> PyResult {
    no_args("time", &args)?;
    Ok(Value::Float(since_epoch(vm)))
}

fn time_ns(vm: &Vm, args: Args) -> PyResult {
    no_args("time_ns", &args)?;
    Ok(Value::from_bigint(vm.clock.borrow().epoch_nanos().into()))
}

fn nanos(secs: f64) -> i128 {
    (secs * 1e9).round() as i128
}

/// `time.monotonic` and `time.perf_counter`: `loop.time()`'s clock.
fn monotonic(vm: &Vm, args: Args) -> PyResult {
    no_args("monotonic", &args)?;
    Ok(Value::Float(vm.clock.borrow().read()))
}

fn monotonic_ns(vm: &Vm, args: Args) -> PyResult {
    no_args("monotonic_ns", &args)?;
    Ok(Value::from_bigint(nanos(vm.clock.borrow().read()).into()))
}

/// CPU time of the process (`CLOCK_PROCESS_CPUTIME_ID`), in nanoseconds.
fn cpu_nanos() -> i128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn process_time(_vm: &Vm, args: Args) -> PyResult {
    no_args("process_time", &args)?;
    Ok(Value::Float(cpu_nanos() as f64 * 1e-9))
}

fn process_time_ns(_vm: &Vm, args: Args) -> PyResult {
    no_args("process_time_ns", &args)?;
    Ok(Value::from_bigint(cpu_nanos().into()))
}

/// `time.sleep` blocks the whole interpreter, event loop included, as in
/// CPython; under a virtual clock it moves the clock on instead, and no
/// task runs meanwhile either.
fn sleep(vm: &Vm, args: Args) -> PyResult {
    let [secs] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    if let Value::BigInt(_) = secs {
        check_sleep_length(secs, 0.0)?;
    }
    let Some(s) = ops::to_f64(secs) else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            secs.type_name()
        )));
    };
    check_sleep_length(secs, s)?;
    let clock = vm.clock.borrow().clone();
    crate::asyncio::verdict::check_time_limit(vm, clock.time(), s)?;
    clock.sleep(s);
    vm.check_interrupt()?;
    Ok(Value::None)
}

/// The checks of `time.sleep`'s argument, as CPython's conversion to its
/// nanosecond `_PyTime_t` (`Python/pytime.c`) makes them: NaN, then a
/// length whose nanoseconds overflow 64 bits, then a negative length.
fn check_sleep_length(secs: &Value, s: f64) -> PyResult<()> {
    // 2**63 nanoseconds, in seconds.
    const LIMIT: f64 = 9_223_372_036.854_776;
    if s.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    let too_big = match secs {
        Value::Int(i) => i.checked_mul(1_000_000_000).is_none(),
        Value::BigInt(_) => true,
        _ => false,
    };
    if too_big {
        return Err(PyErr::new(
            &crate::object::types::OVERFLOW_ERROR,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    if !matches!(secs, Value::Int(_) | Value::Bool(_)) && s.abs() >= LIMIT {
        return Err(PyErr::new(
            &crate::object::types::OVERFLOW_ERROR,
            "timestamp out of range for platform time_t",
        ));
    }
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    Ok(())
}

/// `_floor(x)`: a float rounded down to an int (seconds for `gmtime`).
fn floor(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.first() {
        Some(Value::Float(f)) if f.is_finite() => Ok(Value::from_bigint(num_bigint::BigInt::from(
            f.floor() as i128,
        ))),
        _ => Err(overflow()),
    }
}

fn overflow() -> Box<PyErr> {
    PyErr::new(
        &types::OVERFLOW_ERROR,
        "timestamp out of range for platform time_t",
    )
}

/// The seconds argument: None for now, else an int that fits `time_t`.
fn seconds(vm: &Vm, args: &Args) -> PyResult<libc::time_t> {
    match args.positional.first() {
        None | Some(Value::None) => Ok(since_epoch(vm).floor() as libc::time_t),
        Some(Value::Int(i)) => Ok(*i as libc::time_t),
        Some(Value::Bool(b)) => Ok(*b as libc::time_t),
        Some(Value::BigInt(b)) => b.to_i64().map(|i| i as libc::time_t).ok_or_else(overflow),
        Some(other) => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// A C `struct tm` as the 11 values of a `struct_time`.
fn tm_to_tuple(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: a non-null tm_zone from the C library is a C string that
        // lives as long as the time zone data.
        Value::str(&unsafe { CStr::from_ptr(tm.tm_zone) }.to_string_lossy())
    };
    Value::tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        #[allow(clippy::useless_conversion)] // c_long is i32 on 32-bit targets
        Value::Int(i64::from(tm.tm_gmtoff)),
    ])
}

fn convert(
    vm: &Vm,
    args: &Args,
    f: unsafe extern "C" fn(*const libc::time_t, *mut libc::tm) -> *mut libc::tm,
) -> PyResult {
    let t = seconds(vm, args)?;
    // SAFETY: an all-zero `tm` is valid (null tm_zone); the C library fills it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers point at live, properly aligned values.
    if unsafe { f(&t, &mut tm) }.is_null() {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm_to_tuple(&tm))
}

fn gmtime(vm: &Vm, args: Args) -> PyResult {
    convert(vm, &args, libc::gmtime_r)
}

fn localtime(vm: &Vm, args: Args) -> PyResult {
    // SAFETY: tzset only reads the TZ environment variable.
    unsafe { tzset() };
    convert(vm, &args, libc::localtime_r)
}

extern "C" {
    fn tzset();
}

/// The nine fields of a checked time tuple as a C `struct tm` (`gettmarg`).
fn tuple_to_tm(values: &Value) -> PyResult<libc::tm> {
    let items: Vec<i64> = match values {
        Value::Tuple(t) => t
            .iter()
            .map(|v| crate::builtins::to_i64(v).ok_or_else(overflow))
            .collect::<PyResult<_>>()?,
        _ => return Err(PyErr::type_error("Tuple or struct_time argument required")),
    };
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = items[..] else {
        return Err(PyErr::type_error("illegal time tuple argument"));
    };
    let int = |v: i64| -> PyResult<libc::c_int> {
        libc::c_int::try_from(v).map_err(|_| {
            PyErr::new(
                &types::OVERFLOW_ERROR,
                "Python int too large to convert to C int",
            )
        })
    };
    // SAFETY: an all-zero `tm` is valid.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = int(year - 1900)?;
    tm.tm_mon = int(mon - 1)?;
    tm.tm_mday = int(mday)?;
    tm.tm_hour = int(hour)?;
    tm.tm_min = int(min)?;
    tm.tm_sec = int(sec)?;
    tm.tm_wday = int((wday + 1) % 7)?;
    tm.tm_yday = int(yday - 1)?;
    tm.tm_isdst = int(isdst)?;
    Ok(tm)
}

fn mktime(_vm: &Vm, args: Args) -> PyResult {
    let mut tm = tuple_to_tm(args.positional.first().unwrap_or(&Value::None))?;
    tm.tm_wday = -1;
    // SAFETY: tzset reads TZ; mktime normalises the valid `tm` in place.
    let t = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "mktime argument out of range",
        ));
    }
    Ok(Value::Float(t as f64))
}

/// `_strftime(format, checked_tuple, zone, gmtoff)`: the C library's
/// `strftime`, with the buffer grown until the text fits (`time_strftime`).
fn strftime(_vm: &Vm, args: Args) -> PyResult {
    let [Value::Str(format), values, zone, gmtoff] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_strftime(format, tuple, zone, gmtoff)"));
    };
    let mut tm = tuple_to_tm(values)?;
    let zone = match zone {
        Value::Str(z) => Some(
            CString::new(z.as_bytes())
                .map_err(|_| PyErr::value_error("embedded null character"))?,
        ),
        _ => None,
    };
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    if let Some(off) = crate::builtins::to_i64(gmtoff) {
        tm.tm_gmtoff = off as libc::c_long;
    }
    let fmt = CString::new(format.as_bytes())
        .map_err(|_| PyErr::value_error("embedded null character"))?;
    if format.is_empty() {
        return Ok(Value::str(""));
    }
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `fmt` and `tm` are valid
        // and `zone` outlives the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, fmt.as_ptr(), &tm) };
        // 0 means "did not fit" unless the output is legitimately empty;
        // CPython gives up at 256 times the format's length.
        if n > 0 || size >= 256 * format.len().max(4) {
            buf.truncate(n);
            return Ok(Value::str(&String::from_utf8_lossy(&buf)));
        }
        size *= 2;
    }
}

/// `_instance_set(obj, name, value)`: sets an attribute past a class's own
/// `__setattr__` (what `object.__setattr__` does in `struct_time`).
fn instance_set(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Instance(i), Value::Str(name), value] => {
            let i: &Rc<Instance> = i;
            i.dict.borrow_mut().insert(name.clone(), value.clone());
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("_instance_set(obj, name, value)")),
    }
}
