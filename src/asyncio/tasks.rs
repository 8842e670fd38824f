//! `asyncio.Task`, mirroring CPython's `tasks.Task` (`__step`, `__wakeup`,
//! `cancel`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::events::{Callback, EventLoop};
use super::futures::{self, DoneCallback, Future};
use crate::interp::coroutine::{Coroutine, Step, Transfer};
use crate::interp::Vm;
use crate::object::types;
use crate::object::{PyErr, PyResult, Value};

pub struct Task {
    pub future: Future,
    pub coro: Rc<Coroutine>,
    name: RefCell<Rc<str>>,
    /// The future this task waits on (`_fut_waiter`).
    fut_waiter: RefCell<Option<Value>>,
    must_cancel: Cell<bool>,
    cancel_message: RefCell<Option<Value>>,
    num_cancels_requested: Cell<u32>,
    /// Key in the loop's table of pending tasks.
    id: Cell<u64>,
}

impl Task {
    /// `Task.__init__`: schedules the first step with `call_soon`; nothing of
    /// the coroutine runs yet.
    pub fn spawn(
        vm: &Vm,
        event_loop: &Rc<EventLoop>,
        coro: Rc<Coroutine>,
        name: Option<Rc<str>>,
    ) -> Rc<Task> {
        let name = name.unwrap_or_else(|| {
            let n = vm.task_counter.get() + 1;
            vm.task_counter.set(n);
            Rc::from(format!("Task-{}", n))
        });
        let task = Rc::new(Task {
            future: Future::new(event_loop.clone()),
            coro,
            name: RefCell::new(name),
            fut_waiter: RefCell::new(None),
            must_cancel: Cell::new(false),
            cancel_message: RefCell::new(None),
            num_cancels_requested: Cell::new(0),
            id: Cell::new(0),
        });
        event_loop.call_soon(Callback::TaskStep(task.clone(), None));
        task.id.set(event_loop.register_task(&task));
        task
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    pub fn set_name(&self, name: Rc<str>) {
        *self.name.borrow_mut() = name;
    }

    pub fn fut_waiter(&self) -> Option<Value> {
        self.fut_waiter.borrow().clone()
    }

    pub fn cancelling(&self) -> u32 {
        self.num_cancels_requested.get()
    }

    pub fn uncancel(&self) -> u32 {
        let n = self.num_cancels_requested.get().saturating_sub(1);
        self.num_cancels_requested.set(n);
        n
    }

    /// `Task.cancel()`: cancels the future the task waits on, or arranges for
    /// CancelledError to be thrown into the coroutine at its next step.
    pub fn cancel(self: &Rc<Self>, msg: Option<Value>) -> bool {
        self.future.mark_retrieved();
        if self.future.done() {
            return false;
        }
        self.num_cancels_requested
            .set(self.num_cancels_requested.get() + 1);
        let waiter = self.fut_waiter.borrow().clone();
        if let Some(waiter) = waiter {
            if futures::cancel(&waiter, msg.clone()) {
                // Leave self._fut_waiter; it may be a Task that catches and
                // ignores the cancellation so we may have to cancel it again later.
                return true;
            }
        }
        self.must_cancel.set(true);
        *self.cancel_message.borrow_mut() = msg;
        true
    }

    fn cancelled_error(&self) -> Box<PyErr> {
        match &*self.cancel_message.borrow() {
            Some(msg) => PyErr::with_args(&types::CANCELLED_ERROR, vec![msg.clone()]),
            None => PyErr::with_args(&types::CANCELLED_ERROR, vec![]),
        }
    }

    /// `Task.__step`: sends into (or throws into) the coroutine once and acts
    /// on what it yields.
    pub fn step(self: &Rc<Self>, vm: &Vm, exc: Option<Box<PyErr>>) -> PyResult<()> {
        if self.future.done() {
            return Err(PyErr::new(
                &types::INVALID_STATE_ERROR,
                format!("_step(): already done: {}", super::task_repr(self)),
            ));
        }
        let mut exc = exc;
        if self.must_cancel.get() {
            if !exc
                .as_ref()
                .is_some_and(|e| e.is_instance(&types::CANCELLED_ERROR))
            {
                exc = Some(self.cancelled_error());
            }
            self.must_cancel.set(false);
        }
        self.fut_waiter.borrow_mut().take();

        let event_loop = self.future.event_loop.clone();
        let previous = event_loop.set_current_task(Some(self.clone()));
        let input = match exc {
            None => Transfer::Send(Value::None),
            Some(e) => Transfer::Throw(e),
        };
        let step = self.coro.resume(vm, input);
        let me = Value::Task(self.clone());
        let mut escaped = None;
        match step {
            Step::Returned(v) => {
                if self.must_cancel.get() {
                    // The task was cancelled right before it returned.
                    self.must_cancel.set(false);
                    let msg = self.cancel_message.borrow().clone();
                    self.future.cancel(&me, msg);
                } else {
                    self.future.set_result(&me, v)?;
                }
            }
            Step::Raised(e) if e.is_instance(&types::CANCELLED_ERROR) => {
                self.future.cancel_with(&me, &e);
            }
            Step::Raised(e) => {
                if super::is_exit_exception(&e) {
                    // KeyboardInterrupt and SystemExit stop the loop too.
                    escaped = Some(PyErr::from_exception(e.exc.clone()));
                }
                self.future.set_exception(&me, e)?;
            }
            Step::Yielded(result) => self.handle_yield(&event_loop, &me, result),
        }
        event_loop.set_current_task(previous);
        if self.future.done() {
            event_loop.unregister_task(self.id.get());
        }
        match escaped {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn handle_yield(self: &Rc<Self>, event_loop: &Rc<EventLoop>, me: &Value, result: Value) {
        match &result {
            Value::Future(_) | Value::Task(_) => {
                if result.is(me) {
                    let err = PyErr::runtime_error(format!(
                        "Task cannot await on itself: {}",
                        super::task_repr(self)
                    ));
                    event_loop.call_soon(Callback::TaskStep(self.clone(), Some(err)));
                    return;
                }
                let fut = futures::as_future(&result).expect("matched a future above");
                fut.add_done_callback(&result, DoneCallback::TaskWakeup(self.clone()));
                *self.fut_waiter.borrow_mut() = Some(result.clone());
                if self.must_cancel.get() {
                    let msg = self.cancel_message.borrow().clone();
                    if futures::cancel(&result, msg) {
                        self.must_cancel.set(false);
                    }
                }
            }
            // A bare yield (`asyncio.sleep(0)`): run again next iteration.
            Value::None => {
                event_loop.call_soon(Callback::TaskStep(self.clone(), None));
            }
            other => {
                let err = PyErr::runtime_error(format!(
                    "Task got bad yield: {}",
                    crate::object::repr::repr_plain(other)
                ));
                event_loop.call_soon(Callback::TaskStep(self.clone(), Some(err)));
            }
        }
    }

    /// `Task.__wakeup`: the awaited future is done; step with its outcome.
    pub fn wakeup(self: &Rc<Self>, vm: &Vm, future: &Value) -> PyResult<()> {
        let outcome = futures::as_future(future).map(|f| f.result());
        match outcome {
            Some(Err(e)) => self.step(vm, Some(e)),
            _ => self.step(vm, None),
        }
    }
}

/// `Future.__del__`: a task that failed without anyone retrieving its
/// exception says so when it goes away, as CPython's garbage collector makes
/// it do.
impl Drop for Task {
    fn drop(&mut self) {
        let Some(exc) = self.future.unretrieved_exception() else {
            return;
        };
        let Some(vm) = self.future.event_loop.vm() else {
            return;
        };
        let mut text = String::from("Task exception was never retrieved\n");
        text.push_str(&format!("future: {}\n", super::task_repr(self)));
        text.push_str(&vm.format_exception(&exc));
        vm.write(crate::object::Stream::Stderr, &text);
    }
}
