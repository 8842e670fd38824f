//! `asyncio.Future`, mirroring CPython's `futures.py`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::events::{Callback, EventLoop};
use super::tasks::Task;
use crate::interp::Vm;
use crate::object::methods::{parse_args, Sig};
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{Args, PyErr, PyException, PyResult, TbEntry, Value};

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
    /// A callback written in Rust (`functools.partial(_release_waiter,
    /// waiter)`, shield's `_inner_done_callback`, ...); identity is the `Rc`.
    Native(NativeDoneCallback),
}

/// A done callback written in Rust, called with the future.
pub type NativeDoneCallback = Rc<dyn Fn(&Vm, &Value) -> PyResult<()>>;

/// Wraps a Rust closure as a done callback.
pub fn native_callback(f: impl Fn(&Vm, &Value) -> PyResult<()> + 'static) -> DoneCallback {
    DoneCallback::Native(Rc::new(f))
}

impl DoneCallback {
    /// `format_helpers._format_callback_source(cb, ())`: the callable's
    /// qualified name, then `()`, then ` at FILE:LINE` for a Python
    /// function. asyncio's own callbacks live in CPython's library files,
    /// whose paths name no file here, so they show without a location.
    fn repr(&self) -> String {
        match self {
            DoneCallback::TaskWakeup(_) => "Task.task_wakeup()".into(),
            DoneCallback::StopLoop => "_run_until_complete_cb()".into(),
            DoneCallback::Gather(_) => "gather.<locals>._done_callback()".into(),
            DoneCallback::Native(_) => "<callback>()".into(),
            DoneCallback::Python(func) => super::format_callback_source(func),
        }
    }

    fn same(&self, other: &DoneCallback) -> bool {
        match (self, other) {
            (DoneCallback::TaskWakeup(a), DoneCallback::TaskWakeup(b)) => Rc::ptr_eq(a, b),
            (DoneCallback::StopLoop, DoneCallback::StopLoop) => true,
            (DoneCallback::Gather(a), DoneCallback::Gather(b)) => Rc::ptr_eq(a, b),
            (DoneCallback::Python(a), DoneCallback::Python(b)) => a.is(b),
            (DoneCallback::Native(a), DoneCallback::Native(b)) => {
                std::ptr::addr_eq(Rc::as_ptr(a), Rc::as_ptr(b))
            }
            _ => false,
        }
    }
}

/// An exception stored in a future, with the traceback it had when stored:
/// re-raising it restores that traceback, as `raise exc.with_traceback(tb)`.
struct StoredException {
    exc: Rc<PyException>,
    traceback: Vec<TbEntry>,
    /// Nobody has looked at it yet; a future in this state reports it when
    /// it is dropped (`Future.__log_traceback`).
    unretrieved: Cell<bool>,
}

impl StoredException {
    fn new(err: &PyErr) -> StoredException {
        StoredException {
            exc: err.exc.clone(),
            traceback: err.exc.traceback.borrow().clone(),
            unretrieved: Cell::new(false),
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
    /// Boxed: rarer than the others, and a future is kept small.
    Cancelled(Box<Cancellation>),
}

struct Cancellation {
    message: Option<Value>,
    /// The CancelledError a task's coroutine ended with, re-raised by
    /// `result()` (`Task._cancelled_exc`).
    exc: Option<Box<StoredException>>,
}

/// A future's done callbacks, in the order added. Almost every future gets
/// exactly one (the task that awaits it), which is kept inline.
#[derive(Default)]
enum DoneCallbacks {
    #[default]
    None,
    One(DoneCallback),
    /// Boxed, so that the common case stays as small as one callback.
    #[allow(clippy::box_collection)]
    Many(Box<Vec<DoneCallback>>),
}

impl DoneCallbacks {
    fn as_slice(&self) -> &[DoneCallback] {
        match self {
            DoneCallbacks::None => &[],
            DoneCallbacks::One(cb) => std::slice::from_ref(cb),
            DoneCallbacks::Many(cbs) => cbs,
        }
    }

    fn push(&mut self, cb: DoneCallback) {
        *self = match std::mem::take(self) {
            DoneCallbacks::None => DoneCallbacks::One(cb),
            DoneCallbacks::One(first) => DoneCallbacks::Many(Box::new(vec![first, cb])),
            DoneCallbacks::Many(mut cbs) => {
                cbs.push(cb);
                DoneCallbacks::Many(cbs)
            }
        }
    }

    fn into_vec(self) -> Vec<DoneCallback> {
        match self {
            DoneCallbacks::None => Vec::new(),
            DoneCallbacks::One(cb) => vec![cb],
            DoneCallbacks::Many(cbs) => *cbs,
        }
    }
}

/// What changes as a future runs; one cell, keeping futures small.
struct FutureCore {
    outcome: Outcome,
    callbacks: DoneCallbacks,
}

pub struct Future {
    core: RefCell<FutureCore>,
    pub event_loop: Rc<EventLoop>,
    /// Set for the future `gather()` returns (`tasks._GatheringFuture`),
    /// whose `cancel()` cancels its children instead.
    gathering: std::cell::OnceCell<Box<Gathering>>,
}

/// What `_GatheringFuture` adds to a future.
struct Gathering {
    children: Vec<Value>,
    cancel_requested: Cell<bool>,
}

/// `Future.__del__`: a future whose exception nobody retrieved says so
/// when it goes away (a task says so itself, see `Drop for Task`).
impl Drop for Future {
    fn drop(&mut self) {
        let Some(exc) = self.unretrieved_exception() else {
            return;
        };
        let Some(vm) = self.event_loop.vm() else {
            return;
        };
        let class = if self.is_gathering() {
            "_GatheringFuture"
        } else {
            "Future"
        };
        let context = super::exception_handler::ErrorContext::new(
            format!("{} exception was never retrieved", class),
            Some(exc),
        )
        .with(
            "future",
            super::exception_handler::Entry::Repr(super::future_repr(self)),
        );
        let _ = self.event_loop.call_exception_handler(&vm, context);
    }
}

impl Future {
    pub fn new(event_loop: Rc<EventLoop>) -> Future {
        Future {
            core: RefCell::new(FutureCore {
                outcome: Outcome::Pending,
                callbacks: DoneCallbacks::None,
            }),
            event_loop,
            gathering: std::cell::OnceCell::new(),
        }
    }

    /// Whether this is a `_GatheringFuture`.
    pub fn is_gathering(&self) -> bool {
        self.gathering.get().is_some()
    }

    /// A `_GatheringFuture`'s children, in argument order (none for any
    /// other future).
    pub fn gathered_children(&self) -> Vec<Value> {
        self.gathering
            .get()
            .map(|g| g.children.clone())
            .unwrap_or_default()
    }

    /// `Future._make_cancelled_error()`: the CancelledError `result()` would
    /// raise (a plain one for a future that is not cancelled).
    pub fn make_cancelled_error(&self) -> Box<PyErr> {
        match &mut self.core.borrow_mut().outcome {
            Outcome::Cancelled(c) => cancelled_error(&c.message, &mut c.exc),
            _ => PyErr::with_args(&types::CANCELLED_ERROR, vec![]),
        }
    }

    /// `Future._cancel_message`.
    pub fn cancel_message(&self) -> Option<Value> {
        match &self.core.borrow().outcome {
            Outcome::Cancelled(c) => c.message.clone(),
            _ => None,
        }
    }

    /// The stored exception as an error to raise or store elsewhere (with
    /// the traceback it was stored with), marking it retrieved; `None` if
    /// the future has a result or is not done.
    pub fn exception_err(&self) -> Option<Box<PyErr>> {
        self.mark_retrieved();
        match &self.core.borrow().outcome {
            Outcome::Exception(stored) => Some(stored.raise()),
            _ => None,
        }
    }

    pub fn state(&self) -> FutureState {
        match &self.core.borrow().outcome {
            Outcome::Pending => FutureState::Pending,
            Outcome::Cancelled(_) => FutureState::Cancelled,
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
        !self.core.borrow().callbacks.as_slice().is_empty()
    }

    /// `Future.result()`.
    pub fn result(&self) -> PyResult {
        self.mark_retrieved();
        match &mut self.core.borrow_mut().outcome {
            Outcome::Pending => Err(PyErr::new(
                &types::INVALID_STATE_ERROR,
                "Result is not set.",
            )),
            Outcome::Result(v) => Ok(v.clone()),
            Outcome::Exception(stored) => Err(stored.raise()),
            Outcome::Cancelled(c) => Err(cancelled_error(&c.message, &mut c.exc)),
        }
    }

    /// `Future.exception()`.
    pub fn exception(&self) -> PyResult {
        self.mark_retrieved();
        match &mut self.core.borrow_mut().outcome {
            Outcome::Pending => Err(PyErr::new(
                &types::INVALID_STATE_ERROR,
                "Exception is not set.",
            )),
            Outcome::Result(_) => Ok(Value::None),
            Outcome::Exception(stored) => Ok(Value::Exception(stored.exc.clone())),
            Outcome::Cancelled(c) => Err(cancelled_error(&c.message, &mut c.exc)),
        }
    }

    /// The exception nobody retrieved, if any, for the report at drop time.
    pub fn unretrieved_exception(&self) -> Option<Rc<PyException>> {
        match &self.core.borrow().outcome {
            Outcome::Exception(stored) if stored.unretrieved.get() => Some(stored.exc.clone()),
            _ => None,
        }
    }

    /// The done callbacks as `base_futures._format_callbacks` lists them.
    pub fn callbacks_for_repr(&self) -> Vec<String> {
        self.core
            .borrow()
            .callbacks
            .as_slice()
            .iter()
            .map(DoneCallback::repr)
            .collect()
    }

    pub fn result_for_repr(&self) -> Option<Result<Value, Rc<PyException>>> {
        match &self.core.borrow().outcome {
            Outcome::Result(v) => Some(Ok(v.clone())),
            Outcome::Exception(stored) => Some(Err(stored.exc.clone())),
            Outcome::Pending | Outcome::Cancelled(_) => None,
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
        let previous = std::mem::replace(&mut self.core.borrow_mut().outcome, outcome);
        drop(previous);
        self.schedule_callbacks(me);
        Ok(())
    }

    /// `Future.set_result()`; `me` is the future as a Python value, handed
    /// to its callbacks.
    pub fn set_result(&self, me: &Value, value: Value) -> PyResult<()> {
        self.complete(me, Outcome::Result(value))
    }

    pub fn set_exception(&self, me: &Value, err: Box<PyErr>) -> PyResult<()> {
        let stored = StoredException::new(&err);
        stored.unretrieved.set(true);
        self.complete(me, Outcome::Exception(Box::new(stored)))
    }

    /// Someone has looked at the outcome: no report when dropped.
    pub fn mark_retrieved(&self) {
        if let Outcome::Exception(stored) = &self.core.borrow().outcome {
            stored.unretrieved.set(false);
        }
    }

    /// `Future.cancel()`.
    pub fn cancel(&self, me: &Value, msg: Option<Value>) -> bool {
        self.mark_retrieved();
        self.complete(
            me,
            Outcome::Cancelled(Box::new(Cancellation {
                message: msg,
                exc: None,
            })),
        )
        .is_ok()
    }

    /// `Task.__step` on a coroutine that ended with CancelledError: the
    /// task is cancelled, and `result()` re-raises that very exception.
    pub fn cancel_with(&self, me: &Value, err: &PyErr) -> bool {
        self.mark_retrieved();
        self.complete(
            me,
            Outcome::Cancelled(Box::new(Cancellation {
                message: None,
                exc: Some(Box::new(StoredException::new(err))),
            })),
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
        let callbacks = std::mem::take(&mut self.core.borrow_mut().callbacks);
        match callbacks {
            DoneCallbacks::None => {}
            DoneCallbacks::One(cb) => {
                self.event_loop.call_soon(Callback::Done(cb, me.clone()));
            }
            DoneCallbacks::Many(cbs) => {
                for cb in *cbs {
                    self.event_loop.call_soon(Callback::Done(cb, me.clone()));
                }
            }
        }
    }

    pub fn add_done_callback(&self, me: &Value, cb: DoneCallback) {
        if self.done() {
            self.event_loop.call_soon(Callback::Done(cb, me.clone()));
        } else {
            self.core.borrow_mut().callbacks.push(cb);
        }
    }

    /// Removes every registration of `cb`; returns how many there were.
    pub fn remove_done_callback(&self, cb: &DoneCallback) -> usize {
        let mut core = self.core.borrow_mut();
        let mut callbacks = std::mem::take(&mut core.callbacks).into_vec();
        let before = callbacks.len();
        callbacks.retain(|c| !c.same(cb));
        let removed = before - callbacks.len();
        for kept in callbacks {
            core.callbacks.push(kept);
        }
        removed
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
pub fn cancel(v: &Value, msg: Option<Value>) -> PyResult<bool> {
    match v {
        Value::Future(f) => match cancel_gathering(f, msg.clone()) {
            Some(ret) => ret,
            None => Ok(f.cancel(v, msg)),
        },
        Value::Task(t) => t.cancel(msg),
        _ => Ok(false),
    }
}

/// `fut.cancel(msg)` of a `_GatheringFuture`: cancel the children instead,
/// and remember that the gather itself was asked to cancel.
fn cancel_gathering(f: &Future, msg: Option<Value>) -> Option<PyResult<bool>> {
    let children = { f.gathering.get()?.children.clone() };
    if f.done() {
        return Some(Ok(false));
    }
    let mut ret = false;
    for child in &children {
        match cancel(child, msg.clone()) {
            Ok(true) => ret = true,
            Ok(false) => {}
            Err(e) => return Some(Err(e)),
        }
    }
    if ret {
        if let Some(g) = f.gathering.get() {
            g.cancel_requested.set(true);
        }
    }
    Some(Ok(ret))
}

/// `gather()`'s shared state (the closure of `_done_callback`): the outer
/// `_GatheringFuture` and its children in argument order (repeats included).
pub struct Gather {
    pub outer: Rc<Future>,
    children: RefCell<Vec<Value>>,
    nfuts: Cell<usize>,
    nfinished: Cell<usize>,
    return_exceptions: bool,
}

impl Gather {
    /// A gather without children yet; `push_child` each, then `finish`.
    pub fn new(event_loop: &Rc<EventLoop>, return_exceptions: bool) -> Rc<Gather> {
        Rc::new(Gather {
            outer: Rc::new(Future::new(event_loop.clone())),
            children: RefCell::new(Vec::new()),
            nfuts: Cell::new(0),
            nfinished: Cell::new(0),
            return_exceptions,
        })
    }

    /// The gather of `children` (distinct futures), as `asyncio.run`'s
    /// shutdown makes it.
    pub fn of(
        event_loop: &Rc<EventLoop>,
        children: Vec<Value>,
        return_exceptions: bool,
    ) -> Rc<Gather> {
        let gather = Gather::new(event_loop, return_exceptions);
        for child in children {
            gather.push_child(child, true);
        }
        gather.finish();
        gather
    }

    /// Appends a child (already through `ensure_future`); a `new` one gets
    /// `_done_callback` now, as `gather` adds it right after wrapping it.
    pub fn push_child(self: &Rc<Self>, child: Value, new: bool) {
        if new {
            self.nfuts.set(self.nfuts.get() + 1);
            if let Some(f) = as_future(&child) {
                f.add_done_callback(&child, DoneCallback::Gather(self.clone()));
            }
        }
        self.children.borrow_mut().push(child);
    }

    /// Makes the outer future a `_GatheringFuture` over the children.
    pub fn finish(&self) {
        let gathering = Box::new(Gathering {
            children: self.children.borrow().clone(),
            cancel_requested: Cell::new(false),
        });
        // `gather` finishes each of its gathers once, right after making it.
        let _ = self.outer.gathering.set(gathering);
    }

    /// `gather`'s `_done_callback(fut)`.
    pub fn child_done(&self, _vm: &Vm, fut: &Value) -> PyResult<()> {
        let f = as_future(fut).expect("gather children are futures");
        self.nfinished.set(self.nfinished.get() + 1);
        let outer_value = Value::Future(self.outer.clone());
        if self.outer.done() {
            if !f.cancelled() {
                // Mark exception retrieved.
                f.mark_retrieved();
            }
            return Ok(());
        }
        if !self.return_exceptions {
            if f.cancelled() {
                let exc = f.make_cancelled_error();
                return self.outer.set_exception(&outer_value, exc);
            }
            if let Some(exc) = f.exception_err() {
                return self.outer.set_exception(&outer_value, exc);
            }
        }
        if self.nfinished.get() == self.nfuts.get() {
            let children = self.children.borrow().clone();
            let mut results = Vec::with_capacity(children.len());
            for child in &children {
                let c = as_future(child).expect("gather children are futures");
                let res = if c.cancelled() {
                    let msg = c.cancel_message().unwrap_or_else(|| Value::str(""));
                    Value::Exception(PyErr::with_args(&types::CANCELLED_ERROR, vec![msg]).exc)
                } else {
                    match c.exception_err() {
                        Some(e) => Value::Exception(e.exc.clone()),
                        None => c.result()?,
                    }
                };
                results.push(res);
            }
            let cancel_requested = self
                .outer
                .gathering
                .get()
                .is_some_and(|g| g.cancel_requested.get());
            if cancel_requested {
                // CPython's loop variable: the last child.
                let last = children.last().expect("gather has children");
                let exc = as_future(last)
                    .expect("gather children are futures")
                    .make_cancelled_error();
                self.outer.set_exception(&outer_value, exc)?;
            } else {
                self.outer.set_result(&outer_value, Value::list(results))?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// The methods of `_asyncio.Future`, shared by `_asyncio.Task` (see
// `tasks::SPEC`); errors name the receiver's class as CPython's do, since
// each C type has its own copy of the method.

pub const SPEC: TypeSpec = TypeSpec {
    doc: "The outcome of an operation that will finish later: pending until a \
result or an exception is set, or it is cancelled.",
    members: &[&[
        Member::method("done", done, "Whether the future has a result, an exception or was cancelled."),
        Member::method("cancelled", cancelled, "Whether the future was cancelled."),
        Member::method(
            "result",
            result,
            "The result; raises the exception set, CancelledError, or InvalidStateError while pending.",
        ),
        Member::method(
            "exception",
            exception,
            "The exception set (None if a result was); CancelledError or InvalidStateError otherwise.",
        ),
        Member::method("cancel", cancel_method, "Cancel the future unless it is done; whether it was cancelled."),
        Member::method(
            "add_done_callback",
            add_done_callback,
            "Call fn(future) soon after the future is done.",
        ),
        Member::method(
            "remove_done_callback",
            remove_done_callback,
            "Forget every registration of a callback; how many there were.",
        ),
        Member::method("set_result", set_result_method, "Finish the future with a result."),
        Member::method("set_exception", set_exception_method, "Finish the future with an exception."),
        Member::method("get_loop", get_loop, "The event loop the future belongs to."),
        Member::getter(
            "_asyncio_future_blocking",
            future_blocking,
            "True only between a future's __await__ yielding it and its task taking it; \
so always False when Python code reads it.",
        ),
    ]],
};

fn future_blocking(_vm: &Vm, _me: &Value) -> PyResult {
    Ok(Value::Bool(false))
}

/// The receiver of a Future method: a future or a task.
fn future(v: &Value) -> &Future {
    as_future(v).expect("a Future method is only called on a future or a task")
}

/// `Future` or `Task`, as the method's error messages name it.
fn class_name(v: &Value) -> &'static str {
    match v {
        Value::Task(_) => "Task",
        _ => "Future",
    }
}

fn no_args(me: &Value, name: &str, args: Args) -> PyResult<()> {
    parse_args(class_name(me), name, Sig::NoArgs, args).map(|_| ())
}

fn done(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(me, "done", args)?;
    Ok(Value::Bool(future(me).done()))
}

fn cancelled(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(me, "cancelled", args)?;
    Ok(Value::Bool(future(me).cancelled()))
}

fn result(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(me, "result", args)?;
    future(me).result()
}

fn exception(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(me, "exception", args)?;
    future(me).exception()
}

fn get_loop(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(me, "get_loop", args)?;
    Ok(super::loop_object::loop_object(&future(me).event_loop))
}

fn cancel_method(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [msg]: [Option<Value>; 1] =
        parse_args(class_name(me), "cancel", Sig::Keywords(&["msg"]), args)?
            .try_into()
            .expect("one parameter");
    Ok(Value::Bool(cancel(me, msg)?))
}

/// `add_done_callback(fn, /, *, context=None)`.
fn add_done_callback(_vm: &Vm, me: &Value, mut args: Args) -> PyResult {
    let n = args.positional.len();
    if n != 1 {
        return Err(PyErr::type_error(format!(
            "add_done_callback() takes exactly 1 positional argument ({n} given)"
        )));
    }
    let _context = args.take_keyword("context");
    if let Some((k, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for add_done_callback()"
        )));
    }
    let cb = args.positional.pop().expect("one argument");
    future(me).add_done_callback(me, DoneCallback::Python(cb));
    Ok(Value::None)
}

fn remove_done_callback(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let cb = one(me, "remove_done_callback", args)?;
    let removed = future(me).remove_done_callback(&DoneCallback::Python(cb));
    Ok(Value::Int(removed as i64))
}

fn one(me: &Value, name: &str, args: Args) -> PyResult<Value> {
    let mut a = parse_args(class_name(me), name, Sig::One, args)?;
    Ok(a.pop().flatten().expect("one argument"))
}

/// `_asyncio.Future`'s "invalid state" (the pure-Python `futures.py`
/// names the state instead).
fn check_pending(fut: &Future) -> PyResult<()> {
    if fut.done() {
        return Err(PyErr::new(&types::INVALID_STATE_ERROR, "invalid state"));
    }
    Ok(())
}

fn set_result_method(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = one(me, "set_result", args)?;
    if let Value::Task(_) = me {
        return Err(PyErr::runtime_error(
            "Task does not support set_result operation",
        ));
    }
    let fut = future(me);
    check_pending(fut)?;
    fut.set_result(me, v).map(|_| Value::None)
}

/// `future_set_exception` in `Modules/_asynciomodule.c`: a class is
/// instantiated first; StopIteration itself is refused.
fn set_exception_method(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = one(me, "set_exception", args)?;
    if let Value::Task(_) = me {
        return Err(PyErr::runtime_error(
            "Task does not support set_exception operation",
        ));
    }
    let fut = future(me);
    check_pending(fut)?;
    let exc = match v {
        Value::Type(t) if t.is(&types::BASE_EXCEPTION) => {
            let made = vm.call(&Value::Type(t), Args::default())?;
            check_pending(fut)?;
            made
        }
        other => other,
    };
    let Value::Exception(e) = exc else {
        return Err(PyErr::type_error("invalid exception object"));
    };
    if matches!(&e.cls, TypeRef::Builtin(t) if std::ptr::eq(*t, &types::STOP_ITERATION)) {
        return Err(PyErr::type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    fut.set_exception(me, PyErr::from_exception(e))
        .map(|_| Value::None)
}
