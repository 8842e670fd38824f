//! `asyncio.sleep` (`tasks.sleep`), as a small hand-written state machine.
//!
//! Every sleeping task holds one, so it is kept apart from the interpreter's
//! frames: a sleep coroutine that only its awaiter can see is not kept
//! alive as an object at all; `await asyncio.sleep(d)` moves this state into
//! the awaiting frame (`Coroutine::take_sleep`), and a sleeping task then
//! costs its own coroutine, the future and the timer handle, as in CPython.

use std::rc::Rc;

use super::events::{Callback, Handle};
use super::futures::Future;
use super::running_loop;
use crate::interp::coroutine::{take_resumption, Transfer};
use crate::interp::Vm;
use crate::object::{PyErr, PyResult, Value};

/// What `sleep(delay, result)` was called with, until it first runs.
pub struct SleepArgs {
    /// CPython compares `delay <= 0` when the coroutine first runs; the
    /// comparison of builtin values has no side effect, so it is made at
    /// the call and only its outcome is kept: `None` for a delay <= 0,
    /// the seconds otherwise, or the TypeError.
    pub wait: PyResult<Option<f64>>,
    pub result: Value,
}

/// The body of one `asyncio.sleep(...)` coroutine.
pub enum SleepFuture {
    /// Not started yet.
    Start(Box<SleepArgs>),
    /// `delay <= 0`: it yielded once (a bare `yield`, letting the other
    /// ready callbacks run) and returns `result` when resumed.
    Yielded(Value),
    /// Waiting on `future`, which `timer` resolves
    /// (`futures._set_result_unless_cancelled`).
    Waiting {
        future: Rc<Future>,
        timer: Rc<Handle>,
    },
    /// Returned or raised.
    Finished,
}

impl SleepFuture {
    pub fn new(args: SleepArgs) -> SleepFuture {
        SleepFuture::Start(Box::new(args))
    }

    /// Runs it to its next suspension (handing the yielded value over in
    /// `vm.transfer`, as every coroutine body does) or to its end.
    pub fn poll(&mut self, vm: &Vm) -> std::task::Poll<PyResult> {
        use std::task::Poll;
        match std::mem::replace(self, SleepFuture::Finished) {
            SleepFuture::Start(args) => {
                let SleepArgs { wait, result } = *args;
                let seconds = match wait {
                    Err(e) => return Poll::Ready(Err(e)),
                    Ok(None) => {
                        *vm.transfer.borrow_mut() = Transfer::Yielded(Value::None);
                        *self = SleepFuture::Yielded(result);
                        return Poll::Pending;
                    }
                    Ok(Some(seconds)) => seconds,
                };
                let event_loop = match running_loop(vm) {
                    Ok(l) => l,
                    Err(e) => return Poll::Ready(Err(e)),
                };
                let future = Rc::new(Future::new(event_loop.clone()));
                if let Some(observer) = event_loop.observer() {
                    observer.label_future(&future, format!("sleep({})", seconds_text(seconds)));
                }
                let timer = event_loop.call_later(
                    seconds,
                    Callback::SetResultUnlessCancelled(future.clone(), result),
                );
                // `return await future`: a new future is never done yet.
                *vm.transfer.borrow_mut() = Transfer::Yielded(Value::Future(future.clone()));
                *self = SleepFuture::Waiting { future, timer };
                Poll::Pending
            }
            SleepFuture::Yielded(result) => Poll::Ready(take_resumption(vm).map(|_| result)),
            SleepFuture::Waiting { future, timer } => {
                let outcome = match take_resumption(vm) {
                    Err(e) => Err(e),
                    Ok(_) if !future.done() => {
                        Err(PyErr::runtime_error("await wasn't used with future"))
                    }
                    Ok(_) => future.result(),
                };
                // The `finally: h.cancel()` of `tasks.sleep`.
                future.event_loop.cancel_handle(&timer);
                Poll::Ready(outcome)
            }
            SleepFuture::Finished => Poll::Ready(Err(PyErr::runtime_error(
                "cannot reuse already awaited coroutine",
            ))),
        }
    }
}

/// A delay as the script most likely wrote it: `1` or `0.5`.
fn seconds_text(seconds: f64) -> String {
    if seconds.fract() == 0.0 && seconds.abs() < 1e15 {
        format!("{}", seconds as i64)
    } else {
        crate::object::repr::repr_plain(&Value::Float(seconds))
    }
}
