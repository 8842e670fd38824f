//! The evaluator: a tree-walker over the resolved AST.
//!
//! `exec` runs statements and expressions that cannot suspend as plain Rust
//! recursion; `exec_async` runs the ones that contain `await` as boxed
//! futures, so a coroutine can stop in the middle of any expression and be
//! resumed later (see `coroutine`). `call` binds arguments and runs function
//! bodies.

pub mod call;
pub mod capabilities;
pub mod classes;
pub mod comprehension;
pub mod coroutine;
pub mod exceptions;
pub mod exec;
pub mod exec_async;
pub mod generators;
pub mod genframe;
pub mod introspect;
pub mod members;
pub mod metaclass;
pub mod patterns;
pub mod protocols;
pub mod subclass;

use std::cell::{Cell, RefCell};
use std::io::{IsTerminal, Write};
use std::rc::{Rc, Weak};

use crate::asyncio::EventLoop;
use crate::object::class::Namespace;
use crate::object::{types, Globals, Module, PyErr, PyException, PyResult, Stream, Value};
use crate::source::SourceFile;
use crate::syntax::ast::Span;
use coroutine::Transfer;

/// An activation record: the slots of one function call (or of the module).
pub struct Frame {
    pub locals: Vec<Option<Value>>,
    pub globals: Rc<Globals>,
    pub code: Rc<FrameCode>,
    /// A class body's namespace, where its `Scope::Name` names live.
    pub namespace: Option<Rc<RefCell<Namespace>>>,
    /// The mapping a metaclass's `__prepare__` returned, when it is not a
    /// plain dict: the class body's names are read and written through
    /// its `__getitem__`/`__setitem__`/`__delitem__` instead.
    pub class_mapping: Option<Value>,
    /// The exception an `except` block of this frame is handling, for a
    /// bare `raise`.
    pub handling: Option<Rc<PyException>>,
    /// The dict `locals()` returned in this function call: the same one
    /// each time, refreshed from the slots (CPython's `frame.f_locals`).
    pub f_locals: std::cell::OnceCell<Rc<RefCell<crate::object::Dict>>>,
}

/// What every frame of one piece of code shares. A function keeps one for
/// all its calls, so making a frame copies one reference, and a suspended
/// coroutine's frame stays small.
pub struct FrameCode {
    pub source: Rc<SourceFile>,
    /// The name tracebacks print (`<module>` at top level).
    pub name: Rc<str>,
    /// The class whose body defined the function (its `__class__` cell),
    /// set once the class is created; zero-argument `super()` needs it.
    pub class: RefCell<Option<Weak<crate::object::class::Class>>>,
}

impl FrameCode {
    pub fn new(source: Rc<SourceFile>, name: Rc<str>) -> Rc<FrameCode> {
        Rc::new(FrameCode {
            source,
            name,
            class: RefCell::new(None),
        })
    }
}

impl Frame {
    /// A frame for module-level code.
    pub fn module(globals: Rc<Globals>, source: Rc<SourceFile>) -> Frame {
        Frame {
            locals: Vec::new(),
            globals,
            code: FrameCode::new(source, Rc::from("<module>")),
            namespace: None,
            class_mapping: None,
            handling: None,
            f_locals: std::cell::OnceCell::new(),
        }
    }

    pub fn source(&self) -> &Rc<SourceFile> {
        &self.code.source
    }

    pub fn name(&self) -> &Rc<str> {
        &self.code.name
    }
}

/// Where printed text goes. stdout is block-buffered when it is not a
/// terminal and line-buffered when it is, like CPython's `sys.stdout`; stderr
/// is written through at once.
pub struct Output {
    buffer: Vec<u8>,
    sink: Box<dyn Write>,
    line_buffered: bool,
    unbuffered: bool,
}

const OUTPUT_BUFFER_SIZE: usize = 8192;

impl Output {
    pub fn new(sink: Box<dyn Write>, line_buffered: bool, unbuffered: bool) -> Output {
        Output {
            buffer: Vec::with_capacity(OUTPUT_BUFFER_SIZE),
            sink,
            line_buffered,
            unbuffered,
        }
    }

    pub fn write(&mut self, text: &str) {
        self.buffer.extend_from_slice(text.as_bytes());
        if self.unbuffered
            || self.buffer.len() >= OUTPUT_BUFFER_SIZE
            || (self.line_buffered && text.contains('\n'))
        {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        // A closed pipe (`pyasync x.py | head`) must not kill the interpreter.
        let _ = self.sink.write_all(&self.buffer);
        let _ = self.sink.flush();
        self.buffer.clear();
    }
}

pub struct Vm {
    self_ref: Weak<Vm>,
    /// Values of the builtins, indexed like `builtins::BUILTIN_NAMES`.
    pub builtins: Vec<Value>,
    /// `sys.modules`: imported modules by name.
    pub modules: Rc<RefCell<crate::object::Dict>>,
    /// The `sys` module's namespace once `sys` is first imported.
    pub sys_globals: RefCell<Option<Rc<Globals>>>,
    pub stdout: RefCell<Output>,
    pub stderr: RefCell<Output>,
    pub argv: RefCell<Vec<String>>,
    /// Python frames currently on the Rust stack.
    /// The hand-off between a suspending coroutine and its driver.
    pub transfer: RefCell<Transfer>,
    /// The loop `asyncio.run` is running, if any.
    pub running_loop: RefCell<Option<Rc<EventLoop>>>,
    /// The event loop policy's loop (`asyncio.set_event_loop`), which
    /// `get_event_loop` returns when no loop is running.
    pub current_loop: RefCell<Option<Rc<EventLoop>>>,
    /// `set_event_loop` was called (also by `asyncio.run`): from then on
    /// `get_event_loop` without a loop is an error instead of creating one
    /// (`BaseDefaultEventLoopPolicy._local._set_called`).
    pub current_loop_set: Cell<bool>,
    /// `asyncio.set_event_loop_policy`'s policy object, made on first use;
    /// `current_loop` and `current_loop_set` are its state.
    pub asyncio_policy: RefCell<Option<Value>>,
    /// Numbers tasks `Task-1`, `Task-2`, ... across loops, as CPython's
    /// `tasks._task_name_counter`.
    pub task_counter: Cell<u64>,
    /// The script being run, and the statement being executed in it: where
    /// warnings issued from finalisers point (CPython takes the current
    /// frame's line).
    pub script: RefCell<Option<Rc<SourceFile>>>,
    pub location: Cell<Option<Span>>,
    /// Slot vectors of finished frames, reused by the next calls so that a
    /// call allocates nothing in the steady state.
    free_slots: RefCell<Vec<Vec<Option<Value>>>>,
    /// For each coroutine awaited inline and running now, outermost first:
    /// the awaiting frame's statement, so that a running task's repr can
    /// name its own frame's line rather than the innermost one.
    pub awaiter_locations: RefCell<Vec<Option<Span>>>,
    /// The exceptions `except` clauses are handling now, innermost last:
    /// what `sys.exc_info()` reports.
    pub handled: RefCell<Vec<Rc<crate::object::PyException>>>,
    /// Coroutines dropped while suspended, waiting to be closed where no
    /// borrow is held (`coroutine::run_finalizers`); `object::finalize`
    /// says whether there are any.
    pub finalizers: RefCell<std::collections::VecDeque<Rc<coroutine::Coroutine>>>,
    /// For each generator frame being resumed, innermost last: whether it
    /// is an async generator's (whose `yield`s are wrapped).
    pub async_gen_frames: RefCell<Vec<bool>>,
    /// The clock every event loop and the `time` module read: real time,
    /// or virtual time (`--clock`), one timeline for the whole run as
    /// `time.monotonic` is in CPython.
    pub clock: RefCell<Rc<dyn crate::asyncio::clock::Clock>>,
    /// When a loop stops the run itself (`--detect-deadlock`, `--max-time`).
    pub run_limits: Cell<crate::asyncio::verdict::RunLimits>,
    /// The exit status of a run the loop stopped (see `asyncio::verdict`).
    pub halted: Cell<Option<i32>>,
    /// Attached to every event loop made from now on, and told of output.
    pub observer: RefCell<Option<Rc<dyn crate::asyncio::observer::LoopObserver>>>,
    /// What the script may reach outside the interpreter (see
    /// `capabilities`): everything on the command line.
    pub capabilities: Cell<capabilities::Capabilities>,
    /// An embedding host's limits, interrupt and output sink (see `embed`).
    pub guard: crate::embed::guard::Guard,
}

impl Vm {
    pub fn new(stdout: Output, stderr: Output) -> Rc<Vm> {
        let vm = Rc::new_cyclic(|self_ref| Vm {
            self_ref: self_ref.clone(),
            builtins: crate::builtins::make_builtins(),
            modules: Rc::new(RefCell::new(Default::default())),
            sys_globals: RefCell::new(None),
            stdout: RefCell::new(stdout),
            stderr: RefCell::new(stderr),
            argv: RefCell::new(vec![String::new()]),
            transfer: RefCell::new(Transfer::Empty),
            running_loop: RefCell::new(None),
            current_loop: RefCell::new(None),
            current_loop_set: Cell::new(false),
            asyncio_policy: RefCell::new(None),
            task_counter: Cell::new(0),
            script: RefCell::new(None),
            location: Cell::new(None),
            free_slots: RefCell::new(Vec::new()),
            awaiter_locations: RefCell::new(Vec::new()),
            handled: RefCell::new(Vec::new()),
            finalizers: RefCell::new(Default::default()),
            async_gen_frames: RefCell::new(Vec::new()),
            clock: RefCell::new(Rc::new(crate::asyncio::clock::MonotonicClock::new())),
            run_limits: Cell::new(Default::default()),
            halted: Cell::new(None),
            observer: RefCell::new(None),
            capabilities: Cell::new(capabilities::Capabilities::all()),
            guard: Default::default(),
        });
        crate::object::userhash::install(&vm);
        vm
    }

    /// A Vm writing to the process's stdout and stderr.
    pub fn with_std_streams(unbuffered: bool) -> Rc<Vm> {
        let stdout_tty = std::io::stdout().is_terminal();
        Vm::new(
            Output::new(Box::new(std::io::stdout()), stdout_tty, unbuffered),
            Output::new(Box::new(std::io::stderr()), true, true),
        )
    }

    pub fn weak(&self) -> Weak<Vm> {
        self.self_ref.clone()
    }

    /// The file and line being executed, if a script is running.
    pub fn current_location(&self) -> Option<(Rc<SourceFile>, usize)> {
        let span = self.location.get()?;
        let source = self.script.borrow().clone()?;
        let line = source.line_of(span.start as usize);
        Some((source, line))
    }

    /// `Ok` if the host granted `capability`, else the `PermissionError`
    /// naming it and what needed it.
    pub fn require(&self, capability: capabilities::Capability, what: &str) -> PyResult<()> {
        self.capabilities.get().require(capability, what)
    }

    /// An owning handle, for futures that must outlive the current borrow.
    pub fn rc(&self) -> Rc<Vm> {
        self.self_ref
            .upgrade()
            .expect("the Vm is alive while it runs")
    }

    /// `sys.stdout`/`sys.stderr` where a script has replaced them (with a
    /// StringIO, a writer object, None, the other stream): `None` while
    /// `sys` is not imported or still holds the process's own stream.
    pub fn sys_stream(&self, name: &str) -> Option<Value> {
        let own = if name == "stderr" {
            Stream::Stderr
        } else {
            Stream::Stdout
        };
        let sys = self.sys_globals.borrow();
        match sys.as_ref()?.get(name) {
            Some(Value::Stream(s)) if s == own => None,
            None => None,
            replaced => replaced,
        }
    }

    pub fn write(&self, stream: Stream, text: &str) {
        if self.guard.hosted() {
            return self.guard.write(self, stream, text);
        }
        if let Some(observer) = &*self.observer.borrow() {
            self.report_output(&**observer, stream, text);
        }
        match stream {
            Stream::Stdout => self.stdout.borrow_mut().write(text),
            Stream::Stderr => {
                // Keep the order of interleaved prints when both go to one terminal.
                self.stdout.borrow_mut().flush();
                self.stderr.borrow_mut().write(text)
            }
        }
    }

    /// Tells the observer which task (if any) is writing what.
    #[cold]
    #[inline(never)]
    fn report_output(
        &self,
        observer: &dyn crate::asyncio::observer::LoopObserver,
        stream: Stream,
        text: &str,
    ) {
        let event_loop = self.running_loop.borrow().clone();
        let (now, task) = match &event_loop {
            Some(l) => (
                l.time(),
                l.current_task()
                    .map(|t| crate::asyncio::observer::id_of(&t)),
            ),
            None => (f64::NAN, None),
        };
        observer.output(now, task, matches!(stream, Stream::Stderr), text);
    }

    pub fn flush_all(&self) {
        self.stdout.borrow_mut().flush();
        self.stderr.borrow_mut().flush();
    }

    /// Raises KeyboardInterrupt if Ctrl-C was pressed since the last check,
    /// runs the Python handlers of signals caught meanwhile, and counts the
    /// step against an embedding host's limits.
    #[inline]
    pub fn check_interrupt(&self) -> PyResult<()> {
        if crate::signals::interrupted() {
            return Err(PyErr::with_args(&types::KEYBOARD_INTERRUPT, vec![]));
        }
        if crate::signals::handlers_pending() {
            crate::stdlib::signal::run_pending(self)?;
        }
        self.guard.step(self)
    }

    /// An empty slot vector with room for `capacity` slots, from the pool
    /// of finished frames when there is one.
    #[inline]
    pub fn new_slots(&self, capacity: usize) -> Vec<Option<Value>> {
        match self.free_slots.borrow_mut().pop() {
            Some(mut slots) => {
                slots.reserve(capacity);
                slots
            }
            None => Vec::with_capacity(capacity),
        }
    }

    /// Gives a finished frame's slots back to the pool. The values are
    /// dropped first, outside any borrow: dropping one may run Python code.
    #[inline]
    pub fn recycle_slots(&self, mut slots: Vec<Option<Value>>) {
        const POOL_SIZE: usize = 64;
        const MAX_SLOTS: usize = 64;
        slots.clear();
        let mut pool = self.free_slots.borrow_mut();
        if pool.len() < POOL_SIZE && slots.capacity() <= MAX_SLOTS {
            pool.push(slots);
        }
    }

    /// Enters a Python frame; fails with RecursionError past the limit
    /// (see `object::recursion`).
    #[inline]
    pub fn enter_frame(&self) -> PyResult<DepthGuard> {
        self.check_interrupt()?;
        crate::object::recursion::enter("").map_err(|e| self.guard.recursion_refused(self, e))
    }

    /// Collects any iterable into a vector.
    pub fn iterate(&self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect(v)
    }

    /// A new module namespace for a script.
    pub fn new_module(&self, name: &str, globals: Rc<Globals>) -> Rc<Module> {
        globals.set("__name__", Value::str(name));
        Rc::new(Module {
            name: Rc::from(name),
            globals,
        })
    }
}

/// Leaves the frame entered by `Vm::enter_frame` when dropped.
pub type DepthGuard = crate::object::recursion::Guard;
