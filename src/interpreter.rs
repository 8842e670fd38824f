//! The embedding API: run Python source and get CPython's exit status.

use std::rc::Rc;

use crate::interp::{Frame, Vm};
use crate::object::{types, Globals, PyErr, PyResult, Stream, Value};
use crate::source::SourceFile;
use crate::syntax::SyntaxError;

/// The command line's switches that change how a script runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `-u`: write stdout through at once.
    pub unbuffered: bool,
    /// `--clock`: real time, or a virtual clock that jumps to the next timer.
    pub clock: crate::asyncio::clock::ClockKind,
    /// `--detect-deadlock`: under the real clock, end a run that can never
    /// be woken (with the verdict, status 3) instead of waiting forever.
    pub detect_deadlock: bool,
    /// `--max-time SECONDS`: end the run (status 3) when the loop's clock
    /// would pass this time.
    pub max_time: Option<f64>,
    /// `--trace`, `--timeline`: record the schedule and draw it.
    pub schedule: crate::schedule::ScheduleOutputs,
}

/// Runs scripts as the `pyasync` command does: every capability granted,
/// output to the process's streams. (An untrusted script wants
/// `Interpreter::builder()`, the `embed` API, instead.)
pub struct Interpreter {
    vm: Rc<Vm>,
    /// Records the schedule when `Options::schedule` asks for it.
    recorder: std::cell::RefCell<
        Option<(
            Rc<crate::schedule::Recorder>,
            crate::schedule::ScheduleOutputs,
        )>,
    >,
}

/// Stack for the thread that runs Python code. A tree-walker uses several
/// Rust frames per Python frame; this leaves ample room for
/// `MAX_RECURSION_LIMIT` Python frames, so deep recursion always ends in
/// RecursionError rather than a stack overflow. Untouched pages cost nothing.
pub const STACK_SIZE: usize = 1 << 30;

/// Runs `f` on a thread with a stack large enough for the interpreter.
pub fn run_with_large_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let thread = std::thread::Builder::new()
        .name("pyasync".into())
        .stack_size(STACK_SIZE)
        .spawn(f)
        .expect("spawning the interpreter thread");
    crate::signals::leave_to_other_threads();
    thread
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

impl Interpreter {
    /// A sandboxed interpreter for untrusted code: limits, capabilities and
    /// host functions (see `embed`).
    pub fn builder() -> crate::embed::Builder {
        crate::embed::Interpreter::builder()
    }

    /// An interpreter printing to the process's stdout and stderr.
    pub fn new(options: &Options) -> Interpreter {
        let interpreter = Interpreter {
            vm: Vm::with_std_streams(options.unbuffered),
            recorder: Default::default(),
        };
        interpreter.set_clock_options(options);
        interpreter.record_schedule(&options.schedule);
        interpreter
    }

    /// Takes `options`' clock and run limits (before anything ran: every
    /// loop made afterwards reads this clock).
    pub fn set_clock_options(&self, options: &Options) {
        *self.vm.clock.borrow_mut() = options.clock.make();
        self.vm.run_limits.set(crate::asyncio::verdict::RunLimits {
            detect_deadlock: options.detect_deadlock,
            max_time: options.max_time,
        });
    }

    /// Records the schedule of the script run next, to write what
    /// `outputs` asks for after it (`--trace`, `--timeline`).
    pub fn record_schedule(&self, outputs: &crate::schedule::ScheduleOutputs) {
        if outputs.wanted() {
            let recorder = crate::schedule::Recorder::new();
            *self.vm.observer.borrow_mut() = Some(recorder.clone());
            *self.recorder.borrow_mut() = Some((recorder, outputs.clone()));
        }
    }

    /// An interpreter over a given Vm (for captured output).
    pub fn from_vm(vm: Rc<Vm>) -> Interpreter {
        Interpreter {
            vm,
            recorder: Default::default(),
        }
    }

    /// The interpreter's state.
    pub fn vm(&self) -> &Rc<Vm> {
        &self.vm
    }

    /// `sys.argv`.
    pub fn set_argv(&self, argv: Vec<String>) {
        *self.vm.argv.borrow_mut() = argv;
    }

    /// Runs `source` as the `__main__` module and returns the exit status
    /// CPython would: 0, 1 after an uncaught exception or a syntax error, or
    /// the code given to `sys.exit`.
    pub fn run_script(&self, filename: &str, source: &str) -> i32 {
        let (status, globals) = self.run_main(filename, source, false);
        // Module teardown: drop the globals, as CPython does at exit, which
        // also releases everything they kept alive. Nothing is executing
        // any more, so finalisers report `sys:1`.
        if let Some(globals) = globals {
            self.vm.location.set(None);
            // One value at a time, so that each finaliser (`__del__`, a
            // suspended generator's `finally`) runs when its object goes.
            for value in globals.take_for_teardown() {
                drop(value);
                if crate::object::finalize::pending() {
                    crate::interp::coroutine::run_finalizers(&self.vm);
                }
            }
            globals.clear();
        }
        self.vm.flush_all();
        self.write_schedule(filename, status)
    }

    /// After a recorded run: the trace, the SVG and the text timeline.
    /// A file that cannot be written is reported, status 2.
    fn write_schedule(&self, filename: &str, status: i32) -> i32 {
        let Some((recorder, outputs)) = self.recorder.borrow_mut().take() else {
            return status;
        };
        self.vm.observer.borrow_mut().take();
        match outputs.write(&recorder.recording(), filename) {
            Ok(text) => {
                self.vm.write(Stream::Stderr, &text);
                self.vm.flush_all();
                status
            }
            Err(message) => {
                self.vm
                    .write(Stream::Stderr, &format!("pyasync: {}\n", message));
                self.vm.flush_all();
                2
            }
        }
    }

    /// `python -i`: runs `source` as `__main__` and returns an interactive
    /// session over its globals. An uncaught exception, `sys.exit` included,
    /// is printed as a traceback and the session starts anyway, as CPython's
    /// `-i` does.
    pub fn run_script_then_session(&self, filename: &str, source: &str) -> Session {
        let (_, globals) = self.run_main(filename, source, true);
        self.vm.flush_all();
        // The script's schedule, before the prompt's own recording starts.
        self.write_schedule(filename, 0);
        match globals {
            Some(globals) => Session::with_globals(self.vm.clone(), globals, None),
            None => Session::new(self),
        }
    }

    fn run_main(&self, filename: &str, source: &str, inspect: bool) -> (i32, Option<Rc<Globals>>) {
        let vm = &self.vm;
        let file = Rc::new(SourceFile::new(filename, source));
        let mut module = match crate::syntax::parse(source).and_then(|mut m| {
            crate::resolve::resolve_module(&mut m, &[], source, crate::builtins::builtin_index)
                .map(|_| m)
        }) {
            Ok(m) => m,
            Err(e) => {
                self.report_syntax_error(filename, source, &e);
                return (1, None);
            }
        };
        let globals = Rc::new(Globals::new(&module.globals));
        let main = vm.new_module("__main__", globals.clone());
        crate::stdlib::importer::set_loaded(vm, "__main__", Value::Module(main));
        // The script is no package's module, and was found by no import.
        globals.set("__doc__", crate::object::function::docstring(&module.body));
        globals.set("__package__", Value::None);
        globals.set("__spec__", Value::None);
        // A script's `__file__` is its absolute path (CPython 3.9+).
        if !filename.starts_with('<') {
            if let Ok(path) = std::path::absolute(filename) {
                globals.set("__file__", Value::str(&path.to_string_lossy()));
            }
        }
        let mut frame = Frame::module(globals.clone(), file.clone());
        *vm.script.borrow_mut() = Some(file.clone());
        let body = std::mem::take(&mut module.body);
        let result = vm.exec_block(&mut frame, &body);
        // What the script's last statement dropped is closed before it ends.
        if crate::object::finalize::pending() {
            crate::interp::coroutine::run_finalizers(vm);
        }
        let status = match result {
            // A run the loop halted has said why (see `asyncio::verdict`).
            _ if vm.halted.get().is_some() => vm.halted.get().unwrap_or_default(),
            Ok(_) => 0,
            Err(e) => {
                let fallback = body.first().map(|s| s.span).unwrap_or_default();
                e.leave_frame(&file, frame.name(), fallback);
                if inspect {
                    let text = self.vm.format_exception(&e.exc);
                    self.vm.write(Stream::Stderr, &text);
                    1
                } else {
                    self.report_uncaught(&e)
                }
            }
        };
        (status, Some(globals))
    }

    fn report_syntax_error(&self, filename: &str, source: &str, e: &SyntaxError) {
        report_syntax_error(&self.vm, filename, source, e)
    }

    /// Prints an uncaught exception and returns the exit status.
    fn report_uncaught(&self, e: &PyErr) -> i32 {
        report_uncaught(&self.vm, e)
    }
}

/// Prints an uncaught exception (or `sys.exit`'s message) and returns the
/// exit status CPython would.
fn report_uncaught(vm: &Vm, e: &PyErr) -> i32 {
    {
        if e.is_instance(&types::SYSTEM_EXIT) {
            let args = e.exc.args.borrow();
            return match args.first() {
                None | Some(Value::None) => 0,
                Some(Value::Int(code)) => *code as i32,
                Some(Value::Bool(b)) => *b as i32,
                Some(other) => {
                    let text = crate::object::repr::str_plain(other) + "\n";
                    vm.write(Stream::Stderr, &text);
                    1
                }
            };
        }
        let text = vm.format_exception(&e.exc);
        vm.write(Stream::Stderr, &text);
        if e.is_instance(&types::KEYBOARD_INTERRUPT) {
            130
        } else {
            1
        }
    }
}

// ----- the interactive session -----

/// Whether an input typed so far can run, like CPython's `codeop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// Run it.
    Complete,
    /// Read another line (`... ` prompt).
    Incomplete,
    /// A syntax error more lines cannot fix: run it, to report the error.
    Invalid,
}

/// What became of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Ran to the end.
    Ok,
    /// A syntax error or an exception was printed; the session goes on.
    Failed,
    /// `sys.exit(n)` / `exit()`: leave with this status.
    Exit(i32),
}

/// The name of the coroutine function an input with a top-level `await` is
/// wrapped in.
const AWAIT_WRAPPER: &str = "__pyasync_repl__";

/// One `__main__` namespace and one event loop across many inputs: the
/// library side of the interactive prompt (`src/repl.rs` is the terminal
/// side). Every input is resolved against the names of the earlier ones, so
/// their slots stay stable; the loop is the running loop for the session's
/// whole life, and tasks created at the prompt run whenever the session
/// runs it (see `run_pending`).
/// The steps a session records at most for `%timeline` and `%trace`.
const SESSION_STEP_LIMIT: usize = 200_000;

/// The state of an interactive prompt (see `src/repl.rs`).
pub struct Session {
    vm: Rc<Vm>,
    globals: Rc<Globals>,
    event_loop: Rc<crate::asyncio::EventLoop>,
    /// The session's schedule, for `%timeline` and `%trace`.
    recorder: Rc<crate::schedule::Recorder>,
}

impl Session {
    /// A fresh `__main__` on a loop that waits on real time (`InteractiveClock`:
    /// Ctrl-C and arriving lines end its waits early).
    pub fn new(interpreter: &Interpreter) -> Session {
        Session::with_clock(
            interpreter,
            Box::new(crate::asyncio::clock::InteractiveClock::new()),
        )
    }

    /// A fresh `__main__` on a loop waiting through `clock` (the terminal
    /// REPL's clock also wakes up when a line arrives or on Ctrl-C).
    pub fn with_clock(
        interpreter: &Interpreter,
        clock: Box<dyn crate::asyncio::clock::Clock>,
    ) -> Session {
        let vm = interpreter.vm.clone();
        let globals = Rc::new(Globals::new(&[]));
        Session::with_globals(vm, globals, Some(clock))
    }

    /// A session over existing `__main__` globals (after `-i`'s script).
    pub fn with_globals(
        vm: Rc<Vm>,
        globals: Rc<Globals>,
        clock: Option<Box<dyn crate::asyncio::clock::Clock>>,
    ) -> Session {
        let main = vm.new_module("__main__", globals.clone());
        crate::stdlib::importer::set_loaded(&vm, "__main__", Value::Module(main));
        let clock =
            clock.unwrap_or_else(|| Box::new(crate::asyncio::clock::InteractiveClock::new()));
        // A script run with -i may have left a loop running only if it
        // crashed inside one; the session's loop replaces it.
        vm.running_loop.borrow_mut().take();
        let recorder = crate::schedule::Recorder::with_step_limit(SESSION_STEP_LIMIT);
        *vm.observer.borrow_mut() = Some(recorder.clone());
        let event_loop = crate::asyncio::EventLoop::new(clock, vm.weak());
        event_loop.enter_interactive(&vm);
        Session {
            vm,
            globals,
            event_loop,
            recorder,
        }
    }

    /// Replaces the loop's clock (before any input ran): the REPL builds
    /// the session first and its line reader afterwards.
    pub fn set_clock(&mut self, clock: Box<dyn crate::asyncio::clock::Clock>) {
        let event_loop = crate::asyncio::EventLoop::new(clock, self.vm.weak());
        event_loop.enter_interactive(&self.vm);
        self.event_loop = event_loop;
    }

    /// The interpreter's state.
    pub fn vm(&self) -> &Rc<Vm> {
        &self.vm
    }

    /// The `__main__` namespace.
    pub fn globals(&self) -> &Rc<Globals> {
        &self.globals
    }

    /// The session's event loop.
    pub fn event_loop(&self) -> &Rc<crate::asyncio::EventLoop> {
        &self.event_loop
    }

    /// Like `codeop.compile_command`: an unfinished block, an open bracket,
    /// an unterminated triple-quoted string or a trailing backslash needs
    /// more lines; a compound statement ends with an empty line.
    pub fn is_complete(&self, source: &str) -> Completeness {
        is_complete(source)
    }

    /// Runs one complete input: parses it against the session's names,
    /// executes it, echoes the repr of each top-level expression statement
    /// that is not None (storing it in `_`), and prints any error. An input
    /// with `await` (or `async for`/`async with`) at top level runs as a task
    /// on the session's loop, as under `python -m asyncio`.
    /// `%timeline`: the text timeline of the last input whose tasks ran.
    pub fn timeline_report(&self) -> String {
        match self.recorder.last_input_with_steps() {
            Some(rec) => crate::schedule::timeline::text_timeline(&rec),
            None => "no task has run yet\n".to_string(),
        }
    }

    /// `%trace FILE`: the session's trace so far, written to `path`.
    pub fn write_trace(&self, path: &str) -> String {
        let outputs = crate::schedule::ScheduleOutputs {
            trace: Some(path.into()),
            ..Default::default()
        };
        match outputs.write(&self.recorder.recording(), "<stdin>") {
            Ok(_) => format!("trace written to {}\n", path),
            Err(message) => format!("{}\n", message),
        }
    }

    /// Runs one complete input typed at the prompt.
    pub fn run_input(&self, source: &str) -> Outcome {
        self.recorder.begin_input();
        let outcome = self.run_input_inner(source);
        self.vm.flush_all();
        outcome
    }

    fn run_input_inner(&self, source: &str) -> Outcome {
        if source.trim().is_empty() {
            return Outcome::Ok;
        }
        let mut module = match crate::syntax::parse(source) {
            Ok(m) => m,
            Err(e) if is_top_level_async_error(&e) => return self.run_await_input(source, &e),
            Err(e) => {
                report_syntax_error(&self.vm, "<stdin>", source, &e);
                return Outcome::Failed;
            }
        };
        if let Err(e) = self.resolve(&mut module, source) {
            report_syntax_error(&self.vm, "<stdin>", source, &e);
            return Outcome::Failed;
        }
        let file = Rc::new(SourceFile::new("<stdin>", source));
        let mut frame = Frame::module(self.globals.clone(), file.clone());
        let body = std::mem::take(&mut module.body);
        for stmt in &body {
            let result = match &stmt.kind {
                crate::syntax::ast::StmtKind::Expr(e) => {
                    self.vm.eval(&mut frame, e).and_then(|v| self.display(v))
                }
                _ => self.vm.exec_stmt(&mut frame, stmt).map(|_| ()),
            };
            if let Err(e) = result {
                e.leave_frame(&file, frame.name(), stmt.span);
                return self.report(&e);
            }
        }
        Outcome::Ok
    }

    /// Resolves `module` against the session's names and gives new names
    /// their slots.
    fn resolve(
        &self,
        module: &mut crate::syntax::ast::Module,
        source: &str,
    ) -> Result<(), SyntaxError> {
        let names = self.globals.slot_names();
        crate::resolve::resolve_module(module, &names, source, crate::builtins::builtin_index)?;
        for name in &module.globals[names.len()..] {
            self.globals.slot_for(name);
        }
        Ok(())
    }

    /// `sys.displayhook`: prints the repr of a value that is not None and
    /// keeps it in `_`.
    fn display(&self, v: Value) -> PyResult<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let text = self.vm.repr(&v)?;
        self.vm.write(Stream::Stdout, &(text + "\n"));
        self.globals.set("_", v);
        Ok(())
    }

    /// Prints an error from an input; SystemExit ends the session.
    fn report(&self, e: &PyErr) -> Outcome {
        if e.is_instance(&types::SYSTEM_EXIT) {
            return Outcome::Exit(report_uncaught(&self.vm, e));
        }
        let text = self.vm.format_exception(&e.exc);
        self.vm.write(Stream::Stderr, &text);
        Outcome::Failed
    }

    /// Top-level `await`. `validate.rs` rejects it in a module (as CPython
    /// does without `PyCF_ALLOW_TOP_LEVEL_AWAIT`), so the input is wrapped:
    /// `async def __pyasync_repl__():` + the input indented by one space,
    /// with every name the input binds declared `global` and its last
    /// statement turned into `return` if it is an expression. The coroutine
    /// runs as a task on the session's loop (CPython's asyncio REPL uses
    /// `loop.create_task` too), and the loop runs until the task is done;
    /// Ctrl-C cancels it. Syntax errors and tracebacks are mapped back to the
    /// input's own lines.
    fn run_await_input(&self, source: &str, original: &SyntaxError) -> Outcome {
        let wrapped = wrap_source(source);
        let mut module = match crate::syntax::parse(&wrapped.text) {
            Ok(m) => m,
            Err(e) => {
                let e = if is_top_level_async_error(&e) {
                    original.clone()
                } else {
                    wrapped.unmap_error(source, e)
                };
                report_syntax_error(&self.vm, "<stdin>", source, &e);
                return Outcome::Failed;
            }
        };
        let echo = {
            let Some(stmt) = module.body.first_mut() else {
                return Outcome::Ok;
            };
            let crate::syntax::ast::StmtKind::FunctionDef(def) = &mut stmt.kind else {
                return Outcome::Failed;
            };
            let def = Rc::get_mut(def).expect("a freshly parsed def is not shared");
            let bound: Vec<crate::syntax::ast::Ident> = crate::resolve::names_bound_by(&def.body)
                .into_iter()
                .map(|name| crate::syntax::ast::Ident {
                    name,
                    span: def.span,
                })
                .collect();
            let mut echo = false;
            if let Some(last) = def.body.last_mut() {
                if let crate::syntax::ast::StmtKind::Expr(e) = &last.kind {
                    last.kind = crate::syntax::ast::StmtKind::Return(Some(e.clone()));
                    echo = true;
                }
            }
            if !bound.is_empty() {
                def.body.insert(
                    0,
                    crate::syntax::ast::Stmt {
                        kind: crate::syntax::ast::StmtKind::Global(bound),
                        span: def.span,
                        awaits: false,
                    },
                );
            }
            echo
        };
        if let Err(e) = self.resolve(&mut module, &wrapped.text) {
            report_syntax_error(&self.vm, "<stdin>", source, &wrapped.unmap_error(source, e));
            return Outcome::Failed;
        }
        let file = Rc::new(SourceFile::new("<stdin>", &wrapped.text));
        let mut frame = Frame::module(self.globals.clone(), file.clone());
        let body = std::mem::take(&mut module.body);
        if let Err(e) = self.vm.exec_block(&mut frame, &body) {
            return self.report(&e);
        }
        let func = self.globals.get(AWAIT_WRAPPER);
        let slot = self.globals.slot_for(AWAIT_WRAPPER);
        self.globals.clear_slot(slot);
        let Some(func) = func else {
            return Outcome::Failed;
        };
        let coro = match self.vm.call(&func, crate::object::Args::default()) {
            Ok(Value::Coroutine(c)) => c,
            Ok(_) => return Outcome::Failed,
            Err(e) => return self.report(&e),
        };
        let task = crate::asyncio::Task::spawn(&self.vm, &self.event_loop, coro, None);
        let mut interrupted = false;
        while !task.future.done() {
            if crate::signals::take_interrupt() && !interrupted {
                interrupted = true;
                if let Err(e) = task.cancel(None) {
                    task.future.event_loop.report_error(&e);
                }
            }
            if let Some(outcome) = self.run_once_or_wait() {
                // The input's own sys.exit ends the session: its task holds
                // the SystemExit, which is not an error to report again.
                let _ = task.future.result();
                return outcome;
            }
        }
        let source_file = Rc::new(SourceFile::new("<stdin>", source));
        match task.future.result() {
            Ok(v) => {
                if echo {
                    if let Err(e) = self.display(v) {
                        return self.report(&e);
                    }
                }
                Outcome::Ok
            }
            Err(e) if interrupted && e.is_instance(&types::CANCELLED_ERROR) => {
                self.vm.write(Stream::Stderr, "\nKeyboardInterrupt\n");
                Outcome::Failed
            }
            Err(e) => {
                wrapped.unmap_traceback(&e.exc, &file, &source_file);
                self.report(&e)
            }
        }
    }

    /// Runs one loop iteration if anything is ready or scheduled (waiting
    /// through the clock for the next timer); otherwise waits for a wake-up
    /// (Ctrl-C or a line). Returns an outcome if the loop raised SystemExit.
    fn run_once_or_wait(&self) -> Option<Outcome> {
        if self.event_loop.has_pending_work() {
            if let Err(e) = self.event_loop.run_one_iteration(&self.vm) {
                let outcome = self.report(&e);
                self.vm.flush_all();
                if let Outcome::Exit(_) = outcome {
                    return Some(outcome);
                }
            }
        } else {
            crate::signals::wait_for_wake(None);
        }
        None
    }

    /// Lets background tasks run while the prompt waits: one iteration if
    /// there is work (the clock's wait returns early when a line arrives).
    /// Returns false when there was nothing to do.
    pub fn run_pending(&self) -> Result<bool, Outcome> {
        if !self.event_loop.has_pending_work() {
            return Ok(false);
        }
        if let Err(e) = self.event_loop.run_one_iteration(&self.vm) {
            let outcome = self.report(&e);
            if let Outcome::Exit(_) = outcome {
                self.vm.flush_all();
                return Err(outcome);
            }
        }
        self.vm.flush_all();
        Ok(true)
    }

    /// Names completing `line[..pos]`: globals, builtins and keywords, or
    /// attributes after a dotted name. Returns where the completed word
    /// starts and the candidates, sorted.
    pub fn completions(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let pos = pos.min(line.len());
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let word = &before[start..];
        let mut out: Vec<String> = Vec::new();
        if let Some(dot) = word.rfind('.') {
            let (base, prefix) = (&word[..dot], &word[dot + 1..]);
            if let Some(obj) = self.lookup_dotted(base) {
                for name in self.attribute_names(&obj) {
                    if name.starts_with(prefix)
                        && (prefix.starts_with('_') || !name.starts_with('_'))
                    {
                        out.push(name);
                    }
                }
            }
            out.sort();
            out.dedup();
            return (start + dot + 1, out);
        }
        let mut add = |name: &str| {
            if name.starts_with(word) && !name.starts_with("__") {
                out.push(name.to_string());
            }
        };
        for name in self.globals.bound_names() {
            add(&name);
        }
        for name in crate::builtins::builtin_names() {
            add(name);
        }
        for name in KEYWORDS {
            add(name);
        }
        out.sort();
        out.dedup();
        (start, out)
    }

    fn lookup_dotted(&self, dotted: &str) -> Option<Value> {
        let mut parts = dotted.split('.');
        let first = parts.next()?;
        let mut v = self.globals.get(first).or_else(|| {
            crate::builtins::builtin_index(first).map(|i| self.vm.builtins[i as usize].clone())
        })?;
        for part in parts {
            if matches!(v, Value::Instance(_)) {
                // Properties run code: do not evaluate them while completing.
                return None;
            }
            v = self.vm.get_attr(&v, part).ok()?;
        }
        Some(v)
    }

    /// The attributes of a value, for completion: a module's globals, an
    /// instance's and its classes' namespaces (no user `__dir__` runs while
    /// completing), else `dir(value)`, which reads the type tables.
    fn attribute_names(&self, v: &Value) -> Vec<String> {
        match v {
            Value::Module(m) => m
                .globals
                .bound_names()
                .iter()
                .map(|n| n.to_string())
                .collect(),
            Value::Instance(inst) => {
                let mut names: Vec<String> =
                    inst.dict.borrow().keys().map(|k| k.to_string()).collect();
                for cls in &inst.class.mro {
                    if let crate::object::TypeRef::User(c) = cls {
                        names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
                    }
                }
                names
            }
            _ => match self.vm.dir_of(v) {
                Ok(Value::List(names)) => names
                    .borrow()
                    .iter()
                    .filter_map(|n| match n {
                        Value::Str(s) => Some(s.to_string()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            },
        }
    }

    /// `%tasks`: the loop's pending tasks, oldest first, one per line.
    pub fn tasks_report(&self) -> String {
        let tasks = self.event_loop.pending_tasks();
        if tasks.is_empty() {
            return "no pending tasks\n".to_string();
        }
        let mut out = String::new();
        for task in &tasks {
            out.push_str(&self.task_line(task));
            out.push('\n');
        }
        out
    }

    fn task_line(&self, task: &crate::asyncio::Task) -> String {
        let state = if task.future.done() {
            "done"
        } else if task.cancelling() > 0 {
            "cancelling"
        } else if self
            .event_loop
            .current_task()
            .is_some_and(|t| std::ptr::eq(&*t, task))
        {
            "running"
        } else {
            "pending"
        };
        let waiting = match task.fut_waiter() {
            Some(w) => format!("awaits {}", self.vm.repr(&w).unwrap_or_else(|_| "?".into())),
            None => "ready to run".to_string(),
        };
        format!(
            "{}  {}  {}()  {}  (defined at {})",
            task.name(),
            state,
            task.coro.qualname(),
            waiting,
            coroutine_location(&task.coro)
        )
    }

    /// `%where NAME`: a task (a global holding it, or its name) with its
    /// coroutine and the chain of futures it waits on.
    pub fn where_report(&self, name: &str) -> String {
        let name = name.trim();
        let task = match self.globals.get(name) {
            Some(Value::Task(t)) => Some(t),
            _ => self
                .event_loop
                .pending_tasks()
                .into_iter()
                .find(|t| &*t.name() == name),
        };
        let Some(task) = task else {
            return format!("%where: no task named {:?} (give a variable holding a task, or a task name from %tasks)\n", name);
        };
        let mut out = format!(
            "{}\n  coroutine {}() defined at {}\n",
            crate::asyncio::task_repr(&task),
            task.coro.qualname(),
            coroutine_location(&task.coro)
        );
        let mut waiter = task.fut_waiter();
        let mut depth = 0;
        while let Some(w) = waiter.take() {
            out.push_str(&format!(
                "  {}awaits {}\n",
                "  ".repeat(depth),
                self.vm.repr(&w).unwrap_or_else(|_| "?".into())
            ));
            if let Value::Task(t) = &w {
                out.push_str(&format!(
                    "  {}  which runs {}() defined at {}\n",
                    "  ".repeat(depth),
                    t.coro.qualname(),
                    coroutine_location(&t.coro)
                ));
                waiter = t.fut_waiter();
                depth += 1;
                if depth > 20 {
                    break;
                }
            }
        }
        if task.fut_waiter().is_none() {
            out.push_str("  awaits nothing: it is scheduled to run\n");
        }
        out
    }
}

fn coroutine_location(coro: &crate::interp::coroutine::Coroutine) -> String {
    match coro.definition() {
        Some((src, span)) => format!("{}:{}", src.name, src.line_of(span.start as usize)),
        None => "<native>".to_string(),
    }
}

/// Python's keywords, for completion.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The errors `validate.rs` gives for `await`, `async for` and `async with`
/// at module level: the input is meant for the session's loop.
fn is_top_level_async_error(e: &SyntaxError) -> bool {
    matches!(
        e.msg.as_str(),
        "'await' outside function"
            | "'async for' outside async function"
            | "'async with' outside async function"
            | "asynchronous comprehension outside of an asynchronous function"
    ) && e.lineno > 0
}

/// An input wrapped in `async def __pyasync_repl__():`, with what it takes
/// to map positions back to the input.
struct Wrapped {
    text: String,
    header: usize,
    /// The input's lines (1-based) that begin inside a token spanning
    /// lines (a triple-quoted string): left as they are, so the string
    /// keeps its exact text.
    verbatim: std::collections::HashSet<usize>,
}

const WRAP_INDENT: &str = " ";

fn wrap_source(source: &str) -> Wrapped {
    let header = format!("async def {}():\n", AWAIT_WRAPPER);
    let verbatim = lines_inside_tokens(source);
    let mut text = header.clone();
    for (i, line) in source.split_inclusive('\n').enumerate() {
        if !line.trim().is_empty() && !verbatim.contains(&(i + 1)) {
            text.push_str(WRAP_INDENT);
        }
        text.push_str(line);
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Wrapped {
        text,
        header: header.len(),
        verbatim,
    }
}

/// The lines (1-based) of `source` that begin inside a token: after a
/// newline that a token (a multi-line string) holds within itself.
fn lines_inside_tokens(source: &str) -> std::collections::HashSet<usize> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut inside = std::collections::HashSet::new();
    let (tokens, _) = crate::syntax::lexer::tokenize(source);
    for (start, _, end) in tokens {
        let Some(text) = source.get(start..end) else {
            continue;
        };
        for (i, _) in text.match_indices('\n') {
            let next = start + i + 1;
            if next < end {
                // `next` begins a line: its number is its index + 1.
                if let Ok(line) = line_starts.binary_search(&next) {
                    inside.insert(line + 1);
                }
            }
        }
    }
    inside
}

impl Wrapped {
    /// A byte offset in the wrapped text to one in the input.
    fn unmap(&self, source: &str, pos: usize) -> usize {
        if pos < self.header {
            return 0;
        }
        let (line, col) = crate::syntax::line_col(&self.text, pos);
        let line = line.saturating_sub(1).max(1);
        let start: usize = source
            .split_inclusive('\n')
            .take(line - 1)
            .map(|l| l.len())
            .sum();
        let line_text = source[start.min(source.len())..]
            .split('\n')
            .next()
            .unwrap_or("");
        let indent = if line_text.trim().is_empty() || self.verbatim.contains(&line) {
            0
        } else {
            WRAP_INDENT.len()
        };
        let chars_in = col.saturating_sub(1).saturating_sub(indent);
        let byte_in: usize = line_text.chars().take(chars_in).map(|c| c.len_utf8()).sum();
        (start + byte_in).min(source.len())
    }

    fn unmap_error(&self, source: &str, mut e: SyntaxError) -> SyntaxError {
        let start = self.unmap(source, e.span.start as usize);
        let end = self.unmap(source, e.span.end as usize).max(start);
        e.span = crate::syntax::ast::Span::new(start, end);
        let (line, col) = crate::syntax::line_col(source, start);
        e.lineno = line;
        e.offset = col;
        e
    }

    /// Rewrites the traceback entries of the wrapper's frames to the
    /// input's own source, lines and frame name (`<module>`).
    fn unmap_traceback(
        &self,
        exc: &Rc<crate::object::PyException>,
        wrapped: &Rc<SourceFile>,
        source: &Rc<SourceFile>,
    ) {
        let mut seen: Vec<*const crate::object::PyException> = Vec::new();
        let mut todo = vec![exc.clone()];
        while let Some(exc) = todo.pop() {
            if seen.contains(&Rc::as_ptr(&exc)) {
                continue;
            }
            seen.push(Rc::as_ptr(&exc));
            for entry in exc.traceback.borrow_mut().iter_mut() {
                if Rc::ptr_eq(&entry.source, wrapped) {
                    let start = self.unmap(&source.text, entry.span.start as usize);
                    let end = self.unmap(&source.text, entry.span.end as usize).max(start);
                    entry.span = crate::syntax::ast::Span::new(start, end);
                    entry.source = source.clone();
                    if &*entry.function == AWAIT_WRAPPER {
                        entry.function = Rc::from("<module>");
                    }
                }
            }
            if let Some(c) = exc.cause.borrow().clone() {
                todo.push(c);
            }
            if let Some(c) = exc.context.borrow().clone() {
                todo.push(c);
            }
        }
    }
}

/// The lines that start a compound statement (which ends with an empty line).
fn starts_compound(source: &str) -> bool {
    let Some(first) = source.lines().find(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    }) else {
        return false;
    };
    let t = first.trim_start();
    if t.starts_with('@') {
        return true;
    }
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "if" | "for" | "while" | "def" | "class" | "with" | "try" | "async" => true,
        "match" | "case" => t.trim_end().ends_with(':'),
        _ => false,
    }
}

fn is_complete(source: &str) -> Completeness {
    let meaningful = source.lines().any(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    });
    if !meaningful {
        return Completeness::Complete;
    }
    // The REPL joins lines with '\n': a trailing newline is an empty last line.
    let last_blank = source.ends_with('\n')
        || source
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty());
    let compound = starts_compound(source);
    let text = if source.ends_with('\n') {
        source.to_string()
    } else {
        format!("{}\n", source)
    };
    match crate::syntax::parse(&text) {
        Ok(_) => {
            if compound && !last_blank {
                Completeness::Incomplete
            } else {
                Completeness::Complete
            }
        }
        Err(e) if is_top_level_async_error(&e) => {
            if compound && !last_blank {
                Completeness::Incomplete
            } else {
                Completeness::Complete
            }
        }
        Err(e) => {
            let msg = e.msg.as_str();
            if msg.contains("was never closed")
                || msg.starts_with("unterminated triple-quoted string")
                || msg.starts_with("unexpected EOF")
            {
                return Completeness::Incomplete;
            }
            if last_blank {
                return Completeness::Invalid;
            }
            let at_end = e.span.start as usize >= text.trim_end().len();
            if msg.starts_with("expected an indented block")
                || msg.starts_with("expected 'except' or 'finally' block")
                || (compound && at_end)
            {
                Completeness::Incomplete
            } else {
                Completeness::Invalid
            }
        }
    }
}

fn report_syntax_error(vm: &Vm, filename: &str, source: &str, e: &SyntaxError) {
    let color = crate::flags::stderr_color();
    let text = crate::diagnostics::render_syntax_error(filename, source, e, color);
    vm.write(Stream::Stderr, &text);
    if !text.ends_with('\n') {
        vm.write(Stream::Stderr, "\n");
    }
}

#[cfg(test)]
mod session_tests {
    use super::*;

    #[test]
    fn completeness_follows_codeop() {
        use Completeness::*;
        for (src, want) in [
            ("x = 1", Complete),
            ("if x:", Incomplete),
            ("if x:\n    pass", Incomplete),
            ("if x:\n    pass\n", Complete),
            ("if x:\n", Invalid),
            ("(1,", Incomplete),
            ("x = [1,\n2", Incomplete),
            ("\"\"\"abc", Incomplete),
            ("x = 1 + \\", Incomplete),
            ("x = 1 +", Invalid),
            ("try:\n    pass", Incomplete),
            ("async def f():", Incomplete),
            ("async def f():\n    await g()", Incomplete),
            ("async def f():\n    await g()\n", Complete),
            ("await asyncio.sleep(0)", Complete),
            ("@dec", Incomplete),
            ("# comment", Complete),
            ("", Complete),
        ] {
            assert_eq!(is_complete(src), want, "{:?}", src);
        }
    }
}
