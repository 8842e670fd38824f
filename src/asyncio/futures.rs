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
    fn raise(&self) -> Box<PyErr> {
        *self.exc.traceback.borrow_mut() = self.traceback.clone();
        PyErr::from_exception(self.exc.clone())
    }
}

pub struct Future {
    state: Cell<FutureState>,
    result: RefCell<Value>,
    exception: RefCell<Option<StoredException>>,
    callbacks: RefCell<Vec<DoneCallback>>,
    cancel_message: RefCell<Option<Value>>,
    /// The CancelledError a task ended with, re-raised by `result()`
    /// (`Task._cancelled_exc`).
    cancelled_exc: RefCell<Option<StoredException>>,
    /// An exception is stored and nobody has looked at it yet; a task in
    /// this state reports it when it is dropped (`Future.__log_traceback`).
    log_traceback: Cell<bool>,
    pub event_loop: Rc<EventLoop>,
}

impl Future {
    pub fn new(event_loop: Rc<EventLoop>) -> Future {
        Future {
            state: Cell::new(FutureState::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            callbacks: RefCell::new(Vec::new()),
            cancel_message: RefCell::new(None),
            cancelled_exc: RefCell::new(None),
            log_traceback: Cell::new(false),
            event_loop,
        }
    }

    pub fn state(&self) -> FutureState {
        self.state.get()
    }

    pub fn done(&self) -> bool {
        self.state.get() != FutureState::Pending
    }

    pub fn cancelled(&self) -> bool {
        self.state.get() == FutureState::Cancelled
    }

    pub fn has_callbacks(&self) -> bool {
        !self.callbacks.borrow().is_empty()
    }

    fn make_cancelled_error(&self) -> Box<PyErr> {
        if let Some(stored) = self.cancelled_exc.borrow_mut().take() {
            return stored.raise();
        }
        match &*self.cancel_message.borrow() {
            Some(msg) => PyErr::with_args(&types::CANCELLED_ERROR, vec![msg.clone()]),
            None => PyErr::with_args(&types::CANCELLED_ERROR, vec![]),
        }
    }

    /// `Future.result()`.
    pub fn result(&self) -> PyResult {
        self.log_traceback.set(false);
        match self.state.get() {
            FutureState::Cancelled => Err(self.make_cancelled_error()),
            FutureState::Pending => Err(PyErr::new(
                &types::INVALID_STATE_ERROR,
                "Result is not set.",
            )),
            FutureState::Finished => match &*self.exception.borrow() {
                Some(stored) => Err(stored.raise()),
                None => Ok(self.result.borrow().clone()),
            },
        }
    }

    /// `Future.exception()`.
    pub fn exception(&self) -> PyResult {
        self.log_traceback.set(false);
        match self.state.get() {
            FutureState::Cancelled => Err(self.make_cancelled_error()),
            FutureState::Pending => Err(PyErr::new(
                &types::INVALID_STATE_ERROR,
                "Exception is not set.",
            )),
            FutureState::Finished => Ok(match &*self.exception.borrow() {
                Some(stored) => Value::Exception(stored.exc.clone()),
                None => Value::None,
            }),
        }
    }

    /// The exception nobody retrieved, if any, for the report at drop time.
    pub fn unretrieved_exception(&self) -> Option<Rc<PyException>> {
        if !self.log_traceback.get() {
            return None;
        }
        self.exception.borrow().as_ref().map(|s| s.exc.clone())
    }

    pub fn result_for_repr(&self) -> Option<Result<Value, Rc<PyException>>> {
        if self.state.get() != FutureState::Finished {
            return None;
        }
        Some(match &*self.exception.borrow() {
            Some(stored) => Err(stored.exc.clone()),
            None => Ok(self.result.borrow().clone()),
        })
    }

    fn invalid_state(&self, me: &Value) -> Box<PyErr> {
        PyErr::new(
            &types::INVALID_STATE_ERROR,
            format!(
                "{}: {}",
                self.state.get().name().to_uppercase(),
                crate::object::repr::repr_plain(me)
            ),
        )
    }

    /// `Future.set_result()`; `me` is the future as a Python value, handed
    /// to its callbacks.
    pub fn set_result(&self, me: &Value, value: Value) -> PyResult<()> {
        if self.done() {
            return Err(self.invalid_state(me));
        }
        *self.result.borrow_mut() = value;
        self.state.set(FutureState::Finished);
        self.schedule_callbacks(me);
        Ok(())
    }

    pub fn set_exception(&self, me: &Value, err: Box<PyErr>) -> PyResult<()> {
        if self.done() {
            return Err(self.invalid_state(me));
        }
        let traceback = err.exc.traceback.borrow().clone();
        *self.exception.borrow_mut() = Some(StoredException {
            exc: err.exc.clone(),
            traceback,
        });
        self.log_traceback.set(true);
        self.state.set(FutureState::Finished);
        self.schedule_callbacks(me);
        Ok(())
    }

    /// `Future.cancel()`.
    /// Someone has looked at the outcome: no report when dropped.
    pub fn mark_retrieved(&self) {
        self.log_traceback.set(false);
    }

    pub fn cancel(&self, me: &Value, msg: Option<Value>) -> bool {
        self.mark_retrieved();
        if self.done() {
            return false;
        }
        self.state.set(FutureState::Cancelled);
        *self.cancel_message.borrow_mut() = msg;
        self.schedule_callbacks(me);
        true
    }

    /// Remembers the CancelledError a task's coroutine ended with.
    pub fn set_cancelled_exc(&self, err: &PyErr) {
        *self.cancelled_exc.borrow_mut() = Some(StoredException {
            exc: err.exc.clone(),
            traceback: err.exc.traceback.borrow().clone(),
        });
    }

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
