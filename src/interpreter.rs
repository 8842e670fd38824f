//! The embedding API: run Python source and get CPython's exit status.

use std::io::IsTerminal;
use std::rc::Rc;

use crate::interp::{Frame, Vm};
use crate::object::{types, Globals, PyErr, Stream, Value};
use crate::source::SourceFile;
use crate::syntax::SyntaxError;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `-u`: write stdout through at once.
    pub unbuffered: bool,
}

pub struct Interpreter {
    vm: Rc<Vm>,
}

/// Stack for the thread that runs Python code. A tree-walker uses several
/// Rust frames per Python frame; this leaves ample room for
/// `MAX_RECURSION_LIMIT` Python frames, so deep recursion always ends in
/// RecursionError rather than a stack overflow. Untouched pages cost nothing.
pub const STACK_SIZE: usize = 1 << 30;

/// Runs `f` on a thread with a stack large enough for the interpreter.
pub fn run_with_large_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("pyasync".into())
        .stack_size(STACK_SIZE)
        .spawn(f)
        .expect("spawning the interpreter thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

impl Interpreter {
    /// An interpreter printing to the process's stdout and stderr.
    pub fn new(options: &Options) -> Interpreter {
        Interpreter {
            vm: Vm::with_std_streams(options.unbuffered),
        }
    }

    /// An interpreter over a given Vm (for captured output).
    pub fn from_vm(vm: Rc<Vm>) -> Interpreter {
        Interpreter { vm }
    }

    pub fn vm(&self) -> &Rc<Vm> {
        &self.vm
    }

    pub fn set_argv(&self, argv: Vec<String>) {
        *self.vm.argv.borrow_mut() = argv;
    }

    /// Runs `source` as the `__main__` module and returns the exit status
    /// CPython would: 0, 1 after an uncaught exception or a syntax error, or
    /// the code given to `sys.exit`.
    pub fn run_script(&self, filename: &str, source: &str) -> i32 {
        let status = self.run_main(filename, source);
        self.vm.flush_all();
        status
    }

    fn run_main(&self, filename: &str, source: &str) -> i32 {
        let vm = &self.vm;
        let file = Rc::new(SourceFile::new(filename, source));
        let mut module = match crate::syntax::parse(source)
            .and_then(|mut m| crate::resolve::resolve_module(&mut m, &[], source).map(|_| m))
        {
            Ok(m) => m,
            Err(e) => {
                self.report_syntax_error(filename, source, &e);
                return 1;
            }
        };
        let globals = Rc::new(Globals::new(&module.globals));
        let main = vm.new_module("__main__", globals.clone());
        vm.modules
            .borrow_mut()
            .insert(Rc::from("__main__"), Value::Module(main));
        let mut frame = Frame::module(globals.clone(), file.clone());
        *vm.script.borrow_mut() = Some(file.clone());
        let body = std::mem::take(&mut module.body);
        let result = vm.exec_block(&mut frame, &body);
        let status = match result {
            Ok(_) => 0,
            Err(e) => {
                let fallback = body.first().map(|s| s.span).unwrap_or_default();
                e.leave_frame(&file, &frame.name, fallback);
                self.report_uncaught(&e)
            }
        };
        // Module teardown: drop the globals, as CPython does at exit, which
        // also releases everything they kept alive. Nothing is executing
        // any more, so finalisers report `sys:1`.
        vm.location.set(None);
        globals.clear();
        status
    }

    fn report_syntax_error(&self, filename: &str, source: &str, e: &SyntaxError) {
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let text = crate::diagnostics::render_syntax_error(filename, source, e, color);
        self.vm.write(Stream::Stderr, &text);
        if !text.ends_with('\n') {
            self.vm.write(Stream::Stderr, "\n");
        }
    }

    /// Prints an uncaught exception and returns the exit status.
    fn report_uncaught(&self, e: &PyErr) -> i32 {
        if e.is_instance(&types::SYSTEM_EXIT) {
            let args = e.exc.args.borrow();
            return match args.first() {
                None | Some(Value::None) => 0,
                Some(Value::Int(code)) => *code as i32,
                Some(Value::Bool(b)) => *b as i32,
                Some(other) => {
                    let text = crate::object::repr::str_plain(other) + "\n";
                    self.vm.write(Stream::Stderr, &text);
                    1
                }
            };
        }
        let text = self.vm.format_exception(&e.exc);
        self.vm.write(Stream::Stderr, &text);
        if e.is_instance(&types::KEYBOARD_INTERRUPT) {
            130
        } else {
            1
        }
    }
}
