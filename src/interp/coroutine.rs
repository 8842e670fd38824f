//! Coroutine objects and the one primitive that suspends them.
//!
//! A coroutine's frame is resumable data: the body is a boxed Rust future
//! (a state machine holding the frame's slots and the point where it
//! stopped), polled once per `send`. Nothing runs on another thread or stack.
//!
//! Suspending is a hand-off through `Vm::transfer`: `Suspend` stores the
//! yielded value there and returns `Pending`; the driver (`Coroutine::resume`)
//! takes it out. To resume, the driver stores the sent value or the exception
//! to throw, polls again, and `Suspend` completes with it. Awaiting another
//! coroutine simply polls its body inline, so a chain of awaits suspends and
//! resumes as one, like CPython's `yield from`.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll, Waker};

use crate::object::methods::{parse_args, Sig};
use crate::object::types::{self, Member, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::source::SourceFile;
use crate::syntax::ast::Span;

use super::Vm;
use crate::asyncio::sleep::SleepFuture;

pub type BodyFuture = Pin<Box<dyn Future<Output = PyResult>>>;

/// What a coroutine runs, as a boxed Rust future or, for `asyncio.sleep`,
/// a small state machine kept apart so that `await asyncio.sleep(...)` can
/// run it in the awaiting frame instead (`Coroutine::take_sleep`).
pub enum Body {
    /// The frame of a Python function: it counts toward the recursion
    /// limit while it runs, as a called function does.
    Frame(BodyFuture),
    /// Written in Rust (or a generator expression's loop).
    Native(BodyFuture),
    Sleep(Box<SleepFuture>),
}

impl Body {
    fn poll(&mut self, vm: &Vm, cx: &mut Context<'_>) -> Poll<PyResult> {
        match self {
            Body::Frame(frame) => {
                let _depth = match vm.enter_frame() {
                    Ok(guard) => guard,
                    Err(e) => return Poll::Ready(Err(e)),
                };
                frame.as_mut().poll(cx)
            }
            Body::Native(body) => body.as_mut().poll(cx),
            Body::Sleep(sleep) => sleep.poll(vm),
        }
    }
}

/// What passes between a suspended coroutine and whoever drives it.
#[derive(Default)]
pub enum Transfer {
    #[default]
    Empty,
    /// The coroutine suspended, handing this value out (a future to wait on,
    /// or None for a bare yield such as `asyncio.sleep(0)`).
    Yielded(Value),
    /// Resume with this value as the result of the suspended `await`.
    Send(Value),
    /// Resume by raising this at the suspended `await`.
    Throw(Box<PyErr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoroState {
    Created,
    Running,
    Suspended,
    Closed,
}

/// The result of driving a coroutine one step.
pub enum Step {
    Yielded(Value),
    Returned(Value),
    Raised(Box<PyErr>),
}

/// What a coroutine object shows of the code it runs. All the coroutines of
/// one `async def` share it, so a suspended task does not carry its names.
pub struct CoroutineCode {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Where the `async def` is, for reprs such as `coro=<foo() done, defined at x.py:3>`.
    pub definition: Option<(Rc<SourceFile>, Span)>,
}

pub struct Coroutine {
    code: Rc<CoroutineCode>,
    state: Cell<CoroState>,
    body: RefCell<Option<Body>>,
    /// The interpreter that closes this frame if it is dropped while
    /// suspended (so its `finally` blocks run) and, for coroutines, reports
    /// one dropped without ever running (`coroutine 'f' was never awaited`).
    finalizer: Option<Weak<Vm>>,
    warn_unawaited: bool,
    /// The statement of this frame where it last suspended: its
    /// `cr_frame.f_lineno`, which task reprs show. Recorded only when the
    /// body returns `Pending`, so running code pays nothing for it.
    suspended_at: Cell<Option<Span>>,
    /// While `resume` runs it: the depth of `Vm::awaiter_locations` then,
    /// whose entry at that index is this frame's statement.
    awaiter_depth: Cell<usize>,
    /// The iterator a `yield from` in this frame is suspended in
    /// (`gi_yieldfrom`), shared with the stack of frames being resumed.
    delegate: DelegateSlot,
    /// The exceptions the `except` blocks this frame is suspended in are
    /// handling: off `Vm::handled` while it is suspended, so that
    /// `sys.exc_info()` outside does not see them (CPython keeps a
    /// generator's `gi_exc_state` with the generator).
    handling: RefCell<Vec<Rc<crate::object::PyException>>>,
}

/// Where a frame records what its `yield from` delegates to.
type DelegateSlot = Rc<RefCell<Option<Value>>>;

thread_local! {
    /// The delegate slots of the frames being resumed, innermost last: a
    /// `yield from` records its iterator in the last one, its own frame's.
    static RESUMING: RefCell<Vec<DelegateSlot>> = const { RefCell::new(Vec::new()) };
}

/// Records (or, with None, clears) what the frame running now delegates
/// to with `yield from`.
pub fn set_delegate(v: Option<Value>) {
    RESUMING.with(|r| {
        if let Some(slot) = r.borrow().last() {
            let old = slot.replace(v);
            drop(old);
        }
    });
}

impl Coroutine {
    pub fn new(
        name: Rc<str>,
        qualname: Rc<str>,
        definition: Option<(Rc<SourceFile>, Span)>,
        body: BodyFuture,
        warn_unawaited: Option<Weak<Vm>>,
    ) -> Rc<Coroutine> {
        let code = CoroutineCode {
            name,
            qualname,
            definition,
        };
        Coroutine::with_code(Rc::new(code), body, warn_unawaited)
    }

    /// A coroutine of code whose names are shared (see `CoroutineCode`).
    pub fn with_code(
        code: Rc<CoroutineCode>,
        body: BodyFuture,
        warn_unawaited: Option<Weak<Vm>>,
    ) -> Rc<Coroutine> {
        Coroutine::with_body(code, Body::Native(body), warn_unawaited)
    }

    pub fn with_body(
        code: Rc<CoroutineCode>,
        body: Body,
        warn_unawaited: Option<Weak<Vm>>,
    ) -> Rc<Coroutine> {
        let warns = warn_unawaited.is_some();
        Coroutine::build(code, body, warn_unawaited, warns)
    }

    /// A generator's frame: closed when dropped while suspended, as
    /// CPython's `gen_dealloc` does, but never warned about.
    pub fn generator_with_body(code: Rc<CoroutineCode>, body: Body, vm: Weak<Vm>) -> Rc<Coroutine> {
        Coroutine::build(code, body, Some(vm), false)
    }

    fn build(
        code: Rc<CoroutineCode>,
        body: Body,
        finalizer: Option<Weak<Vm>>,
        warn_unawaited: bool,
    ) -> Rc<Coroutine> {
        Rc::new(Coroutine {
            code,
            state: Cell::new(CoroState::Created),
            body: RefCell::new(Some(body)),
            warn_unawaited,
            finalizer,
            suspended_at: Cell::new(None),
            awaiter_depth: Cell::new(0),
            delegate: Rc::new(RefCell::new(None)),
            handling: RefCell::new(Vec::new()),
        })
    }

    /// The line this coroutine's own frame is at (`cr_frame.f_lineno`):
    /// where it is suspended, the line being run while it runs (exact when
    /// it is the innermost frame), or its first line before it starts;
    /// `None` once it is finished (its frame is gone) or for a body written
    /// in Rust.
    pub fn frame_line(&self, vm: Option<&Vm>) -> Option<usize> {
        let (source, def_span) = self.code.definition.as_ref()?;
        let span = match self.state.get() {
            CoroState::Closed => return None,
            CoroState::Created => *def_span,
            CoroState::Suspended => self.suspended_at.get().unwrap_or(*def_span),
            CoroState::Running => vm
                .and_then(|vm| {
                    let awaiters = vm.awaiter_locations.borrow();
                    match awaiters.get(self.awaiter_depth.get()) {
                        Some(at) => *at,
                        None => vm.location.get(),
                    }
                })
                .or(self.suspended_at.get())
                .unwrap_or(*def_span),
        };
        Some(source.line_of(span.start as usize))
    }

    pub fn name(&self) -> &Rc<str> {
        &self.code.name
    }

    pub fn qualname(&self) -> &str {
        &self.code.qualname
    }

    pub fn definition(&self) -> Option<&(Rc<SourceFile>, Span)> {
        self.code.definition.as_ref()
    }

    pub fn state(&self) -> CoroState {
        self.state.get()
    }

    /// Takes the body out to run it, refusing a coroutine that is running or finished.
    fn take_body(&self) -> PyResult<Body> {
        match self.state.get() {
            CoroState::Running => Err(PyErr::value_error("coroutine already executing")),
            CoroState::Closed => Err(PyErr::runtime_error(
                "cannot reuse already awaited coroutine",
            )),
            CoroState::Created | CoroState::Suspended => self
                .body
                .borrow_mut()
                .take()
                .ok_or_else(|| PyErr::runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    /// `coro.send(value)` / `coro.throw(exc)`: runs the body to its next
    /// suspension or to its end.
    pub fn resume(&self, vm: &Vm, input: Transfer) -> Step {
        let mut body = match self.take_body() {
            Ok(b) => b,
            Err(e) => return Step::Raised(e),
        };
        if self.state.get() == CoroState::Created {
            if let Transfer::Throw(e) = input {
                // Throwing into a coroutine that never started finishes it
                // without running any of its code.
                self.state.set(CoroState::Closed);
                return Step::Raised(e);
            }
        }
        *vm.transfer.borrow_mut() = input;
        self.state.set(CoroState::Running);
        // The frame resumes at its own statement, and its driver's line is
        // current again once it suspends or ends.
        let driver_location = vm.location.replace(self.suspended_at.get());
        self.awaiter_depth.set(vm.awaiter_locations.borrow().len());
        RESUMING.with(|r| r.borrow_mut().push(self.delegate.clone()));
        let handled_base = vm.handled.borrow().len();
        vm.handled
            .borrow_mut()
            .append(&mut self.handling.borrow_mut());
        let poll = body.poll(vm, &mut Context::from_waker(Waker::noop()));
        {
            let mut handled = vm.handled.borrow_mut();
            let base = handled_base.min(handled.len());
            let own = handled.split_off(base);
            if poll.is_pending() {
                *self.handling.borrow_mut() = own;
            }
        }
        RESUMING.with(|r| r.borrow_mut().pop());
        let handed_out = std::mem::take(&mut *vm.transfer.borrow_mut());
        if poll.is_pending() {
            self.suspended_at.set(vm.location.get());
        }
        vm.location.set(driver_location);
        match poll {
            Poll::Ready(result) => {
                self.state.set(CoroState::Closed);
                match result {
                    Ok(v) => Step::Returned(v),
                    Err(e) => Step::Raised(e),
                }
            }
            Poll::Pending => {
                self.state.set(CoroState::Suspended);
                *self.body.borrow_mut() = Some(body);
                match handed_out {
                    Transfer::Yielded(v) => Step::Yielded(v),
                    _ => Step::Raised(PyErr::runtime_error(
                        "coroutine suspended without yielding a value",
                    )),
                }
            }
        }
    }

    /// `await coro` inside another coroutine: runs the body inline, so its
    /// suspensions pass straight through to whoever drives the awaiter.
    pub fn await_inline(self: Rc<Self>, vm: &Vm) -> AwaitCoroutine<'_> {
        AwaitCoroutine {
            vm,
            coro: self,
            body: None,
        }
    }

    /// The state of an `asyncio.sleep(...)` coroutine that has not started
    /// and that nothing but its awaiter can reach, taken out so that the
    /// awaiter runs it in place: such an object could never be observed,
    /// and a sleeping task need not keep it. Any other coroutine comes back.
    pub fn take_sleep(self: Rc<Self>) -> Result<SleepFuture, Rc<Self>> {
        if self.state.get() != CoroState::Created
            || Rc::strong_count(&self) != 1
            || Rc::weak_count(&self) != 0
        {
            return Err(self);
        }
        let body = self.body.borrow_mut().take();
        match body {
            Some(Body::Sleep(sleep)) => {
                // Finished as far as its finaliser is concerned: it was awaited.
                self.state.set(CoroState::Closed);
                Ok(*sleep)
            }
            other => {
                *self.body.borrow_mut() = other;
                Err(self)
            }
        }
    }
}

/// `await coro`: polls the awaited coroutine's body inline, keeping its
/// state honest while the awaiting coroutine is itself suspended. Every
/// await of a coroutine holds one, hence a small hand-written machine: the
/// coroutine, and its body once taken out.
pub struct AwaitCoroutine<'a> {
    vm: &'a Vm,
    coro: Rc<Coroutine>,
    body: Option<Body>,
}

impl Future for AwaitCoroutine<'_> {
    type Output = PyResult;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<PyResult> {
        let this = &mut *self;
        let body = match &mut this.body {
            Some(body) => body,
            None => match this.coro.take_body() {
                Ok(body) => this.body.insert(body),
                Err(e) => return Poll::Ready(Err(e)),
            },
        };
        let (vm, coro) = (this.vm, &this.coro);
        coro.state.set(CoroState::Running);
        // The awaiting frame's statement is current again once the awaited
        // body suspends or ends, so that a suspension leaves the outermost
        // frame's line in `vm.location` for `resume` to record.
        let awaiter_location = vm.location.get();
        if let Some(at) = coro.suspended_at.get() {
            // Resumed: its frame is back at the statement it suspended in.
            vm.location.set(Some(at));
        }
        vm.awaiter_locations.borrow_mut().push(awaiter_location);
        let poll = body.poll(vm, cx);
        vm.awaiter_locations.borrow_mut().pop();
        if poll.is_pending() {
            coro.state.set(CoroState::Suspended);
            coro.suspended_at.set(vm.location.get());
        } else {
            coro.state.set(CoroState::Closed);
            this.body = None;
        }
        vm.location.set(awaiter_location);
        poll
    }
}

/// Suspends the running coroutine, handing `value` to its driver; completes
/// with what the driver sends or throws back in.
pub struct Suspend<'a> {
    vm: &'a Vm,
    value: Option<Value>,
}

impl<'a> Suspend<'a> {
    pub fn new(vm: &'a Vm, value: Value) -> Suspend<'a> {
        Suspend {
            vm,
            value: Some(value),
        }
    }
}

impl Future for Suspend<'_> {
    type Output = PyResult;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult> {
        if let Some(v) = self.value.take() {
            *self.vm.transfer.borrow_mut() = Transfer::Yielded(v);
            return Poll::Pending;
        }
        Poll::Ready(take_resumption(self.vm))
    }
}

/// What the driver handed a suspended coroutine to resume it with: the
/// value sent in, or the exception thrown in.
pub fn take_resumption(vm: &Vm) -> PyResult {
    match std::mem::take(&mut *vm.transfer.borrow_mut()) {
        Transfer::Send(v) => Ok(v),
        Transfer::Throw(e) => Err(e),
        Transfer::Empty | Transfer::Yielded(_) => {
            Err(PyErr::runtime_error("coroutine resumed without a value"))
        }
    }
}

/// What `coroutine` objects offer for driving one by hand, as CPython's
/// coroutine objects allow: `send`, `throw`, `close`, and their names and
/// state.
pub const SPEC: TypeSpec = TypeSpec {
    doc: "The object an async def function returns: its frame, not yet run, \
to be awaited or driven by send() and throw().",
    members: &[&[
        Member::method(
            "send",
            send,
            "Resume the coroutine with a value; what it yields next, or StopIteration with its result.",
        ),
        Member::method(
            "throw",
            throw,
            "Raise an exception where the coroutine is suspended.",
        ),
        Member::method("close", close, "Finish the coroutine, raising GeneratorExit inside it."),
        Member::getter("__name__", name, "The function's name."),
        Member::getter("__qualname__", qualname, "The function's qualified name."),
        Member::getter("cr_running", running, "Whether the coroutine is running now."),
        Member::getter(
            "cr_suspended",
            suspended,
            "Whether the coroutine is suspended at an await.",
        ),
        Member::getter(
            "cr_frame",
            frame,
            "The coroutine's frame; None once it has finished.",
        ),
        Member::getter("cr_code", code, "The coroutine function's code."),
        Member::getter(
            "cr_origin",
            origin,
            "Where the coroutine was created; None, as origin tracking is off.",
        ),
    ]],
};

/// The receiver of a coroutine or generator method.
pub(super) fn frame_of(v: &Value) -> &Rc<Coroutine> {
    match v {
        Value::Coroutine(c) | Value::Generator(c) => c,
        _ => unreachable!("a coroutine method is only called on a coroutine"),
    }
}

pub(super) fn name(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Str(frame_of(me).name().clone()))
}

pub(super) fn qualname(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::str(frame_of(me).qualname()))
}

pub(super) fn running(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(frame_of(me).state() == CoroState::Running))
}

pub(super) fn suspended(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(frame_of(me).state() == CoroState::Suspended))
}

/// `gi_yieldfrom`: the iterator the suspended frame's `yield from`
/// delegates to, else None.
pub(super) fn yield_from(_vm: &Vm, me: &Value) -> PyResult {
    let c = frame_of(me);
    if c.state() == CoroState::Closed {
        return Ok(Value::None);
    }
    let current = c.delegate.borrow().clone();
    Ok(current.unwrap_or(Value::None))
}

pub(super) fn frame(_vm: &Vm, me: &Value) -> PyResult {
    Ok(super::genframe::frame_value(frame_of(me)))
}

pub(super) fn code(_vm: &Vm, me: &Value) -> PyResult {
    Ok(super::genframe::code_value(frame_of(me)))
}

fn origin(_vm: &Vm, _me: &Value) -> PyResult {
    Ok(Value::None)
}

/// One step of a coroutine driven by hand: what it yields, or its return
/// value as StopIteration.
fn step(vm: &Vm, c: &Coroutine, input: Transfer) -> PyResult {
    match c.resume(vm, input) {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => {
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(PyErr::with_args(&types::STOP_ITERATION, args))
        }
        Step::Raised(e) if e.is_instance(&types::STOP_ITERATION) => {
            // PEP 479, as for generators.
            let err = PyErr::runtime_error("coroutine raised StopIteration");
            err.exc.set_context(&e.exc);
            Err(err)
        }
        Step::Raised(e) => Err(e),
    }
}

fn send(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = parse_args("coroutine", "send", Sig::One, args)?
        .pop()
        .flatten()
        .expect("one argument");
    let c = frame_of(me);
    if c.state() == CoroState::Created && !v.is_none() {
        return Err(PyErr::type_error(
            "can't send non-None value to a just-started coroutine",
        ));
    }
    step(vm, c, Transfer::Send(v))
}

fn throw(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let exc = throw_argument(vm, args, "coroutine", "throw")?;
    step(
        vm,
        frame_of(me),
        Transfer::Throw(PyErr::from_exception(exc)),
    )
}

fn close(vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("coroutine", "close", Sig::NoArgs, args)?;
    let c = frame_of(me);
    match c.state() {
        // Closing one that never ran finishes it quietly: no "never
        // awaited" warning.
        CoroState::Created => {
            c.state.set(CoroState::Closed);
            c.body.borrow_mut().take();
            Ok(Value::None)
        }
        CoroState::Suspended => throw_generator_exit(vm, c, "coroutine"),
        CoroState::Running => Err(PyErr::value_error("coroutine already executing")),
        CoroState::Closed => Ok(Value::None),
    }
}

/// Closes the coroutines and generators dropped while suspended and runs
/// the `__del__` of instances that died, oldest first. Called before each
/// statement when there are any (so right after the statement that dropped
/// them), when a function returns, and after each loop callback. What a
/// finaliser queues meanwhile runs too.
#[cold]
#[inline(never)]
pub fn run_finalizers(vm: &Vm) {
    crate::object::finalize::clear_pending();
    loop {
        let next = vm.finalizers.borrow_mut().pop_front();
        if let Some(coro) = next {
            coro.close_on_drop(vm);
        } else if let Some(instance) = crate::object::finalize::next_del() {
            run_del(vm, instance);
        } else {
            break;
        }
    }
}

/// `__del__` of an instance that died; what it raises is reported as
/// unraisable (`PyErr_WriteUnraisable`), naming the method.
fn run_del(vm: &Vm, instance: Rc<crate::object::class::Instance>) {
    let Some(del) = instance.class.lookup("__del__") else {
        return;
    };
    let obj = Value::Instance(instance);
    if let Err(e) = vm.call(&del, Args::positional(vec![obj])) {
        let what = vm.repr(&del).unwrap_or_else(|_| "__del__".to_string());
        let mut text = format!("Exception ignored in: {what}\n");
        text.push_str(&vm.format_exception(&e.exc));
        vm.write(crate::object::Stream::Stderr, &text);
    }
}

impl Coroutine {
    /// What a finaliser's report calls this frame.
    fn kind_name(&self) -> &'static str {
        if self.warn_unawaited {
            "coroutine"
        } else {
            "generator"
        }
    }

    /// `_PyGen_Finalize`: a coroutine dropped while suspended is closed,
    /// `GeneratorExit` thrown in at its `await`, so that its `finally`
    /// blocks run (as when a pending task is destroyed). What escapes other
    /// than GeneratorExit is reported as unraisable.
    fn close_on_drop(&self, vm: &Vm) {
        let exit = PyErr::with_args(&crate::object::types::GENERATOR_EXIT, vec![]);
        let problem = match self.resume(vm, Transfer::Throw(exit)) {
            Step::Returned(_) => None,
            Step::Raised(e) if e.is_instance(&crate::object::types::GENERATOR_EXIT) => None,
            Step::Raised(e) => Some(e),
            Step::Yielded(_) => Some(PyErr::runtime_error(format!(
                "{} ignored GeneratorExit",
                self.kind_name()
            ))),
        };
        if let Some(e) = problem {
            let mut text = format!(
                "Exception ignored in: <{} object {}>\n",
                self.kind_name(),
                self.code.qualname
            );
            text.push_str(&vm.format_exception(&e.exc));
            vm.write(crate::object::Stream::Stderr, &text);
        }
    }
}

/// CPython's `_PyErr_WarnUnawaitedCoroutine`: a coroutine that never ran is
/// almost always a forgotten `await`, so its finalisation says so, naming
/// the line being executed (or `sys:1` once the script has finished).
impl Drop for Coroutine {
    fn drop(&mut self) {
        let Some(vm) = self.finalizer.as_ref().and_then(|w| w.upgrade()) else {
            return;
        };
        // A body awaited inline is held (and dropped) by its awaiter's.
        if self.state.get() == CoroState::Suspended {
            if let Some(body) = self.body.get_mut().take() {
                // Closing runs Python code, which must not happen inside
                // whatever borrow dropped this: it waits for the next safe
                // point (the end of the statement, or of the loop callback).
                let orphan = Coroutine::build(self.code.clone(), body, None, self.warn_unawaited);
                orphan.state.set(CoroState::Suspended);
                orphan.suspended_at.set(self.suspended_at.get());
                vm.finalizers.borrow_mut().push_back(orphan);
                crate::object::finalize::set_pending();
            }
            return;
        }
        if self.state.get() != CoroState::Created || !self.warn_unawaited {
            return;
        }
        let text = match vm.current_location() {
            Some((source, line)) => format!(
                "{}:{}: RuntimeWarning: coroutine '{}' was never awaited\n  {}\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                source.name,
                line,
                self.code.qualname,
                source.line_text(line).trim()
            ),
            None => format!(
                "sys:1: RuntimeWarning: coroutine '{}' was never awaited\n",
                self.code.qualname
            ),
        };
        vm.write(crate::object::Stream::Stderr, &text);
    }
}

/// `close()` of a suspended generator or coroutine (`gen_close`): throw
/// GeneratorExit in; finishing, or raising it (or StopIteration) back, is
/// a clean close, and yielding again is an error naming `kind`.
pub fn throw_generator_exit(vm: &Vm, g: &Coroutine, kind: &str) -> PyResult {
    let exit = PyErr::with_args(&types::GENERATOR_EXIT, vec![]);
    match g.resume(vm, Transfer::Throw(exit)) {
        Step::Yielded(_) => Err(PyErr::runtime_error(format!(
            "{} ignored GeneratorExit",
            kind
        ))),
        Step::Returned(_) => Ok(Value::None),
        Step::Raised(e)
            if e.is_instance(&types::GENERATOR_EXIT) || e.is_instance(&types::STOP_ITERATION) =>
        {
            Ok(Value::None)
        }
        Step::Raised(e) => Err(e),
    }
}

/// The exception `gen.throw(typ[, val[, tb]])` and `coro.throw(...)`
/// raise inside the frame, as `_gen_throw` in `Objects/genobject.c`
/// makes it: a class is instantiated with `val` (unless `val` is already
/// one of its instances), an instance takes no separate value.
/// `owner` and `name` say whose method it is (`generator`, `throw`).
pub fn throw_argument(
    vm: &Vm,
    args: Args,
    owner: &str,
    name: &str,
) -> PyResult<Rc<crate::object::PyException>> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        )));
    }
    let n = args.positional.len();
    if n == 0 {
        return Err(PyErr::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if n > 3 {
        return Err(PyErr::type_error(format!(
            "{name} expected at most 3 arguments, got {n}"
        )));
    }
    let mut a = args.positional.into_iter();
    let typ = a.next().expect("one argument");
    let val = a.next().unwrap_or_default();
    let tb = a.next().unwrap_or_default();
    if !tb.is_none() {
        return Err(PyErr::type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    match typ {
        Value::Type(t) if t.is(&types::BASE_EXCEPTION) => {
            let made = match val {
                Value::Exception(e) if e.cls.is_subclass(&t) => return Ok(e),
                Value::None => vm.call(&Value::Type(t), Args::default())?,
                Value::Tuple(items) => {
                    vm.call(&Value::Type(t), Args::positional(items.to_vec()))?
                }
                other => vm.call(&Value::Type(t), Args::positional(vec![other]))?,
            };
            vm.make_exception(made)
        }
        Value::Exception(e) if val.is_none() => Ok(e),
        Value::Exception(_) => Err(PyErr::type_error(
            "instance exception may not have a separate value",
        )),
        other => Err(PyErr::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            other.type_name()
        ))),
    }
}
