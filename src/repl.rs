//! The interactive prompt: an asyncio REPL like `python -m asyncio`.
//!
//! The interpreter thread owns the `Session` (its namespace and its event
//! loop) and never blocks on the terminal. Lines are read on a separate
//! thread, with rustyline when stdin is a terminal, and sent over a channel;
//! every message is followed by a byte on a "wake pipe". While no line is
//! there, the interpreter thread runs loop iterations, and the loop's clock
//! (`ReplClock`) waits for the next timer in `poll(2)` on the wake pipe, so a
//! line (or Ctrl-C, whose handler writes to the same pipe) ends the wait at
//! once. Tasks created at the prompt therefore keep running while the prompt
//! waits, and what they print goes through rustyline's `ExternalPrinter`,
//! which draws it above the line being typed.
//!
//! Tab completion runs on the reader thread but needs the interpreter's
//! values, so the completer sends a request through the same channel and
//! waits for the answer, which the interpreter thread gives between loop
//! iterations.

use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::asyncio::clock::Clock;
use crate::interp::{Output, Vm};
use crate::interpreter::{Completeness, Outcome, Session};
use crate::object::{types, Args, NativeFunction, PyErr, PyResult, Stream, Value};

/// The session loop's clock: real time, and a wait that a line or Ctrl-C
/// ends early (the loop then simply runs an iteration with nothing due).
pub struct ReplClock {
    origin: Instant,
}

impl ReplClock {
    pub fn new() -> ReplClock {
        ReplClock {
            origin: Instant::now(),
        }
    }
}

impl Default for ReplClock {
    fn default() -> Self {
        ReplClock::new()
    }
}

impl Clock for ReplClock {
    fn time(&self) -> f64 {
        self.origin.elapsed().as_secs_f64()
    }

    fn wait(&self, timeout: f64) {
        crate::signals::wait_for_wake(Some(timeout));
    }
}

/// How the prompt starts.
#[derive(Debug, Clone, Default)]
pub struct ReplConfig {
    /// Print the banner (not with `-q`, nor after `-i`'s script).
    pub banner: bool,
    /// `import asyncio` before the first prompt, as `python -m asyncio` does.
    pub import_asyncio: bool,
    /// Where history is loaded from and saved to.
    pub history: Option<PathBuf>,
}

pub fn banner() -> String {
    format!(
        "pyasync {} (Python 3.11 compatible asyncio REPL)\nUse \"await\" directly instead of \"asyncio.run()\"; exit() or Ctrl-D leaves, %help lists the helpers.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// `~/.pyasync_history`.
pub fn default_history_path() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".pyasync_history"))
}

type Printer = Box<dyn rustyline::ExternalPrinter + Send>;

/// Where the terminal REPL sends printed text: through rustyline's external
/// printer once the line reader exists, so that output from background
/// tasks appears above the prompt; straight to the stream before that.
#[derive(Clone, Default)]
pub struct PrinterSlot(Arc<Mutex<Option<Printer>>>);

struct TermSink {
    slot: PrinterSlot,
    fallback: Box<dyn Write>,
    buffer: Vec<u8>,
}

impl Write for TermSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return self.fallback.flush();
        }
        let text = String::from_utf8_lossy(&self.buffer).into_owned();
        self.buffer.clear();
        let mut slot = self.slot.0.lock().unwrap_or_else(|e| e.into_inner());
        match slot.as_mut() {
            Some(printer) => printer.print(text).map_err(std::io::Error::other),
            None => {
                self.fallback.write_all(text.as_bytes())?;
                self.fallback.flush()
            }
        }
    }
}

/// The Vm for an interactive run. On a terminal (stdin, stdout and stderr),
/// stdout and stderr go through `slot`; otherwise this is
/// `Vm::with_std_streams`.
pub fn interactive_vm(unbuffered: bool, slot: &PrinterSlot) -> Rc<Vm> {
    use std::io::IsTerminal;
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Vm::with_std_streams(unbuffered);
    }
    let stdout = TermSink {
        slot: slot.clone(),
        fallback: Box::new(std::io::stdout()),
        buffer: Vec::new(),
    };
    let stderr: Box<dyn Write> = if std::io::stderr().is_terminal() {
        Box::new(TermSink {
            slot: slot.clone(),
            fallback: Box::new(std::io::stderr()),
            buffer: Vec::new(),
        })
    } else {
        Box::new(std::io::stderr())
    };
    Vm::new(
        Output::new(Box::new(stdout), true, unbuffered),
        Output::new(stderr, true, true),
    )
}

enum Event {
    Line(String),
    Interrupted,
    Eof,
    Complete {
        line: String,
        pos: usize,
        reply: Sender<(usize, Vec<String>)>,
    },
    Failed(String),
}

enum Request {
    Read(String),
    Quit,
}

/// The thread reading lines.
struct Reader {
    requests: Sender<Request>,
    events: Receiver<Event>,
    thread: Option<JoinHandle<()>>,
    terminal: bool,
}

fn send(events: &Sender<Event>, event: Event) {
    let _ = events.send(event);
    crate::signals::wake();
}

impl Reader {
    /// Plain lines from stdin, prompts on stderr (`python -i < file`).
    fn plain() -> Reader {
        let (req_tx, req_rx) = mpsc::channel::<Request>();
        let (ev_tx, ev_rx) = mpsc::channel::<Event>();
        let thread = std::thread::spawn(move || {
            let stdin = std::io::stdin();
            while let Ok(Request::Read(prompt)) = req_rx.recv() {
                let mut err = std::io::stderr();
                let _ = err.write_all(prompt.as_bytes());
                let _ = err.flush();
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) => {
                        let _ = err.write_all(b"\n");
                        send(&ev_tx, Event::Eof);
                    }
                    Ok(_) => {
                        let line = line.strip_suffix('\n').unwrap_or(&line);
                        let line = line.strip_suffix('\r').unwrap_or(line);
                        send(&ev_tx, Event::Line(line.to_string()));
                    }
                    Err(e) => send(&ev_tx, Event::Failed(e.to_string())),
                }
            }
        });
        Reader {
            requests: req_tx,
            events: ev_rx,
            thread: Some(thread),
            terminal: false,
        }
    }

    /// rustyline on the terminal, with history and completion; installs its
    /// external printer in `slot`.
    fn terminal(history: Option<PathBuf>, slot: &PrinterSlot) -> Result<Reader, String> {
        let (req_tx, req_rx) = mpsc::channel::<Request>();
        let (ev_tx, ev_rx) = mpsc::channel::<Event>();
        let (ready_tx, ready_rx) = mpsc::channel::<Result<Printer, String>>();
        let thread = std::thread::spawn(move || {
            let config = rustyline::Config::builder()
                .auto_add_history(false)
                .completion_type(rustyline::CompletionType::List)
                .build();
            let mut editor: rustyline::Editor<ReplHelper, rustyline::history::DefaultHistory> =
                match rustyline::Editor::with_config(config) {
                    Ok(e) => e,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.to_string()));
                        return;
                    }
                };
            editor.set_helper(Some(ReplHelper {
                events: ev_tx.clone(),
            }));
            if let Some(path) = &history {
                let _ = editor.load_history(path);
            }
            match editor.create_external_printer() {
                Ok(p) => {
                    let _ = ready_tx.send(Ok(Box::new(p)));
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e.to_string()));
                    return;
                }
            }
            while let Ok(Request::Read(prompt)) = req_rx.recv() {
                match editor.readline(&prompt) {
                    Ok(line) => {
                        if !line.trim().is_empty() {
                            let _ = editor.add_history_entry(line.as_str());
                            if let Some(path) = &history {
                                let _ = editor.save_history(path);
                            }
                        }
                        send(&ev_tx, Event::Line(line));
                    }
                    Err(rustyline::error::ReadlineError::Interrupted) => {
                        send(&ev_tx, Event::Interrupted)
                    }
                    Err(rustyline::error::ReadlineError::Eof) => send(&ev_tx, Event::Eof),
                    Err(e) => send(&ev_tx, Event::Failed(e.to_string())),
                }
            }
            if let Some(path) = &history {
                let _ = editor.save_history(path);
            }
        });
        let printer = ready_rx
            .recv()
            .map_err(|_| "the line reader did not start".to_string())??;
        *slot.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(printer);
        Ok(Reader {
            requests: req_tx,
            events: ev_rx,
            thread: Some(thread),
            terminal: true,
        })
    }

    fn request(&self, prompt: &str) {
        let _ = self.requests.send(Request::Read(prompt.to_string()));
    }

    /// Stops the thread (saving history). A plain reader may be blocked in
    /// `read_line` with nothing requested; it is left to the process exit.
    fn quit(mut self, slot: &PrinterSlot) {
        let _ = self.requests.send(Request::Quit);
        if self.terminal {
            if let Some(t) = self.thread.take() {
                let _ = t.join();
            }
            slot.0.lock().unwrap_or_else(|e| e.into_inner()).take();
        }
    }
}

struct ReplHelper {
    events: Sender<Event>,
}

impl rustyline::completion::Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        if line[..pos].trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            return Ok((pos, vec!["    ".to_string()]));
        }
        let (reply, answer) = mpsc::channel();
        send(
            &self.events,
            Event::Complete {
                line: line.to_string(),
                pos,
                reply,
            },
        );
        Ok(answer
            .recv_timeout(Duration::from_secs(2))
            .unwrap_or((pos, Vec::new())))
    }
}

impl rustyline::hint::Hinter for ReplHelper {
    type Hint = String;
}

impl rustyline::highlight::Highlighter for ReplHelper {}

impl rustyline::validate::Validator for ReplHelper {}

impl rustyline::Helper for ReplHelper {}

/// `exit()` and `quit()` at the prompt: raise SystemExit.
fn repl_exit(_vm: &Vm, args: Args) -> PyResult {
    Err(PyErr::with_args(&types::SYSTEM_EXIT, args.positional))
}

fn install_exit(session: &Session) {
    for name in ["exit", "quit"] {
        if session.globals().get(name).is_none() {
            session.globals().set(
                name,
                Value::Native(Rc::new(NativeFunction {
                    name,
                    module: None,
                    func: repl_exit,
                })),
            );
        }
    }
}

const MAGIC_HELP: &str = "\
%tasks        the event loop's pending tasks: name, state, coroutine, what it awaits, where defined
%where NAME   a task (a variable holding it, or its name) and the chain of futures it waits on
%timeline     a text timeline of the tasks of the last input that awaited
%trace FILE   write the session's schedule so far as Chrome trace JSON (Perfetto)
%help         this list
";

/// `%tasks`, `%where NAME`, `%timeline`, `%trace FILE`, `%help`.
pub fn run_magic(session: &Session, line: &str) -> String {
    let body = line.trim().trim_start_matches('%');
    let (cmd, rest) = match body.split_once(char::is_whitespace) {
        Some((c, r)) => (c, r.trim()),
        None => (body, ""),
    };
    match cmd {
        "tasks" => session.tasks_report(),
        "where" if rest.is_empty() => "usage: %where NAME\n".to_string(),
        "where" => session.where_report(rest),
        "timeline" => session.timeline_report(),
        "trace" if rest.is_empty() => "usage: %trace FILE\n".to_string(),
        "trace" => session.write_trace(rest),
        "help" | "" => MAGIC_HELP.to_string(),
        other => format!("unknown helper %{}; try %help\n", other),
    }
}

/// Runs the prompt until Ctrl-D, `exit()` or `sys.exit()`; returns the exit
/// status. On a terminal, `slot` must be the one `interactive_vm` built the
/// session's Vm with.
pub fn run(session: &Session, config: &ReplConfig, slot: &PrinterSlot) -> i32 {
    use std::io::IsTerminal;
    crate::signals::install();
    let vm = session.vm().clone();
    let terminal = std::io::stdin().is_terminal();
    let reader = if terminal {
        match Reader::terminal(config.history.clone(), slot) {
            Ok(r) => r,
            Err(e) => {
                vm.write(
                    Stream::Stderr,
                    &format!(
                        "pyasync: cannot use the terminal ({}); reading plain lines\n",
                        e
                    ),
                );
                Reader::plain()
            }
        }
    } else {
        Reader::plain()
    };
    if config.banner {
        vm.write(Stream::Stderr, &banner());
    }
    if config.import_asyncio {
        if config.banner {
            vm.write(Stream::Stderr, ">>> import asyncio\n");
        }
        session.run_input("import asyncio\n");
    }
    install_exit(session);
    vm.flush_all();

    let mut lines: Vec<String> = Vec::new();
    let status = loop {
        vm.flush_all();
        reader.request(if lines.is_empty() { ">>> " } else { "... " });
        let event = match wait_event(session, &reader) {
            Ok(e) => e,
            Err(code) => break code,
        };
        match event {
            Event::Line(line) => {
                if lines.is_empty() && line.trim_start().starts_with('%') {
                    let text = run_magic(session, &line);
                    vm.write(Stream::Stdout, &text);
                    continue;
                }
                lines.push(line);
                let source = lines.join("\n");
                if session.is_complete(&source) == Completeness::Incomplete {
                    continue;
                }
                lines.clear();
                crate::signals::take_interrupt();
                if let Outcome::Exit(code) = session.run_input(&(source + "\n")) {
                    break code;
                }
            }
            Event::Interrupted => {
                lines.clear();
                vm.write(Stream::Stderr, "KeyboardInterrupt\n");
            }
            Event::Eof => {
                if reader.terminal {
                    vm.write(Stream::Stdout, "\n");
                }
                break 0;
            }
            Event::Failed(e) => {
                vm.write(
                    Stream::Stderr,
                    &format!("pyasync: reading input failed: {}\n", e),
                );
                break 1;
            }
            Event::Complete { .. } => {}
        }
    };
    vm.flush_all();
    reader.quit(slot);
    status
}

/// Waits for the reader's next line, running the session's loop meanwhile
/// and answering completion requests. `Err` carries an exit status when a
/// background task raised SystemExit.
fn wait_event(session: &Session, reader: &Reader) -> Result<Event, i32> {
    loop {
        match reader.events.try_recv() {
            Ok(Event::Complete { line, pos, reply }) => {
                let _ = reply.send(session.completions(&line, pos));
                continue;
            }
            Ok(event) => return Ok(event),
            Err(TryRecvError::Disconnected) => return Ok(Event::Eof),
            Err(TryRecvError::Empty) => {}
        }
        // Ctrl-C reaches the process only when the terminal is not in raw
        // mode, i.e. not while rustyline reads; nothing to interrupt here.
        crate::signals::take_interrupt();
        match session.run_pending() {
            Ok(true) => {}
            Ok(false) => crate::signals::wait_for_wake(None),
            Err(Outcome::Exit(code)) => return Err(code),
            Err(_) => {}
        }
    }
}
