//! Running untrusted asynchronous Python inside a Rust program.
//!
//! An [`Interpreter`] is made by a [`Builder`] (`Interpreter::builder()`),
//! which says what the script may use:
//!
//! - [`Limits`]: steps, memory, recursion depth, wall time, loop time,
//!   output and live tasks. A script that exceeds one is stopped with an
//!   error no `except` clause can catch (`finally` blocks start to run, and
//!   are stopped again at their first call or loop); the host receives a
//!   [`PyException`] whose [`stop`](PyException::stop) says which limit.
//!   The next `eval` or `start` runs with fresh counters.
//! - [`Capability`]: nothing outside the interpreter is reachable unless
//!   granted (files, network, processes, environment, real time). A refused
//!   one raises `PermissionError` naming it. Without real time the
//!   interpreter runs on a virtual clock: `asyncio.sleep` and `time.sleep`
//!   move it on at once, and `time.time()` follows it.
//! - an output sink, which receives every write to stdout and stderr with
//!   the task that wrote it and the loop's time ([`OutputEvent`]); without
//!   one, output is discarded.
//! - host functions, synchronous (a Rust closure called at once) or
//!   asynchronous (the call is handed to the host as
//!   [`RunState::HostCall`] and answered later with
//!   [`Interpreter::resolve`]).
//!
//! Code runs two ways. [`Interpreter::eval`] runs source to its end (a
//! script may call `asyncio.run` itself). [`Interpreter::start`] makes a
//! task of a coroutine (`"main()"`) and [`Interpreter::run_until`] drives
//! the event loop in slices, returning when the task is done, the budget
//! is used, the loop has nothing to do until a timer or a host answer, or
//! an asynchronous host function was called.
//!
//! An [`InterruptHandle`] stops a running script from another thread.
//!
//! The interpreter is single-threaded (`!Send`) and recursive: run it on a
//! thread with a large stack ([`crate::run_with_large_stack`]) when scripts
//! may recurse deeply; the recursion limit ends deep recursion before the
//! thread's stack does.

mod alloc;
mod clock;
#[doc(hidden)]
pub mod guard;
mod host;
mod value;

use std::fmt;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::asyncio::{EventLoop, Task};
use crate::interp::{Frame, Output, Vm};
use crate::object::{Globals, PyErr, Value as PyValue};
use crate::source::SourceFile;
use crate::syntax::ast::StmtKind;

pub use crate::interp::capabilities::{Capabilities, Capability};
pub use alloc::{allocated_bytes, CountingAllocator};
pub use value::{ConversionError, Value};

/// What a run may use. `None` is no limit; `Limits::default()` limits
/// nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Limits {
    /// Safe points passed: one per call of a Python function, per loop
    /// iteration of `for` and `while`, per event-loop iteration.
    pub max_steps: Option<u64>,
    /// Growth of the process's live heap since the run began, in bytes.
    /// Needs [`CountingAllocator`] installed as the global allocator
    /// (`Builder::build` refuses otherwise); checked at safe points.
    pub max_memory: Option<usize>,
    /// Depth of nested Python calls. Also caps `sys.setrecursionlimit`.
    pub max_recursion: Option<u32>,
    /// Real time since the run began (`eval` or `start`), including the
    /// host's time between `run_until` calls; checked at safe points and
    /// during real-time waits.
    pub max_wall_time: Option<Duration>,
    /// The event loop's clock, in seconds (virtual seconds without the real
    /// time capability): a run whose next timer lies past it is stopped.
    pub max_virtual_time: Option<f64>,
    /// Bytes written to stdout and stderr together; what passes the limit
    /// is cut off.
    pub max_output_bytes: Option<u64>,
    /// Tasks alive at once, counted when one is created.
    pub max_tasks: Option<usize>,
}

/// Which limit stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// [`Limits::max_steps`].
    Steps,
    /// [`Limits::max_memory`].
    Memory,
    /// [`Limits::max_recursion`].
    Recursion,
    /// [`Limits::max_wall_time`].
    WallTime,
    /// [`Limits::max_virtual_time`].
    VirtualTime,
    /// [`Limits::max_output_bytes`].
    OutputBytes,
    /// [`Limits::max_tasks`].
    Tasks,
}

impl Limit {
    /// The name of the field of [`Limits`].
    pub fn field(self) -> &'static str {
        match self {
            Limit::Steps => "max_steps",
            Limit::Memory => "max_memory",
            Limit::Recursion => "max_recursion",
            Limit::WallTime => "max_wall_time",
            Limit::VirtualTime => "max_virtual_time",
            Limit::OutputBytes => "max_output_bytes",
            Limit::Tasks => "max_tasks",
        }
    }
}

/// Why the host stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// A limit was exceeded.
    Limit(Limit),
    /// [`InterruptHandle::interrupt`] was called.
    Interrupted,
}

/// How a run ended with an error: an exception the script did not catch,
/// a syntax error, or a stop by the host.
#[derive(Debug, Clone, PartialEq)]
pub struct PyException {
    /// The exception's class name (`"ValueError"`, `"SyntaxError"`);
    /// `"LimitExceeded"` or `"Interrupted"` for a stop.
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The traceback as Python prints it (or the stop's description).
    pub traceback: String,
    /// Set when a limit or an interrupt stopped the run.
    pub stop: Option<Stop>,
}

impl PyException {
    fn stopped(stop: Stop) -> PyException {
        let (type_name, message) = match stop {
            Stop::Limit(limit) => (
                "LimitExceeded",
                format!("the run exceeded its limit {}", limit.field()),
            ),
            Stop::Interrupted => ("Interrupted", "the host interrupted the run".to_string()),
        };
        PyException {
            type_name: type_name.to_string(),
            traceback: format!("{type_name}: {message}\n"),
            message,
            stop: Some(stop),
        }
    }

    fn host(type_name: &str, message: &str) -> PyException {
        PyException {
            type_name: type_name.to_string(),
            message: message.to_string(),
            traceback: format!("{type_name}: {message}\n"),
            stop: None,
        }
    }
}

impl fmt::Display for PyException {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for PyException {}

/// An error a host function gives back: raised in Python as the builtin
/// exception named `type_name` (RuntimeError when there is no such
/// exception type).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostError {
    /// A builtin exception's name: `"ValueError"`, `"OSError"`...
    pub type_name: String,
    /// The exception's message.
    pub message: String,
}

impl HostError {
    /// An error raised in Python as `type_name(message)`.
    pub fn new(type_name: &str, message: &str) -> HostError {
        HostError {
            type_name: type_name.to_string(),
            message: message.to_string(),
        }
    }
}

/// Which stream a write went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputStream {
    /// `sys.stdout`, `print`.
    Stdout,
    /// `sys.stderr`, tracebacks the loop reports.
    Stderr,
}

/// One write, as the host's sink receives it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputEvent<'a> {
    /// Where the script wrote.
    pub stream: OutputStream,
    /// The name of the task that wrote (`"Task-1"`), `None` outside tasks.
    pub task: Option<String>,
    /// The event loop's time when it wrote, `None` outside a running loop.
    pub loop_time: Option<f64>,
    /// What was written.
    pub text: &'a str,
}

/// Stops a running script from any thread: it ends at its next safe point
/// (a call, a loop iteration; a real-time wait is cut short within a few
/// milliseconds) with [`Stop::Interrupted`].
#[derive(Debug, Clone)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    /// Asks the running script to stop. An interrupt that arrives while
    /// nothing runs is forgotten when the next run begins.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// How much one [`Interpreter::run_until`] call may do. The loop is
/// paused between two of its iterations, so a single callback that runs
/// long is bounded by the [`Limits`], not by the budget.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Budget {
    /// Event-loop iterations.
    pub iterations: Option<u64>,
    /// Steps (see [`Limits::max_steps`]).
    pub steps: Option<u64>,
}

impl Budget {
    /// At most `n` event-loop iterations.
    pub fn iterations(n: u64) -> Budget {
        Budget {
            iterations: Some(n),
            steps: None,
        }
    }

    /// Until about `n` steps have passed (checked between iterations).
    pub fn steps(n: u64) -> Budget {
        Budget {
            iterations: None,
            steps: Some(n),
        }
    }

    /// No budget: until the task is done, idle or calls the host.
    pub fn unlimited() -> Budget {
        Budget::default()
    }
}

/// Where [`Interpreter::run_until`] stopped.
#[derive(Debug, Clone, PartialEq)]
pub enum RunState {
    /// The task `start` made has finished: its result or its exception.
    Done(Result<Value, PyException>),
    /// The budget is used; call `run_until` again to go on.
    Paused,
    /// Nothing can run before the next timer (loop time `next_timer`, under
    /// the real time capability) or, with no timer, before the host answers
    /// a call of an asynchronous host function; with neither, nothing can
    /// ever run again.
    Idle {
        /// When the earliest timer is due, in loop time.
        next_timer: Option<f64>,
    },
    /// Python called an asynchronous host function: answer with
    /// [`Interpreter::resolve`] (now or later) and call `run_until` again.
    HostCall {
        /// The call's id, for `resolve`.
        id: u64,
        /// The host function's name.
        name: String,
        /// The arguments it was called with.
        args: Vec<Value>,
    },
}

/// Why [`Builder::build`] refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError(String);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}

/// Configures an [`Interpreter`]: limits, capabilities (none unless
/// granted), the output sink and host functions.
#[must_use]
pub struct Builder {
    limits: Limits,
    capabilities: Capabilities,
    sink: Option<guard::Sink>,
    functions: Vec<(String, host::Kind)>,
}

impl Builder {
    fn new() -> Builder {
        Builder {
            limits: Limits::default(),
            capabilities: Capabilities::NONE,
            sink: None,
            functions: Vec::new(),
        }
    }

    /// The limits of every run.
    pub fn limits(mut self, limits: Limits) -> Builder {
        self.limits = limits;
        self
    }

    /// Grants one capability.
    pub fn grant(mut self, capability: Capability) -> Builder {
        self.capabilities = self.capabilities.with(capability);
        self
    }

    /// Where output goes: `sink` receives every write.
    pub fn output(mut self, sink: impl FnMut(&OutputEvent) + 'static) -> Builder {
        self.sink = Some(Box::new(sink));
        self
    }

    /// A global function `name` that calls `f` with its arguments. Keyword
    /// arguments are refused with TypeError; a `HostError` is raised as the
    /// exception it names.
    pub fn host_function(
        mut self,
        name: &str,
        f: impl Fn(&[Value]) -> Result<Value, HostError> + 'static,
    ) -> Builder {
        self.functions
            .push((name.to_string(), host::Kind::Sync(Rc::new(f))));
        self
    }

    /// A global function `name` that returns a future: the call reaches the
    /// host as [`RunState::HostCall`], and the future gets the value or
    /// error the host gives [`Interpreter::resolve`]. It can only be called
    /// in a task that `run_until` runs.
    pub fn host_async_function(mut self, name: &str) -> Builder {
        self.functions.push((name.to_string(), host::Kind::Async));
        self
    }

    /// The interpreter. Fails when a host function's name is not an
    /// identifier, or `max_memory` is set without [`CountingAllocator`]
    /// installed.
    pub fn build(self) -> Result<Interpreter, BuildError> {
        if self.limits.max_memory.is_some() && allocated_bytes().is_none() {
            return Err(BuildError(
                "max_memory needs pyasync::embed::CountingAllocator as the #[global_allocator]"
                    .to_string(),
            ));
        }
        for (name, _) in &self.functions {
            let identifier = name
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_alphanumeric() || c == '_');
            if !identifier {
                return Err(BuildError(format!(
                    "host function name {name:?} is not an identifier"
                )));
            }
        }
        let discard = || Output::new(Box::new(std::io::sink()), false, false);
        let vm = Vm::new(discard(), discard());
        vm.capabilities.set(self.capabilities);
        if !self.capabilities.allows(Capability::RealTime) {
            *vm.clock.borrow_mut() = crate::asyncio::clock::ClockKind::VirtualExact.make();
        }
        let inner = vm.clock.borrow().clone();
        *vm.clock.borrow_mut() = Rc::new(clock::HostClock {
            inner,
            max_time: self.limits.max_virtual_time,
            vm: vm.weak(),
        });
        let interrupt = Arc::new(AtomicBool::new(false));
        vm.guard.arm(self.limits, interrupt.clone());
        vm.guard
            .set_sink(self.sink.unwrap_or_else(|| Box::new(|_: &OutputEvent| {})));
        let globals = Rc::new(Globals::new(&[]));
        let main = vm.new_module("__main__", globals.clone());
        crate::stdlib::importer::set_loaded(&vm, "__main__", PyValue::Module(main));
        globals.set("__doc__", PyValue::None);
        globals.set("__package__", PyValue::None);
        globals.set("__spec__", PyValue::None);
        let calls = Rc::new(host::HostCalls::default());
        for (name, kind) in self.functions {
            globals.set(&name, host::HostFunction::value(&name, kind, calls.clone()));
        }
        let event_loop = new_loop(&vm);
        Ok(Interpreter {
            vm,
            globals,
            event_loop,
            main: None,
            calls,
            interrupt,
        })
    }
}

fn new_loop(vm: &Rc<Vm>) -> Rc<EventLoop> {
    let clock = vm.clock.borrow().clone();
    EventLoop::new(clock, vm.weak())
}

/// A sandboxed interpreter: one `__main__` namespace kept across `eval`s,
/// and one event loop that `run_until` drives.
pub struct Interpreter {
    vm: Rc<Vm>,
    globals: Rc<Globals>,
    event_loop: Rc<EventLoop>,
    main: Option<Rc<Task>>,
    calls: Rc<host::HostCalls>,
    interrupt: Arc<AtomicBool>,
}

impl Interpreter {
    /// Starts configuring an interpreter: no limits, no capabilities, no
    /// output, no host functions.
    pub fn builder() -> Builder {
        Builder::new()
    }

    /// A handle that stops the running script from another thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.interrupt.clone())
    }

    /// The steps the current (or last) run has taken.
    pub fn steps(&self) -> u64 {
        self.vm.guard.steps()
    }

    /// Runs `source` in `__main__` to its end. When its last statement is
    /// an expression, its value is the result; else `None`.
    pub fn eval(&mut self, source: &str) -> Result<Value, PyException> {
        let (mut module, file) = self.compile(source)?;
        let mut body = std::mem::take(&mut module.body);
        let last = match body.last().map(|s| &s.kind) {
            Some(StmtKind::Expr(_)) => body.pop(),
            _ => None,
        };
        let fallback = body
            .first()
            .or(last.as_ref())
            .map(|s| s.span)
            .unwrap_or_default();
        let vm = &self.vm;
        vm.guard.begin_run(vm);
        let mut frame = Frame::module(self.globals.clone(), file.clone());
        let result = vm.exec_block(&mut frame, &body).and_then(|_| match &last {
            Some(crate::syntax::ast::Stmt {
                kind: StmtKind::Expr(e),
                ..
            }) => vm.eval(&mut frame, e),
            _ => Ok(PyValue::None),
        });
        if crate::object::finalize::pending() {
            crate::interp::coroutine::run_finalizers(vm);
        }
        let outcome = match result {
            Ok(v) => Ok(value::export(vm, &v)),
            Err(e) => {
                e.leave_frame(&file, frame.name(), fallback);
                Err(self.exception(&e))
            }
        };
        vm.guard.end_run(vm);
        outcome
    }

    /// Runs `source` in `__main__` to its end, for its effects.
    pub fn exec(&mut self, source: &str) -> Result<(), PyException> {
        self.eval(source).map(|_| ())
    }

    /// The value of the global `name`, if bound.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.globals.get(name).map(|v| value::export(&self.vm, &v))
    }

    /// Binds the global `name` to `value`.
    pub fn set(&mut self, name: &str, value: Value) -> Result<(), PyException> {
        let v = value::import(&value).map_err(|e| self.exception(&e))?;
        self.globals.set(name, v);
        Ok(())
    }

    /// Evaluates `call`, an expression giving a coroutine (`"main()"`), and
    /// makes it the task `run_until` drives, on a fresh event loop (the
    /// tasks of an earlier run are dropped). Counters of the limits start
    /// again here.
    pub fn start(&mut self, call: &str) -> Result<(), PyException> {
        let old = std::mem::replace(&mut self.event_loop, new_loop(&self.vm));
        self.main = None;
        self.calls.new.borrow_mut().clear();
        self.calls.waiting.borrow_mut().clear();
        drop(old);
        let vm = self.vm.clone();
        if crate::object::finalize::pending() {
            crate::interp::coroutine::run_finalizers(&vm);
        }
        let coro = match self.last_value_raw(call)? {
            Some(PyValue::Coroutine(coro)) => coro,
            other => {
                let found =
                    other.map_or_else(|| "nothing".to_string(), |v| v.type_name().to_string());
                return Err(PyException::host(
                    "TypeError",
                    &format!("start() needs a coroutine, not {found}"),
                ));
            }
        };
        vm.guard.begin_run(&vm);
        self.event_loop.set_driven(&vm, true);
        let task = Task::spawn(&vm, &self.event_loop, coro, None);
        self.event_loop.set_driven(&vm, false);
        self.main = Some(task);
        Ok(())
    }

    /// The coroutine `start` evaluated: `eval` copies values out, so the
    /// expression's object is taken from a hidden global it was stored in.
    fn last_value_raw(&mut self, call: &str) -> Result<Option<PyValue>, PyException> {
        const SLOT: &str = "__pyasync_start__";
        self.exec(&format!("{SLOT} = ({call})"))?;
        let v = self.globals.get(SLOT);
        let slot = self.globals.slot_for(SLOT);
        self.globals.clear_slot(slot);
        Ok(v)
    }

    /// Drives the event loop until the started task is done, `budget` is
    /// used, nothing can run (`Idle`) or Python calls an asynchronous host
    /// function (`HostCall`). Call it again to go on.
    pub fn run_until(&mut self, budget: Budget) -> RunState {
        let Some(task) = self.main.clone() else {
            return RunState::Done(Err(PyException::host(
                "RuntimeError",
                "nothing to run: start() a coroutine first",
            )));
        };
        let vm = self.vm.clone();
        let guard = &vm.guard;
        let first_step = guard.steps();
        let virtual_clock = vm.clock.borrow().is_virtual();
        let max_time = vm.guard.limits().max_virtual_time;
        self.event_loop.set_driven(&vm, true);
        let mut iterations = 0u64;
        let state = loop {
            if let Some(stop) = guard.stopped() {
                break RunState::Done(Err(PyException::stopped(stop)));
            }
            if task.future.done() {
                break RunState::Done(match task.future.result() {
                    Ok(v) => Ok(value::export(&vm, &v)),
                    Err(e) => Err(self.exception(&e)),
                });
            }
            if let Some(call) = self.calls.new.borrow_mut().pop_front() {
                break RunState::HostCall {
                    id: call.id,
                    name: call.name,
                    args: call.args,
                };
            }
            let used_steps = guard.steps().saturating_sub(first_step);
            if budget.iterations.is_some_and(|n| iterations >= n)
                || budget.steps.is_some_and(|n| used_steps >= n)
            {
                break RunState::Paused;
            }
            let (ready, next_timer) = self.event_loop.next_wake();
            if !ready {
                match next_timer {
                    None => break RunState::Idle { next_timer: None },
                    Some(when) => {
                        if max_time.is_some_and(|max| when > max) {
                            let _ = guard.halt(&vm, Stop::Limit(Limit::VirtualTime));
                            continue;
                        }
                        if !virtual_clock && when > self.event_loop.time() {
                            break RunState::Idle {
                                next_timer: Some(when),
                            };
                        }
                    }
                }
            }
            if let Err(e) = self.event_loop.run_one_iteration(&vm) {
                if guard.stopped().is_none() {
                    break RunState::Done(Err(self.exception(&e)));
                }
            }
            iterations += 1;
        };
        if crate::object::finalize::pending() {
            crate::interp::coroutine::run_finalizers(&vm);
        }
        self.event_loop.set_driven(&vm, false);
        if matches!(state, RunState::Done(_)) {
            self.main = None;
            guard.end_run(&vm);
        }
        state
    }

    /// Answers call `id` of an asynchronous host function: its future gets
    /// `result`'s value, or raises its error. Fails for an id that is not
    /// waiting for an answer (unknown, answered, or of an earlier run).
    pub fn resolve(&mut self, id: u64, result: Result<Value, HostError>) -> Result<(), BuildError> {
        let Some(future) = self.calls.waiting.borrow_mut().remove(&id) else {
            return Err(BuildError(format!(
                "no call {id} of a host function is waiting for an answer"
            )));
        };
        // The awaiting task may have been cancelled meanwhile.
        if future.done() {
            return Ok(());
        }
        let me = PyValue::Future(future.clone());
        let outcome = match result {
            Ok(v) => match value::import(&v) {
                Ok(v) => future.set_result(&me, v),
                Err(e) => future.set_exception(&me, e),
            },
            Err(e) => future.set_exception(&me, e.into_py_err(&self.vm)),
        };
        outcome.map_err(|e| BuildError(self.exception(&e).to_string()))
    }

    /// Parses and resolves `source` against the names of `__main__`.
    fn compile(
        &self,
        source: &str,
    ) -> Result<(crate::syntax::ast::Module, Rc<SourceFile>), PyException> {
        const FILENAME: &str = "<embedded>";
        let syntax_error = |e: &crate::syntax::SyntaxError| PyException {
            type_name: "SyntaxError".to_string(),
            message: e.msg.clone(),
            traceback: crate::diagnostics::render_syntax_error(FILENAME, source, e, false),
            stop: None,
        };
        let mut module = crate::syntax::parse(source).map_err(|e| syntax_error(&e))?;
        let names = self.globals.slot_names();
        crate::resolve::resolve_module(&mut module, &names, source, crate::builtins::builtin_index)
            .map_err(|e| syntax_error(&e))?;
        for name in &module.globals[names.len()..] {
            self.globals.slot_for(name);
        }
        let file = Rc::new(SourceFile::new(FILENAME, source));
        *self.vm.script.borrow_mut() = Some(file.clone());
        Ok((module, file))
    }

    /// The host's view of an error: a stop, or the exception with its
    /// traceback.
    fn exception(&self, e: &PyErr) -> PyException {
        if let Some(stop) = self.vm.guard.stopped() {
            return PyException::stopped(stop);
        }
        let exc = PyValue::Exception(e.exc.clone());
        PyException {
            type_name: e.exc.cls.name().to_string(),
            message: self.vm.str(&exc).unwrap_or_default(),
            traceback: self.vm.format_exception(&e.exc),
            stop: None,
        }
    }
}
