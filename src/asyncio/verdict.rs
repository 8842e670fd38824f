//! When the event loop ends a run itself: a deadlock (nothing is ready, no
//! timer is pending and nothing outside can wake the loop, where CPython
//! would wait forever), or the `--max-time` limit of loop time.
//!
//! Either way pyasync says why on stderr and the run ends with status 3.
//! The run is *halted*: the error that carries the status is a SystemExit
//! no `except` clause matches, so the script cannot swallow the verdict,
//! while `finally` blocks still run as the stack unwinds.

use std::rc::Rc;

use super::events::EventLoop;
use crate::interp::Vm;
use crate::object::{types, PyErr, Stream, Value};

/// The exit status of a halted run.
pub const HALT_STATUS: i32 = 3;

/// What stops a run besides its own end (`Options`, the command line).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RunLimits {
    /// Under the real clock, report a deadlock instead of waiting forever
    /// (a virtual clock always reports it: its time cannot move).
    pub detect_deadlock: bool,
    /// Stop once the loop's clock would pass this many seconds.
    pub max_time: Option<f64>,
}

/// The error that unwinds a halted run; every later loop iteration
/// returns it again (`asyncio.run`'s clean-up included).
pub fn halt_error(status: i32) -> Box<PyErr> {
    PyErr::with_args(&types::SYSTEM_EXIT, vec![Value::Int(status as i64)])
}

fn halt(vm: &Vm, message: &str) -> Box<PyErr> {
    vm.write(Stream::Stderr, message);
    vm.halted.set(Some(HALT_STATUS));
    halt_error(HALT_STATUS)
}

/// The deadlock verdict, with the await tree of every pending task.
pub fn deadlock(vm: &Vm, event_loop: &EventLoop) -> Box<PyErr> {
    let pending: Vec<Rc<super::Task>> = event_loop.pending_tasks();
    let mut text = String::from("pyasync: deadlock: no task can ever be woken\n");
    text.push_str(&super::await_tree::render(&pending, Some(vm)));
    halt(vm, &text)
}

/// Whether waiting `timeout` more seconds from `now` passes `--max-time`;
/// if so, the run is halted.
pub fn check_time_limit(vm: &Vm, now: f64, timeout: f64) -> Result<(), Box<PyErr>> {
    match vm.run_limits.get().max_time {
        Some(limit) if now + timeout > limit => {
            let kind = if vm.clock.borrow().is_virtual() {
                "virtual"
            } else {
                "real"
            };
            Err(halt(
                vm,
                &format!(
                    "pyasync: stopped at the time limit: {} s of {kind} time passed (--max-time)\n",
                    crate::object::repr::repr_plain(&Value::Float(limit))
                ),
            ))
        }
        _ => Ok(()),
    }
}
