//! `asyncio.Future`, mirroring CPython's `futures.py`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::events::{Callback, EventLoop};
use super::tasks::Task;
use crate::interp::Vm;
use crate::object::types;
use crate::object::{PyErr, PyException, PyResult, TbEntry, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutureState {
    Pending,
    Cancelled,
    Finished,
}

impl FutureState {
    pub fn name(self) -> &'static str {
        match self {
            FutureState::Pending => "pending",
            FutureState::Cancelled => "cancelled",
            FutureState::Finished => "finished",
        }
    }
}

/// A future's done callback.
#[derive(Clone)]
pub enum DoneCallback {
    /// `Task.__wakeup` of a task awaiting this future.
    TaskWakeup(Rc<Task>),
    /// `run_until_complete`'s `_run_until_complete_cb`.
    StopLoop,
    /// A child of a gather finished.
    Gather(Rc<Gather>),
    /// A Python callable from `add_done_callback`.
    Python(Value),
}

impl DoneCallback {
    fn same(&self, other: &DoneCallback) -> bool {
        match (self, other) {
            (DoneCallback::TaskWakeup(a), DoneCallback::TaskWakeup(b)) => Rc::ptr_eq(a, b),
            (DoneCallback::StopLoop, DoneCallback::StopLoop) => true,
            (DoneCallback::Gather(a), DoneCallback::Gather(b)) => Rc::ptr_eq(a, b),
            (DoneCallback::Python(a), DoneCallback::Python(b)) => a.is(b),
            _ => false,
        }
    }
}

/// An exception stored in a future, with the traceback it had when stored:
/// re-raising it restores that traceback, as `raise exc.with_traceback(tb)`.
struct StoredException {
    exc: Rc<PyException>,
    traceback: Vec<TbEntry>,
}

impl StoredException {
    fn new(err: &PyErr) -> StoredException {
        StoredException {
            exc: err.exc.clone(),
            traceback: err.exc.traceback.borrow().clone(),
        }
    }

    fn raise(&self) -> Box<PyErr> {
        *self.exc.traceback.borrow_mut() = self.traceback.clone();
        PyErr::from_exception(self.exc.clone())
    }
}

/// What a future holds. The state CPython keeps in several attributes
/// (`_state`, `_result`, `_exception`, `_cancel_message`,
/// `Task._cancelled_exc`) is one enum here, keeping futures small.
enum Outcome {
    Pending,
    Result(Value),
    Exception(Box<StoredException>),
    Cancelled {
        message: Option<Value>,
        /// The CancelledError a task's coroutine ended with, re-raised by
        /// `result()` (`Task._cancelled_exc`).
        exc: Option<Box<StoredException>>,
    },
}

pub struct Future {
    outcome: RefCell<Outcome>,
    callbacks: RefCell<Vec<DoneCallback>>,
    /// An exception is stored and nobody has looked at it yet; a task in
    /// this state reports it when it is dropped (`Future.__log_traceback`).
    log_traceback: Cell<bool>,
    pub event_loop: Rc<EventLoop>,
}

impl Future {
    pub fn new(event_loop: Rc<EventLoop>) -> Future {
        Future {
            outcome: RefCell::new(Outcome::Pending),
            callbacks: RefCell::new(Vec::new()),
            log_traceback: Cell::new(false),
            event_loop,
        }
    }

    pub fn state(&self) -> FutureState {
        match &*self.outcome.borrow() {
            Outcome::Pending => FutureState::Pending,
            Outcome::Cancelled { .. } => FutureState::Cancelled,
            Outcome::Result(_) | Outcome::Exception(_) => FutureState::Finished,
        }
    }

    pub fn done(&self) -> bool {
        self.state() != FutureState::Pending
    }

    pub fn cancelled(&self) -> bool {
        self.state() == FutureState::Cancelled
    }

    pub fn has_callbacks(&self) -> bool {
        !self.callbacks.borrow().is_empty()
    }

    /// `Future.result()`.
    pub fn result(&self) -> PyResult {
        self.mark_retrieved();
        match &mut *self.outcome.borrow_mut() {
            Outcome::Pending => Err(PyErr::new(
                &types::INVALID_STATE_ERROR,
                "Result is not set.",
            )),
            Outcome::Result(v) => Ok(v.clone()),
            Outcome::Exception(stored) => Err(stored.raise()),
            Outcome::Cancelled { message, exc } => Err(cancelled_error(message, exc)),
        }
    }

    /// `Future.exception()`.
    pub fn exception(&self) -> PyResult {
        self.mark_retrieved();
        match &mut *self.outcome.borrow_mut() {
            Outcome::Pending => Err(PyErr::new(
                &types::INVALID_STATE_ERROR,
                "Exception is not set.",
            )),
            Outcome::Result(_) => Ok(Value::None),
            Outcome::Exception(stored) => Ok(Value::Exception(stored.exc.clone())),
            Outcome::Cancelled { message, exc } => Err(cancelled_error(message, exc)),
        }
    }

    /// The exception nobody retrieved, if any, for the report at drop time.
    pub fn unretrieved_exception(&self) -> Option<Rc<PyException>> {
        if !self.log_traceback.get() {
            return None;
        }
        match &*self.outcome.borrow() {
            Outcome::Exception(stored) => Some(stored.exc.clone()),
            _ => None,
        }
    }

    pub fn result_for_repr(&self) -> Option<Result<Value, Rc<PyException>>> {
        match &*self.outcome.borrow() {
            Outcome::Result(v) => Some(Ok(v.clone())),
            Outcome::Exception(stored) => Some(Err(stored.exc.clone())),
            Outcome::Pending | Outcome::Cancelled { .. } => None,
        }
    }

    fn invalid_state(&self, me: &Value) -> Box<PyErr> {
        PyErr::new(
            &types::INVALID_STATE_ERROR,
            format!(
                "{}: {}",
                self.state().name().to_uppercase(),
                crate::object::repr::repr_plain(me)
            ),
        )
    }

    /// Moves a pending future to `outcome` and schedules its callbacks.
    fn complete(&self, me: &Value, outcome: Outcome) -> PyResult<()> {
        if self.done() {
            return Err(self.invalid_state(me));
        }
        *self.outcome.borrow_mut() = outcome;
        self.schedule_callbacks(me);
        Ok(())
    }

    /// `Future.set_result()`; `me` is the future as a Python value, handed
    /// to its callbacks.
    pub fn set_result(&self, me: &Value, value: Value) -> PyResult<()> {
        self.complete(me, Outcome::Result(value))
    }

    pub fn set_exception(&self, me: &Value, err: Box<PyErr>) -> PyResult<()> {
        self.complete(me, Outcome::Exception(Box::new(StoredException::new(&err))))?;
        self.log_traceback.set(true);
        Ok(())
    }

    /// Someone has looked at the outcome: no report when dropped.
    pub fn mark_retrieved(&self) {
        self.log_traceback.set(false);
    }

    /// `Future.cancel()`.
    pub fn cancel(&self, me: &Value, msg: Option<Value>) -> bool {
        self.mark_retrieved();
        self.complete(
            me,
            Outcome::Cancelled {
                message: msg,
                exc: None,
            },
        )
        .is_ok()
    }

    /// `Task.__step` on a coroutine that ended with CancelledError: the
    /// task is cancelled, and `result()` re-raises that very exception.
    pub fn cancel_with(&self, me: &Value, err: &PyErr) -> bool {
        self.mark_retrieved();
        self.complete(
            me,
            Outcome::Cancelled {
                message: None,
                exc: Some(Box::new(StoredException::new(err))),
            },
        )
        .is_ok()
    }
}

/// `Task._make_cancelled_error`: the coroutine's own CancelledError once,
/// then a new one carrying the cancel message.
fn cancelled_error(message: &Option<Value>, exc: &mut Option<Box<StoredException>>) -> Box<PyErr> {
    if let Some(stored) = exc.take() {
        return stored.raise();
    }
    match message {
        Some(msg) => PyErr::with_args(&types::CANCELLED_ERROR, vec![msg.clone()]),
        None => PyErr::with_args(&types::CANCELLED_ERROR, vec![]),
    }
}

impl Future {
    /// `Future.__schedule_callbacks`: each callback goes through `call_soon`,
    /// in the order added, so awaiters resume one loop iteration later.
    fn schedule_callbacks(&self, me: &Value) {
        let callbacks = std::mem::take(&mut *self.callbacks.borrow_mut());
        for cb in callbacks {
            self.event_loop.call_soon(Callback::Done(cb, me.clone()));
        }
    }

    pub fn add_done_callback(&self, me: &Value, cb: DoneCallback) {
        if self.done() {
            self.event_loop.call_soon(Callback::Done(cb, me.clone()));
        } else {
            self.callbacks.borrow_mut().push(cb);
        }
    }

    /// Removes every registration of `cb`; returns how many there were.
    pub fn remove_done_callback(&self, cb: &DoneCallback) -> usize {
        let mut callbacks = self.callbacks.borrow_mut();
        let before = callbacks.len();
        callbacks.retain(|c| !c.same(cb));
        before - callbacks.len()
    }
}

/// The core `Future` of a future or task value.
pub fn as_future(v: &Value) -> Option<&Future> {
    match v {
        Value::Future(f) => Some(f),
        Value::Task(t) => Some(&t.future),
        _ => None,
    }
}

/// `fut.cancel(msg)` for a future or a task.
pub fn cancel(v: &Value, msg: Option<Value>) -> bool {
    match v {
        Value::Future(f) => f.cancel(v, msg),
        Value::Task(t) => t.cancel(msg),
        _ => false,
    }
}

/// The future returned by `gather()` (`tasks._GatheringFuture`), here with
/// `return_exceptions=True` semantics as `asyncio.run`'s shutdown uses it.
pub struct Gather {
    pub outer: Rc<Future>,
    children: Vec<Value>,
    remaining: Cell<usize>,
}

impl Gather {
    pub fn new(event_loop: &Rc<EventLoop>, children: Vec<Value>) -> Rc<Gather> {
        let gather = Rc::new(Gather {
            outer: Rc::new(Future::new(event_loop.clone())),
            remaining: Cell::new(children.len()),
            children,
        });
        for child in &gather.children {
            if let Some(f) = as_future(child) {
                f.add_done_callback(child, DoneCallback::Gather(gather.clone()));
            }
        }
        if gather.children.is_empty() {
            let outer = Value::Future(gather.outer.clone());
            let _ = gather.outer.set_result(&outer, Value::list(vec![]));
        }
        gather
    }

    /// `_done_callback` of `gather`: when the last child is done, the outer
    /// future gets the list of results, exceptions in place of failures.
    pub fn child_done(&self, _vm: &Vm) {
        let left = self.remaining.get() - 1;
        self.remaining.set(left);
        if left > 0 || self.outer.done() {
            return;
        }
        let results = self
            .children
            .iter()
            .map(|child| {
                let f = as_future(child).expect("gather children are futures");
                match f.result() {
                    Ok(v) => v,
                    Err(e) => Value::Exception(e.exc.clone()),
                }
            })
            .collect();
        let outer = Value::Future(self.outer.clone());
        let _ = self.outer.set_result(&outer, Value::list(results));
    }
}
