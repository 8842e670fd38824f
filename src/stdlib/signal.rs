//! The `signal` module: `py/signal.py` (the `Signals`/`Handlers` enums and
//! argument checks) over these natives, which install dispositions through
//! `crate::signals` and keep the Python handler of each signal. Handlers
//! run in the main thread at the interpreter's next safe point
//! (`run_pending`, from `Vm::check_interrupt`), as CPython runs them from
//! its eval loop (`Modules/signalmodule.c`, `PyErr_CheckSignals`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{types, Args, Globals, PyErr, PyResult, Value};
use crate::signals::{self, Disposition};

/// Linux's `NSIG`: signals are 1 to 64.
pub const NSIG: i64 = 65;

thread_local! {
    /// The Python handler of each signal given one by `signal.signal`.
    static HANDLERS: RefCell<HashMap<i32, Value>> = RefCell::new(HashMap::new());
    /// The `default_int_handler` function object (its identity is
    /// visible: `getsignal(SIGINT) is default_int_handler`).
    static DEFAULT_INT_HANDLER: Value = super::native("signal", "default_int_handler", default_int_handler).1;
}

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("signal", name, func);
    super::exec_module_source(
        vm,
        "signal",
        include_str!("py/signal.py"),
        vec![
            (
                "default_int_handler",
                DEFAULT_INT_HANDLER.with(Value::clone),
            ),
            n("_signal", set_handler),
            n("_getsignal", get_handler),
            n("_raise_signal", raise_signal),
            n("_strsignal", strsignal),
            n("_alarm", alarm),
            n("_pause", pause),
            n("_valid_signals", valid_signals),
            n("_kill", kill),
        ],
    )
}

/// Runs the Python handlers of the signals caught since the last safe
/// point, lowest signal first. A handler that raises leaves the signals
/// after it pending for the next safe point.
pub fn run_pending(vm: &Vm) -> PyResult<()> {
    let pending = signals::take_pending();
    for (i, &signum) in pending.iter().enumerate() {
        let handler = HANDLERS.with(|h| h.borrow().get(&signum).cloned());
        let Some(handler) = handler else { continue };
        if matches!(handler, Value::Int(_)) {
            continue;
        }
        let result = vm.call(
            &handler,
            Args::positional(vec![Value::Int(signum as i64), Value::None]),
        );
        if let Err(e) = result {
            for &later in &pending[i + 1..] {
                signals::repend(later);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Runs pending handlers and raises KeyboardInterrupt for Ctrl-C: what a
/// blocking call does when a signal interrupts it (PEP 475).
pub fn check(vm: &Vm) -> PyResult<()> {
    vm.check_interrupt()?;
    run_pending(vm)
}

fn int_arg(args: &Args, i: usize) -> i64 {
    match args.positional.get(i) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        _ => 0,
    }
}

fn out_of_range() -> Box<PyErr> {
    PyErr::value_error("signal number out of range")
}

fn check_signum(signum: i64) -> PyResult<i32> {
    if (1..NSIG).contains(&signum) {
        Ok(signum as i32)
    } else {
        Err(out_of_range())
    }
}

fn os_error(e: &std::io::Error) -> Box<PyErr> {
    PyErr::from_io(e, None)
}

/// The handler `getsignal` reports for `signum`: the one Python installed,
/// else what the process inherited (0 for SIG_DFL, 1 for SIG_IGN, None
/// for a handler not installed from Python).
fn current_handler(signum: i32) -> Value {
    if let Some(h) = HANDLERS.with(|h| h.borrow().get(&signum).cloned()) {
        return h;
    }
    match signals::disposition(signum) {
        Disposition::Default => Value::Int(0),
        Disposition::Ignore => Value::Int(1),
        Disposition::Interrupt => DEFAULT_INT_HANDLER.with(Value::clone),
        Disposition::Python | Disposition::Foreign => Value::None,
    }
}

/// `_signal(signum, handler)`: `handler` is 0 (SIG_DFL), 1 (SIG_IGN) or a
/// callable (checked by the caller); returns the previous handler.
fn set_handler(_vm: &Vm, args: Args) -> PyResult {
    let signum = check_signum(int_arg(&args, 0))?;
    let handler = args.positional.get(1).cloned().unwrap_or(Value::Int(0));
    let is_default_int = DEFAULT_INT_HANDLER.with(|d| match (d, &handler) {
        (Value::Native(a), Value::Native(b)) => Rc::ptr_eq(a, b),
        _ => false,
    });
    let disposition = match handler {
        Value::Int(0) => Disposition::Default,
        Value::Int(1) => Disposition::Ignore,
        _ if is_default_int && signum == libc::SIGINT => Disposition::Interrupt,
        _ => Disposition::Python,
    };
    let previous = current_handler(signum);
    signals::set_disposition(signum, disposition).map_err(|e| os_error(&e))?;
    HANDLERS.with(|h| h.borrow_mut().insert(signum, handler));
    Ok(previous)
}

fn get_handler(_vm: &Vm, args: Args) -> PyResult {
    let signum = check_signum(int_arg(&args, 0))?;
    Ok(current_handler(signum))
}

/// `default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(_vm: &Vm, _args: Args) -> PyResult {
    Err(PyErr::with_args(&types::KEYBOARD_INTERRUPT, vec![]))
}

/// `_raise_signal(n)`: sends `n` to this process; its handler (if Python)
/// runs before this returns, as CPython checks signals at once.
fn raise_signal(vm: &Vm, args: Args) -> PyResult {
    let signum = i32::try_from(int_arg(&args, 0)).unwrap_or(-1);
    // SAFETY: raise(3) checks the number itself (EINVAL).
    if unsafe { libc::raise(signum) } != 0 {
        return Err(os_error(&std::io::Error::last_os_error()));
    }
    check(vm)?;
    Ok(Value::None)
}

fn strsignal(_vm: &Vm, args: Args) -> PyResult {
    let signum = check_signum(int_arg(&args, 0))?;
    // SAFETY: strsignal returns a pointer to a NUL-terminated string (or
    // NULL), copied before any other call.
    let text = unsafe {
        let p = libc::strsignal(signum);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if text.starts_with("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(Value::str(&text))
}

fn alarm(vm: &Vm, args: Args) -> PyResult {
    vm.require(
        crate::interp::capabilities::Capability::RealTime,
        "signal.alarm()",
    )?;
    let secs = int_arg(&args, 0).clamp(0, u32::MAX as i64) as u32;
    // SAFETY: alarm(2) takes any count of seconds.
    Ok(Value::Int(unsafe { libc::alarm(secs) } as i64))
}

/// `pause()`: sleeps until a signal arrives, then runs its handler.
fn pause(vm: &Vm, _args: Args) -> PyResult {
    signals::pause();
    check(vm)?;
    Ok(Value::None)
}

/// The signal numbers this system can deliver: 1 to 64 but the two the C
/// library keeps for its threads (as `sigfillset` reports them).
fn valid_signals(_vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: sigfillset/sigismember on a zeroed local set.
    let numbers = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        (1..NSIG as i32)
            .filter(|&n| libc::sigismember(&set, n) == 1)
            .map(|n| Value::Int(n as i64))
            .collect()
    };
    Ok(Value::list(numbers))
}

/// `os.kill(pid, signal)`: a signal sent to this process is handled
/// before this returns.
pub fn kill(vm: &Vm, args: Args) -> PyResult {
    vm.require(
        crate::interp::capabilities::Capability::Processes,
        "os.kill()",
    )?;
    let (Some(Value::Int(pid)), Some(Value::Int(signum))) =
        (args.positional.first(), args.positional.get(1))
    else {
        return Err(PyErr::type_error("kill() takes two integers"));
    };
    let (pid, signum) = (*pid, *signum);
    let (Ok(pid), Ok(signum)) = (i32::try_from(pid), i32::try_from(signum)) else {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "signed integer is greater than maximum",
        ));
    };
    // SAFETY: kill(2) with plain integers.
    if unsafe { libc::kill(pid, signum) } != 0 {
        return Err(os_error(&std::io::Error::last_os_error()));
    }
    check(vm)?;
    Ok(Value::None)
}
