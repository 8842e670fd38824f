//! `asyncio.Task`, mirroring CPython's `tasks.Task` (`__step`, `__wakeup`,
//! `cancel`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::events::{Callback, EventLoop, Handle};
use super::exception_handler::{Entry, ErrorContext};
use super::futures::{self, DoneCallback, Future};
use super::observer::{id_of, Awaiting, LoopObserver, TaskInfo, TaskOutcome};
use super::task_set::TaskSet;
use crate::interp::coroutine::{Coroutine, Step, Suspend, Transfer};
use crate::interp::Vm;
use crate::object::methods::{parse_args, Sig};
use crate::object::types::{self, Member, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};

/// What few tasks have: kept out of line, since a program may hold a
/// hundred thousand tasks that have none of it.
#[derive(Default)]
struct TaskExtra {
    /// A name given with `name=` or `set_name`.
    name: Option<Rc<str>>,
    /// The message of a pending `cancel(msg)`.
    cancel_message: Option<Value>,
    /// In debug mode, the line of Python code that made it, as `FILE:LINE`
    /// (`_source_traceback`'s last frame).
    created_at: Option<Box<str>>,
    /// While it is suspended, the exceptions its frames' `except` clauses
    /// are handling, which `sys.exc_info()` sees only while it runs
    /// (CPython keeps them in each coroutine's `exc_state`).
    handled: Vec<Rc<crate::object::PyException>>,
    /// The task of the `TaskGroup` that made it, which awaits it in the
    /// group's `__aexit__` (CPython 3.14's `future_add_to_awaited_by`):
    /// the deadlock verdict's await tree draws it below that task.
    awaited_by: Option<std::rc::Weak<Task>>,
}

pub struct Task {
    pub future: Future,
    pub coro: Rc<Coroutine>,
    /// N of the `Task-N` it is called unless named (spelled out only when
    /// asked for).
    number: u64,
    /// The future this task waits on (`_fut_waiter`).
    fut_waiter: Cell<Option<Value>>,
    must_cancel: Cell<bool>,
    num_cancels_requested: Cell<u32>,
    /// `Task._log_destroy_pending`: say so when dropped while pending
    /// (off for the tasks `run_until_complete` and `gather` make).
    log_destroy_pending: Cell<bool>,
    /// Boxed and made on first use: few tasks need it.
    extra: std::cell::OnceCell<Box<RefCell<TaskExtra>>>,
    /// The `contextvars.Context` every step runs in: a copy of the
    /// creator's, or the `context=` given to `create_task`.
    context: RefCell<Value>,
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
        // Only unnamed tasks take a number (`tasks._task_name_counter`).
        let number = match name {
            Some(_) => 0,
            None => {
                let n = vm.task_counter.get() + 1;
                vm.task_counter.set(n);
                n
            }
        };
        let task = Rc::new(Task {
            future: Future::new(event_loop.clone()),
            coro,
            number,
            fut_waiter: Cell::new(None),
            must_cancel: Cell::new(false),
            num_cancels_requested: Cell::new(0),
            log_destroy_pending: Cell::new(true),
            extra: std::cell::OnceCell::new(),
            context: RefCell::new(crate::stdlib::contextvars::copy_current()),
        });
        if let Some(name) = name {
            task.set_name(name);
        }
        if let Some(observer) = event_loop.observer() {
            task.report_created(vm, event_loop, &**observer);
        }
        event_loop.call_soon(Callback::TaskStep(task.clone(), None));
        event_loop.register_task(&task);
        vm.guard.task_spawned(vm, event_loop);
        task
    }

    fn report_created(
        self: &Rc<Self>,
        vm: &Vm,
        event_loop: &EventLoop,
        observer: &dyn LoopObserver,
    ) {
        let created_at = vm
            .current_location()
            .map(|(source, line)| format!("{}:{}", short_name(&source.name), line));
        observer.task_created(
            event_loop.time(),
            TaskInfo {
                id: id_of(self),
                name: self.name(),
                coro: Rc::from(self.coro.qualname()),
                parent: event_loop.current_task().map(|t| id_of(&t)),
                created_at,
            },
        );
    }

    /// `FILE:LINE` of this task's own frame, for the observer.
    fn frame_at(&self, vm: &Vm) -> Option<String> {
        let (source, _) = self.coro.definition()?;
        let line = self.coro.frame_line(Some(vm))?;
        Some(format!("{}:{}", short_name(&source.name), line))
    }

    fn with_extra<R>(&self, f: impl FnOnce(&mut TaskExtra) -> R) -> R {
        f(&mut self.extra.get_or_init(Default::default).borrow_mut())
    }

    pub fn set_created_at(&self, at: String) {
        self.with_extra(|x| x.created_at = Some(at.into_boxed_str()));
    }

    pub fn set_awaited_by(&self, parent: &Rc<Task>) {
        self.with_extra(|x| x.awaited_by = Some(Rc::downgrade(parent)));
    }

    pub fn awaited_by(&self) -> Option<Rc<Task>> {
        self.extra.get()?.borrow().awaited_by.as_ref()?.upgrade()
    }

    pub fn created_at(&self) -> Option<String> {
        let extra = self.extra.get()?.borrow();
        extra.created_at.as_ref().map(|at| at.to_string())
    }

    fn cancel_message(&self) -> Option<Value> {
        self.extra.get()?.borrow().cancel_message.clone()
    }

    pub fn set_log_destroy_pending(&self, on: bool) {
        self.log_destroy_pending.set(on);
    }

    pub fn name(&self) -> Rc<str> {
        match self.extra.get().and_then(|x| x.borrow().name.clone()) {
            Some(name) => name,
            None => Rc::from(format!("Task-{}", self.number)),
        }
    }

    /// `create_task(..., context=ctx)`: the steps run in `ctx` instead of
    /// a copy of the creator's context (None keeps the copy).
    pub fn set_context(&self, context: Option<Value>) -> PyResult<()> {
        match context {
            None | Some(Value::None) => Ok(()),
            Some(c) => {
                *self.context.borrow_mut() = crate::stdlib::contextvars::expect_context(c)?;
                Ok(())
            }
        }
    }

    pub fn set_name(self: &Rc<Self>, name: Rc<str>) {
        if let Some(observer) = self.future.event_loop.observer() {
            observer.task_renamed(id_of(self), name.clone());
        }
        self.with_extra(|x| x.name = Some(name));
    }

    pub fn fut_waiter(&self) -> Option<Value> {
        let waiter = self.fut_waiter.take();
        self.fut_waiter.set(waiter.clone());
        waiter
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
    /// Cancelling a task that awaits a task cancels that one too, by
    /// recursion as in CPython: a cycle of tasks awaiting each other ends in
    /// RecursionError, not in a stack overflow.
    pub fn cancel(self: &Rc<Self>, msg: Option<Value>) -> PyResult<bool> {
        self.future.mark_retrieved();
        if self.future.done() {
            return Ok(false);
        }
        self.num_cancels_requested
            .set(self.num_cancels_requested.get() + 1);
        if let Some(observer) = self.future.event_loop.observer() {
            observer.cancel_requested(self.future.event_loop.time(), id_of(self));
        }
        let waiter = self.fut_waiter();
        if let Some(waiter) = waiter {
            let vm = self.future.event_loop.vm();
            let _depth = vm.as_ref().map(|vm| vm.enter_frame()).transpose()?;
            if futures::cancel(&waiter, msg.clone())? {
                // The waiter stays recorded: a Task that swallows the
                // cancellation may need cancelling again.
                return Ok(true);
            }
        }
        self.must_cancel.set(true);
        if msg.is_some() || self.extra.get().is_some() {
            self.with_extra(|x| x.cancel_message = msg);
        }
        Ok(true)
    }

    fn cancelled_error(&self) -> Box<PyErr> {
        match self.cancel_message() {
            Some(msg) => PyErr::with_args(&types::CANCELLED_ERROR, vec![msg]),
            None => PyErr::with_args(&types::CANCELLED_ERROR, vec![]),
        }
    }

    /// `Task.__step`: sends into (or throws into) the coroutine once and acts
    /// on what it yields.
    /// Runs the coroutine one step with the exceptions its suspended
    /// `except` clauses handle back on `vm.handled`, and takes them off
    /// again when it suspends, so that interleaved tasks do not see each
    /// other's.
    fn resume_coro(&self, vm: &Vm, input: Transfer) -> Step {
        let depth = vm.handled.borrow().len();
        if let Some(extra) = self.extra.get() {
            let saved = std::mem::take(&mut extra.borrow_mut().handled);
            vm.handled.borrow_mut().extend(saved);
        }
        let step = self.coro.resume(vm, input);
        let above = {
            let mut handled = vm.handled.borrow_mut();
            let keep = depth.min(handled.len());
            handled.split_off(keep)
        };
        if matches!(step, Step::Yielded(_)) && !above.is_empty() {
            self.with_extra(|x| x.handled = above);
        }
        step
    }

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
        drop(self.fut_waiter.take());

        let event_loop = self.future.event_loop.clone();
        let previous = event_loop.set_current_task(Some(self.clone()));
        let input = match exc {
            None => Transfer::Send(Value::None),
            Some(e) => Transfer::Throw(e),
        };
        if let Some(observer) = event_loop.observer() {
            self.report_step_begin(vm, &event_loop, &**observer);
        }
        let context = self.context.borrow().clone();
        let step = crate::stdlib::contextvars::run_in(&context, || self.resume_coro(vm, input));
        if let Some(observer) = event_loop.observer() {
            self.report_step_end(vm, &event_loop, &**observer, &step);
        }
        let me = Value::Task(self.clone());
        let mut escaped = None;
        match step {
            Step::Returned(v) => {
                if self.must_cancel.get() {
                    // The task was cancelled right before it returned.
                    self.must_cancel.set(false);
                    let msg = self.cancel_message();
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
        match escaped {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    #[cold]
    #[inline(never)]
    fn report_step_begin(
        self: &Rc<Self>,
        vm: &Vm,
        event_loop: &EventLoop,
        observer: &dyn LoopObserver,
    ) {
        observer.step_begin(event_loop.time(), id_of(self), self.frame_at(vm));
    }

    /// Where the step stopped and what the task waits on now, or how it
    /// ended.
    #[cold]
    #[inline(never)]
    fn report_step_end(
        self: &Rc<Self>,
        vm: &Vm,
        event_loop: &EventLoop,
        observer: &dyn LoopObserver,
        step: &Step,
    ) {
        let now = event_loop.time();
        let awaiting = match step {
            Step::Yielded(Value::Task(t)) => Awaiting::Task(id_of(t), t.name()),
            Step::Yielded(Value::Future(f)) => Awaiting::Future(f.clone()),
            Step::Yielded(_) => Awaiting::Yield,
            _ => Awaiting::Nothing,
        };
        observer.step_end(now, id_of(self), self.frame_at(vm), awaiting);
        let outcome = match step {
            Step::Yielded(_) => return,
            Step::Returned(_) if self.must_cancel.get() => TaskOutcome::Cancelled,
            Step::Returned(_) => TaskOutcome::Done,
            Step::Raised(e) if e.is_instance(&types::CANCELLED_ERROR) => TaskOutcome::Cancelled,
            Step::Raised(_) => TaskOutcome::Failed,
        };
        observer.task_finished(now, id_of(self), outcome);
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
                drop(self.fut_waiter.replace(Some(result.clone())));
                if self.must_cancel.get() {
                    let msg = self.cancel_message();
                    match futures::cancel(&result, msg) {
                        Ok(true) => self.must_cancel.set(false),
                        Ok(false) => {}
                        Err(e) => event_loop.report_error(&e),
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

/// A script's path as the observer reports it: its file name.
fn short_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// `Task.__del__` and `Future.__del__`: a task dropped while pending, or
/// that failed without anyone retrieving its exception, says so when it
/// goes away, as CPython's reference counting (or garbage collector) makes
/// it do.
impl Drop for Task {
    fn drop(&mut self) {
        let Some(vm) = self.future.event_loop.vm() else {
            return;
        };
        // A halted run (a deadlock verdict) said all there is to say.
        if vm.halted.get().is_some() {
            return;
        }
        if !self.future.done() {
            if self.log_destroy_pending.get() {
                // `Task.__del__`, logged by `default_exception_handler`;
                // the coroutine is closed after, when it is dropped.
                let context = ErrorContext::new("Task was destroyed but it is pending!", None)
                    .with("task", Entry::Repr(super::task_repr(self)));
                let _ = self.future.event_loop.call_exception_handler(&vm, context);
            }
            return;
        }
        let Some(exc) = self.future.unretrieved_exception() else {
            return;
        };
        // Reported here, as a task's: not again by its future.
        self.future.mark_retrieved();
        let context = ErrorContext::new("Task exception was never retrieved", Some(exc))
            .with("future", Entry::Repr(super::task_repr(self)));
        let _ = self.future.event_loop.call_exception_handler(&vm, context);
    }
}

// ---------------------------------------------------------------------------
// The module functions of `tasks.py`: ensure_future, gather, shield, wait,
// wait_for, as_completed, each mirroring CPython 3.11's algorithm step for
// step so that it takes the same number of loop iterations.

/// `events.get_running_loop()`.
pub fn get_running_loop(vm: &Vm) -> PyResult<Rc<EventLoop>> {
    vm.running_loop
        .borrow()
        .clone()
        .ok_or_else(|| PyErr::runtime_error("no running event loop"))
}

/// A coroutine object whose body is Rust (an `async def` of asyncio's).
pub(super) fn native_coroutine(
    vm: &Vm,
    name: &str,
    qualname: &str,
    body: impl std::future::Future<Output = PyResult> + 'static,
) -> Value {
    Value::Coroutine(Coroutine::new(
        Rc::from(name),
        Rc::from(qualname),
        None,
        Box::pin(body),
        Some(vm.weak()),
    ))
}

/// `raise t() from cause`, raised while `cause` is being handled.
pub(super) fn raise_from(t: &'static types::TypeObject, cause: &PyErr) -> Box<PyErr> {
    let err = PyErr::with_args(t, vec![]);
    err.exc.set_cause(&cause.exc);
    err
}

fn is_future(v: &Value) -> bool {
    matches!(v, Value::Future(_) | Value::Task(_))
}

/// `coroutines.iscoroutine`, which in 3.11 counts generators too.
pub fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Coroutine(_) | Value::Generator(_))
}

/// `tasks._ensure_future`: a future as it is, a coroutine wrapped in a new
/// task of the running loop.
pub fn ensure_future(vm: &Vm, obj: Value) -> PyResult {
    match obj {
        Value::Future(_) | Value::Task(_) => Ok(obj),
        Value::Coroutine(c) => {
            let event_loop = get_running_loop(vm)?;
            Ok(Value::Task(Task::spawn(vm, &event_loop, c, None)))
        }
        _ => Err(PyErr::type_error(
            "An asyncio.Future, a coroutine or an awaitable is required",
        )),
    }
}

/// `tasks._release_waiter(waiter)`.
fn release_waiter(waiter: &Rc<Future>) -> PyResult<()> {
    if !waiter.done() {
        waiter.set_result(&Value::Future(waiter.clone()), Value::None)?;
    }
    Ok(())
}

/// `functools.partial(_release_waiter, waiter)` as a done callback.
fn release_waiter_done_callback(waiter: &Rc<Future>) -> DoneCallback {
    let waiter = waiter.clone();
    futures::native_callback(move |_vm, _fut| release_waiter(&waiter))
}

/// `loop.call_later(timeout, _release_waiter, waiter)`'s callback.
fn release_waiter_callback(waiter: &Rc<Future>) -> Callback {
    let waiter = waiter.clone();
    Callback::Native(Rc::new(move |_vm| release_waiter(&waiter)))
}

fn future_of(v: &Value) -> &Future {
    futures::as_future(v).expect("a future or task")
}

/// `gather(*coros_or_futures, return_exceptions=False)`.
pub fn gather(vm: &Vm, args: Args) -> PyResult {
    let mut return_exceptions = false;
    for (name, v) in &args.keywords {
        if &**name != "return_exceptions" {
            return Err(PyErr::type_error(format!(
                "gather() got an unexpected keyword argument '{}'",
                name
            )));
        }
        return_exceptions = vm.truth(v)?;
    }
    if args.positional.is_empty() {
        let event_loop = get_running_loop(vm)?;
        let outer = Rc::new(Future::new(event_loop));
        outer.set_result(&Value::Future(outer.clone()), Value::list(vec![]))?;
        return Ok(Value::Future(outer));
    }
    // `arg_to_fut` of `tasks.gather`, keyed by identity: awaitables hash
    // by identity. The arguments it holds stay alive, so no address is
    // reused while it exists.
    let mut arg_to_fut: HashMap<usize, (Value, Value)> = HashMap::new();
    let mut gather: Option<Rc<futures::Gather>> = None;
    for arg in args.positional {
        // `arg not in arg_to_fut` hashes the argument.
        crate::object::set::hash_of(&arg)?;
        if let Some((_, fut)) = arg_to_fut.get(&arg.address()) {
            // A repeated awaitable: one child, listed again.
            let fut = fut.clone();
            gather
                .as_ref()
                .expect("made with the first child")
                .push_child(fut, false);
            continue;
        }
        let fut = ensure_future(vm, arg.clone())?;
        if let (Value::Task(t), false) = (&fut, fut.is(&arg)) {
            t.set_log_destroy_pending(false);
        }
        let g = gather.get_or_insert_with(|| {
            futures::Gather::new(&future_of(&fut).event_loop, return_exceptions)
        });
        g.push_child(fut.clone(), true);
        arg_to_fut.insert(arg.address(), (arg, fut));
    }
    let gather = gather.expect("at least one child");
    gather.finish();
    if let Some(observer) = gather.outer.event_loop.observer() {
        observer.label_future(&gather.outer, "gather()".to_string());
    }
    Ok(Value::Future(gather.outer.clone()))
}

/// `shield(arg)`.
pub fn shield(vm: &Vm, args: Args) -> PyResult {
    let [arg] = super::parse_args("shield", args, ["arg"], 1)?;
    let inner = ensure_future(vm, arg.expect("required"))?;
    let fi = future_of(&inner);
    if fi.done() {
        // Shortcut.
        return Ok(inner);
    }
    let outer = Rc::new(Future::new(fi.event_loop.clone()));
    let inner_done = {
        let outer = outer.clone();
        futures::native_callback(move |_vm, inner| {
            let fi = future_of(inner);
            let ov = Value::Future(outer.clone());
            if outer.cancelled() {
                if !fi.cancelled() {
                    // Nobody will read inner's outcome now: no warning about it.
                    fi.mark_retrieved();
                }
                return Ok(());
            }
            if fi.cancelled() {
                outer.cancel(&ov, None);
            } else if let Some(e) = fi.exception_err() {
                outer.set_exception(&ov, e)?;
            } else {
                outer.set_result(&ov, fi.result()?)?;
            }
            Ok(())
        })
    };
    let outer_done = {
        let inner = inner.clone();
        let inner_done = inner_done.clone();
        futures::native_callback(move |_vm, _outer| {
            let fi = future_of(&inner);
            if !fi.done() {
                fi.remove_done_callback(&inner_done);
            }
            Ok(())
        })
    };
    fi.add_done_callback(&inner, inner_done);
    outer.add_done_callback(&Value::Future(outer.clone()), outer_done);
    Ok(Value::Future(outer))
}

/// `tasks._cancel_and_wait(fut)`: cancel it and wait until it is done,
/// through a waiter so that this wait is itself cancellable.
async fn cancel_and_wait(vm: &Vm, event_loop: &Rc<EventLoop>, fut: &Value) -> PyResult<()> {
    let waiter = Rc::new(Future::new(event_loop.clone()));
    let cb = release_waiter_done_callback(&waiter);
    let f = future_of(fut);
    f.add_done_callback(fut, cb.clone());
    futures::cancel(fut, None)?;
    let result = super::await_future(vm, Value::Future(waiter)).await;
    f.remove_done_callback(&cb);
    result.map(|_| ())
}

fn is_cancelled_error(e: &PyErr) -> bool {
    e.is_instance(&types::CANCELLED_ERROR)
}

/// `fut.result()`, a CancelledError turned into `TimeoutError() from exc`.
fn result_or_timeout(f: &Future) -> PyResult {
    match f.result() {
        Err(e) if is_cancelled_error(&e) => Err(raise_from(&types::TIMEOUT_ERROR, &e)),
        r => r,
    }
}

fn to_seconds(v: &Value) -> PyResult<f64> {
    crate::object::ops::to_f64(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "unsupported operand type(s) for +: 'float' and '{}'",
            v.type_name()
        ))
    })
}

/// `wait_for(fut, timeout)`, the 3.11 version (a waiter future and a
/// `call_later` timer, not 3.12's `timeouts.timeout`).
pub fn wait_for(vm: &Vm, args: Args) -> PyResult {
    let [fut, timeout] = super::parse_args("wait_for", args, ["fut", "timeout"], 2)?;
    let fut = fut.expect("required");
    let timeout = timeout.expect("required");
    let vm_rc = vm.rc();
    Ok(native_coroutine(vm, "wait_for", "wait_for", async move {
        let vm = &*vm_rc;
        let event_loop = get_running_loop(vm)?;
        if timeout.is_none() {
            return vm.await_value(fut).await;
        }
        if crate::object::ops::compare(crate::syntax::ast::CmpOp::LtE, &timeout, &Value::Int(0))? {
            let fut = ensure_future(vm, fut)?;
            let f = future_of(&fut);
            if f.done() {
                return f.result();
            }
            cancel_and_wait(vm, &event_loop, &fut).await?;
            return result_or_timeout(f);
        }
        let waiter = Rc::new(Future::new(event_loop.clone()));
        let delay = to_seconds(&timeout)?;
        let timeout_handle = event_loop.call_later(delay, release_waiter_callback(&waiter));
        let cb = release_waiter_done_callback(&waiter);
        let fut = match ensure_future(vm, fut) {
            Ok(f) => f,
            Err(e) => {
                event_loop.cancel_handle(&timeout_handle);
                return Err(e);
            }
        };
        let f = future_of(&fut);
        f.add_done_callback(&fut, cb.clone());
        let result = async {
            // Whichever comes first: the awaited future's end or the timer.
            match super::await_future(vm, Value::Future(waiter.clone())).await {
                Ok(_) => {}
                Err(e) if is_cancelled_error(&e) => {
                    if f.done() {
                        return f.result();
                    }
                    f.remove_done_callback(&cb);
                    // wait_for() never returns while its task still runs.
                    cancel_and_wait(vm, &event_loop, &fut).await?;
                    return Err(e);
                }
                Err(e) => return Err(e),
            }
            if f.done() {
                return f.result();
            }
            f.remove_done_callback(&cb);
            cancel_and_wait(vm, &event_loop, &fut).await?;
            // A task that ended in an error while being cancelled raises it.
            result_or_timeout(f)
        }
        .await;
        event_loop.cancel_handle(&timeout_handle);
        result
    }))
}

pub const FIRST_COMPLETED: &str = "FIRST_COMPLETED";
pub const FIRST_EXCEPTION: &str = "FIRST_EXCEPTION";
pub const ALL_COMPLETED: &str = "ALL_COMPLETED";

/// `wait(fs, *, timeout=None, return_when=ALL_COMPLETED)`: `(done, pending)`
/// as two sets.
pub fn wait(vm: &Vm, mut args: Args) -> PyResult {
    let timeout = args.take_keyword("timeout").unwrap_or_default();
    let return_when = args
        .take_keyword("return_when")
        .unwrap_or_else(|| Value::str(ALL_COMPLETED));
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "wait() takes 1 positional argument but {} were given",
            args.positional.len()
        )));
    }
    let [fs] = super::parse_args("wait", args, ["fs"], 1)?;
    let fs = fs.expect("required");
    let vm_rc = vm.rc();
    Ok(native_coroutine(vm, "wait", "wait", async move {
        let vm = &*vm_rc;
        if is_future(&fs) || is_coroutine(&fs) {
            return Err(PyErr::type_error(format!(
                "expect a list of futures, not {}",
                fs.type_name()
            )));
        }
        if !vm.truth(&fs)? {
            return Err(PyErr::value_error("Set of Tasks/Futures is empty."));
        }
        let valid = matches!(&return_when, Value::Str(s)
            if [FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED].contains(&&**s));
        if !valid {
            return Err(PyErr::value_error(format!(
                "Invalid return_when value: {}",
                crate::object::repr::str_plain(&return_when)
            )));
        }
        let fs = crate::object::set::new_set(vm.iterate(&fs)?)?;
        let fs = vm.iterate(&fs)?;
        if fs.iter().any(is_coroutine) {
            return Err(PyErr::type_error(
                "Passing coroutines is forbidden, use tasks explicitly.",
            ));
        }
        let event_loop = get_running_loop(vm)?;
        let Value::Str(return_when) = return_when else {
            unreachable!("checked above")
        };
        wait_inner(vm, &event_loop, fs, timeout, &return_when).await
    }))
}

/// `tasks._wait(fs, timeout, return_when, loop)`.
async fn wait_inner(
    vm: &Vm,
    event_loop: &Rc<EventLoop>,
    fs: Vec<Value>,
    timeout: Value,
    return_when: &str,
) -> PyResult {
    let waiter = Rc::new(Future::new(event_loop.clone()));
    let timeout_handle: Rc<RefCell<Option<Rc<Handle>>>> = Rc::new(RefCell::new(None));
    if !timeout.is_none() {
        let delay = to_seconds(&timeout)?;
        *timeout_handle.borrow_mut() =
            Some(event_loop.call_later(delay, release_waiter_callback(&waiter)));
    }
    let counter = Rc::new(Cell::new(fs.len()));
    let on_completion = {
        let waiter = waiter.clone();
        let timeout_handle = timeout_handle.clone();
        let event_loop = event_loop.clone();
        let first_completed = return_when == FIRST_COMPLETED;
        let first_exception = return_when == FIRST_EXCEPTION;
        futures::native_callback(move |_vm, f| {
            counter.set(counter.get().saturating_sub(1));
            let fut = future_of(f);
            let failed =
                || -> PyResult<bool> { Ok(!fut.cancelled() && !fut.exception()?.is_none()) };
            if counter.get() == 0 || first_completed || (first_exception && failed()?) {
                if let Some(h) = &*timeout_handle.borrow() {
                    event_loop.cancel_handle(h);
                }
                release_waiter(&waiter)?;
            }
            Ok(())
        })
    };
    for f in &fs {
        match futures::as_future(f) {
            Some(fut) => fut.add_done_callback(f, on_completion.clone()),
            None => return Err(PyErr::attribute_error(f, "add_done_callback")),
        }
    }
    let result = super::await_future(vm, Value::Future(waiter)).await;
    if let Some(h) = &*timeout_handle.borrow() {
        event_loop.cancel_handle(h);
    }
    for f in &fs {
        future_of(f).remove_done_callback(&on_completion);
    }
    result?;
    let (done, pending): (Vec<Value>, Vec<Value>) =
        fs.into_iter().partition(|f| future_of(f).done());
    Ok(Value::tuple(vec![
        crate::object::set::new_set(done)?,
        crate::object::set::new_set(pending)?,
    ]))
}

/// The `asyncio.Queue` that `as_completed` delivers finished futures
/// through (`None` for a timeout), reduced to what it uses: `put_nowait`
/// and `get` with their waking order.
struct DoneQueue {
    items: RefCell<std::collections::VecDeque<Value>>,
    getters: RefCell<std::collections::VecDeque<Rc<Future>>>,
}

impl DoneQueue {
    /// `Queue._wakeup_next(self._getters)`.
    fn wakeup_next(&self) -> PyResult<()> {
        loop {
            let waiter = self.getters.borrow_mut().pop_front();
            let Some(waiter) = waiter else { return Ok(()) };
            if !waiter.done() {
                return waiter.set_result(&Value::Future(waiter.clone()), Value::None);
            }
        }
    }

    fn put_nowait(&self, item: Value) -> PyResult<()> {
        self.items.borrow_mut().push_back(item);
        self.wakeup_next()
    }

    /// `Queue.get()`.
    async fn get(&self, vm: &Vm, event_loop: &Rc<EventLoop>) -> PyResult {
        while self.items.borrow().is_empty() {
            let getter = Rc::new(Future::new(event_loop.clone()));
            self.getters.borrow_mut().push_back(getter.clone());
            if let Err(e) = super::await_future(vm, Value::Future(getter.clone())).await {
                getter.cancel(&Value::Future(getter.clone()), None);
                self.getters
                    .borrow_mut()
                    .retain(|g| !Rc::ptr_eq(g, &getter));
                if !self.items.borrow().is_empty() && !getter.cancelled() {
                    self.wakeup_next()?;
                }
                return Err(e);
            }
        }
        let item = self.items.borrow_mut().pop_front();
        Ok(item.expect("not empty"))
    }
}

/// `as_completed(fs, *, timeout=None)`: a generator (its body runs at the
/// first `next()`) of `_wait_for_one()` coroutines.
pub fn as_completed(vm: &Vm, mut args: Args) -> PyResult {
    let timeout = args.take_keyword("timeout").unwrap_or_default();
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "as_completed() takes 1 positional argument but {} were given",
            args.positional.len()
        )));
    }
    let [fs] = super::parse_args("as_completed", args, ["fs"], 1)?;
    let fs = fs.expect("required");
    let vm_rc = vm.rc();
    let body = async move {
        let vm = &*vm_rc;
        if is_future(&fs) || is_coroutine(&fs) {
            return Err(PyErr::type_error(format!(
                "expect an iterable of futures, not {}",
                fs.type_name()
            )));
        }
        let done = Rc::new(DoneQueue {
            items: RefCell::new(Default::default()),
            getters: RefCell::new(Default::default()),
        });
        let event_loop = get_running_loop(vm)?;
        let unique = crate::object::set::new_set(vm.iterate(&fs)?)?;
        let mut wrapped = Vec::new();
        for f in vm.iterate(&unique)? {
            wrapped.push(ensure_future(vm, f)?);
        }
        let todo_set = crate::object::set::new_set(wrapped)?;
        let todo: Rc<RefCell<TaskSet>> = Rc::new(RefCell::new(TaskSet::new()));
        for f in vm.iterate(&todo_set)? {
            todo.borrow_mut().add(f);
        }
        let timeout_handle: Rc<RefCell<Option<Rc<Handle>>>> = Rc::new(RefCell::new(None));
        let on_completion = {
            let todo = todo.clone();
            let done = done.clone();
            let timeout_handle = timeout_handle.clone();
            let event_loop = event_loop.clone();
            futures::native_callback(move |_vm, f| {
                if todo.borrow().is_empty() {
                    return Ok(()); // _on_timeout() was here first.
                }
                todo.borrow_mut().discard(f);
                done.put_nowait(f.clone())?;
                if todo.borrow().is_empty() {
                    if let Some(h) = &*timeout_handle.borrow() {
                        event_loop.cancel_handle(h);
                    }
                }
                Ok(())
            })
        };
        let on_timeout = {
            let todo = todo.clone();
            let done = done.clone();
            let on_completion = on_completion.clone();
            Callback::Native(Rc::new(move |_vm: &Vm| {
                let items = todo.borrow_mut().take();
                for f in &items {
                    future_of(f).remove_done_callback(&on_completion);
                    done.put_nowait(Value::None)?;
                }
                Ok(())
            }))
        };
        let count = todo.borrow().len();
        for f in todo.borrow().members() {
            future_of(&f).add_done_callback(&f, on_completion.clone());
        }
        if count > 0 && !timeout.is_none() {
            let delay = to_seconds(&timeout)?;
            *timeout_handle.borrow_mut() = Some(event_loop.call_later(delay, on_timeout));
        }
        for _ in 0..count {
            let done = done.clone();
            let event_loop = event_loop.clone();
            let inner_vm = vm.rc();
            let one = native_coroutine(
                vm,
                "_wait_for_one",
                "as_completed.<locals>._wait_for_one",
                async move {
                    let vm = &*inner_vm;
                    let f = done.get(vm, &event_loop).await?;
                    if f.is_none() {
                        // None is what the timeout callback put in the queue.
                        return Err(PyErr::with_args(&types::TIMEOUT_ERROR, vec![]));
                    }
                    future_of(&f).result()
                },
            );
            Suspend::new(vm, one).await?;
        }
        Ok(Value::None)
    };
    Ok(Value::Generator(Coroutine::new(
        Rc::from("as_completed"),
        Rc::from("as_completed"),
        None,
        Box::pin(body),
        None,
    )))
}

// ---------------------------------------------------------------------------
// What `_asyncio.Task` adds to the methods of `Future` (`futures::SPEC`).

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A future that runs a coroutine on the event loop.",
    members: &[&[
        Member::method("get_name", get_name, "The task's name."),
        Member::method(
            "set_name",
            set_name,
            "Rename the task (the value is made a str).",
        ),
        Member::method("get_coro", get_coro, "The coroutine the task runs."),
        Member::method(
            "print_stack",
            super::task_stack::print_stack,
            "Print the frame the task is suspended in, or the traceback it ended with.",
        ),
        Member::method(
            "get_stack",
            super::task_stack::get_stack,
            "The task's frames (not supported: there are no frame objects).",
        ),
        Member::method(
            "cancelling",
            cancelling,
            "How many cancellation requests are pending.",
        ),
        Member::method(
            "uncancel",
            uncancel,
            "Withdraw one cancellation request; how many remain.",
        ),
    ]],
};

/// The receiver of a Task method.
fn task(v: &Value) -> &Rc<Task> {
    match v {
        Value::Task(t) => t,
        _ => unreachable!("a Task method is only called on a task"),
    }
}

fn no_args(name: &str, args: Args) -> PyResult<()> {
    parse_args("Task", name, Sig::NoArgs, args).map(|_| ())
}

fn get_name(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args("get_name", args)?;
    Ok(Value::Str(task(me).name()))
}

fn set_name(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let name = parse_args("Task", "set_name", Sig::One, args)?
        .pop()
        .flatten()
        .expect("one argument");
    task(me).set_name(Rc::from(crate::object::repr::str_plain(&name)));
    Ok(Value::None)
}

fn get_coro(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args("get_coro", args)?;
    Ok(Value::Coroutine(task(me).coro.clone()))
}

fn cancelling(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args("cancelling", args)?;
    Ok(Value::Int(task(me).cancelling() as i64))
}

fn uncancel(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args("uncancel", args)?;
    Ok(Value::Int(task(me).uncancel() as i64))
}
