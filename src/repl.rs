//! The interactive prompt: an asyncio REPL like `python -m asyncio`.
//!
//! The interpreter thread owns the `Session` (its namespace and its event
//! loop) and never blocks on the terminal. Lines are read on a separate
//! thread, with rustyline when stdin is a terminal, and sent over a channel;
//! every message is followed by a byte on a "wake pipe". While no line is
//! there, the interpreter thread runs loop iterations, and the loop's clock
//! (`asyncio::clock::InteractiveClock`) waits for the next timer in `poll(2)` on the wake pipe, so a
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
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::interp::{Output, Vm};
use crate::interpreter::{Completeness, Outcome, Session};
use crate::object::{types, Args, NativeFunction, PyErr, PyResult, Stream, Value};

/// How the prompt starts.
#[derive(Debug, Clone, Default)]
pub struct ReplConfig {
    /// Print the banner (not with `-q`, nor after `-i`'s script).
    pub banner: bool,
    /// `import asyncio` before the first prompt, as `python -m asyncio` does.
    pub import_asyncio: bool,
    /// Where history is loaded from and saved to.
    pub history: Option<PathBuf>,
    /// Prompts for piped input go to stdout (`python -m asyncio` writes them
    /// with `input()`), not to stderr (`python -i`).
    pub prompts_on_stdout: bool,
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
/// printer while a line is being read, so that output from background
/// tasks appears above the prompt; straight to the stream otherwise.
#[derive(Clone, Default)]
pub struct PrinterSlot(
    Arc<Mutex<Option<Printer>>>,
    Arc<Mutex<TermLine>>,
    Arc<AtomicBool>,
);

impl PrinterSlot {
    fn line(&self) -> std::sync::MutexGuard<'_, TermLine> {
        self.1.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether rustyline has started drawing the prompt of the line being
    /// read: from then on its external printer queues text for it instead
    /// of writing it at once, and ends it with a line break.
    fn drawn(&self) -> &AtomicBool {
        &self.2
    }

    /// The read ended: the cursor is at the start of a fresh row.
    fn read_done(&self) {
        self.drawn().store(false, Ordering::SeqCst);
        self.line().read_done();
    }
}

/// The terminal's last, unfinished line of output (`print(x, end="")`),
/// kept so that the prompt is never drawn over it.
///
/// Between two reads the text goes straight to the terminal and the next
/// prompt is drawn after it on the same line, as python3's readline does
/// (`0 1 2 >>> `): rustyline redraws its prompt from the first column, so
/// the unfinished text becomes the start of the prompt. While a line is
/// being read, rustyline's external printer ends every message with a line
/// break; an unfinished line is then shown on rows of its own above the
/// prompt and rewritten in place as more of it arrives, until a newline
/// makes it permanent.
#[derive(Default)]
struct TermLine {
    /// The text since the last newline.
    pending: String,
    /// `pending` is on rows of its own above the prompt being read.
    above: bool,
    /// A line is being read: the prompt is (about to be) on the screen.
    reading: bool,
}

impl TermLine {
    /// What the unfinished text leaves visible at the cursor's row: a
    /// carriage return starts the row over.
    fn visible(&self) -> &str {
        match self.pending.rfind('\r') {
            Some(i) => &self.pending[i + 1..],
            None => &self.pending,
        }
    }

    /// Appends printed text; returns what the external printer must show
    /// while a line is being read.
    fn message(&mut self, text: &str) -> String {
        // The unfinished line is written again, now with its continuation:
        // above the prompt, after moving back to its start; or where the
        // prompt that began with it was, which rustyline has just cleared.
        let mut msg = String::new();
        if self.above {
            let rows = screen_rows(&self.pending, terminal_columns());
            msg.push_str(&format!("\x1b[{}A\r", rows));
        }
        msg.push_str(&self.pending);
        msg.push_str(text);
        self.push(text);
        self.above = !self.pending.is_empty();
        msg
    }

    fn push(&mut self, text: &str) {
        self.pending.push_str(text);
        if let Some(i) = self.pending.rfind('\n') {
            self.pending.drain(..=i);
        }
    }

    /// Enter, Ctrl-C or Ctrl-D ended the read: the cursor is at the start
    /// of a fresh row.
    fn read_done(&mut self) {
        self.pending.clear();
        self.above = false;
        self.reading = false;
    }
}

/// The terminal's width in columns (80 when it cannot be asked).
fn terminal_columns() -> usize {
    // SAFETY: TIOCGWINSZ fills a zeroed winsize for the standard output.
    let cols = unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        if libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) == 0 {
            ws.ws_col as usize
        } else {
            0
        }
    };
    if cols == 0 {
        80
    } else {
        cols
    }
}

/// How many rows `text` (no newline in it) takes on a terminal `cols` wide:
/// control characters and escape sequences take no room.
fn screen_rows(text: &str, cols: usize) -> usize {
    text.split('\r')
        .map(|part| {
            let mut width: usize = 0;
            let mut chars = part.chars();
            while let Some(c) = chars.next() {
                if c == '\x1b' {
                    // CSI sequences end at a letter.
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() {
                            break;
                        }
                    }
                } else if !c.is_control() {
                    width += 1;
                }
            }
            width.div_ceil(cols).max(1)
        })
        .max()
        .unwrap_or(1)
}

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
        let message = {
            let mut line = self.slot.line();
            if line.reading && self.slot.drawn().load(Ordering::SeqCst) {
                Some(line.message(&text))
            } else {
                line.push(&text);
                None
            }
        };
        // The line state is not held while printing: the printer may wait
        // for the reader thread, which takes it when a read ends.
        let mut slot = self.slot.0.lock().unwrap_or_else(|e| e.into_inner());
        match (slot.as_mut(), message) {
            (Some(printer), Some(msg)) => printer.print(msg).map_err(std::io::Error::other),
            _ => {
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
    /// The terminal's settings before rustyline changed them, restored
    /// when the process ends while a line is being read.
    saved_termios: Option<libc::termios>,
}

fn send(events: &Sender<Event>, event: Event) {
    let _ = events.send(event);
    crate::signals::wake();
}

impl Reader {
    /// Plain lines from stdin, prompts on stderr (`python -i < file`).
    fn plain(prompts_on_stdout: bool) -> Reader {
        let (req_tx, req_rx) = mpsc::channel::<Request>();
        let (ev_tx, ev_rx) = mpsc::channel::<Event>();
        let thread = std::thread::spawn(move || {
            let stdin = std::io::stdin();
            while let Ok(Request::Read(prompt)) = req_rx.recv() {
                let mut err: Box<dyn Write> = if prompts_on_stdout {
                    Box::new(std::io::stdout())
                } else {
                    Box::new(std::io::stderr())
                };
                let _ = err.write_all(prompt.as_bytes());
                let _ = err.flush();
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) => {
                        let _ = std::io::stderr().write_all(b"\n");
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
            saved_termios: None,
        }
    }

    /// rustyline on the terminal, with history and completion; installs its
    /// external printer in `slot`.
    fn terminal(history: Option<PathBuf>, slot: &PrinterSlot) -> Result<Reader, String> {
        let (req_tx, req_rx) = mpsc::channel::<Request>();
        let (ev_tx, ev_rx) = mpsc::channel::<Event>();
        let (ready_tx, ready_rx) = mpsc::channel::<Result<Printer, String>>();
        let line_state = slot.clone();
        // SAFETY: tcgetattr fills a zeroed termios for the standard input.
        let saved_termios = unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            (libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0).then_some(t)
        };
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
                drawn: line_state.2.clone(),
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
                let read = editor.readline(&prompt);
                // The line ended with Enter (or Ctrl-C, Ctrl-D): what was
                // printed while it was read is above it.
                line_state.read_done();
                match read {
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
            saved_termios,
        })
    }

    fn request(&self, prompt: &str) {
        let _ = self.requests.send(Request::Read(prompt.to_string()));
    }

    /// Stops the thread (saving history). A plain reader may be blocked in
    /// `read_line` with nothing requested; it is left to the process exit.
    /// Ends the prompt while rustyline is still reading a line (a task
    /// called `sys.exit`): that read cannot be cut short, so the thread is
    /// left to the process exit and the terminal is put back as it was.
    fn abandon(self, slot: &PrinterSlot) {
        if let Some(t) = &self.saved_termios {
            // Bracketed paste off again, and the cursor on a fresh line.
            let mut out = std::io::stdout();
            let _ = out.write_all(b"\x1b[?2004l\r\n");
            let _ = out.flush();
            // SAFETY: restores settings read from the same descriptor.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, t);
            }
        }
        slot.0.lock().unwrap_or_else(|e| e.into_inner()).take();
    }

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
    drawn: Arc<AtomicBool>,
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

    /// Asked before every redraw of the line, the first time once the
    /// terminal is in raw mode and the prompt is about to be drawn: only
    /// used to learn that moment.
    fn hint(&self, _line: &str, _pos: usize, _ctx: &rustyline::Context<'_>) -> Option<String> {
        self.drawn.store(true, Ordering::SeqCst);
        None
    }
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

/// `exit` or `quit` typed alone while it still names the prompt's own
/// function: python3's hint instead of the function's repr.
fn exit_hint(session: &Session, line: &str) -> Option<String> {
    let name = line.trim();
    if name != "exit" && name != "quit" {
        return None;
    }
    match session.globals().get(name) {
        Some(Value::Native(f)) if f.module.is_none() && f.name == name => {
            Some(format!("Use {}() or Ctrl-D (i.e. EOF) to exit\n", name))
        }
        _ => None,
    }
}

/// `sys.ps1` and `sys.ps2`: set to the defaults when the prompt starts,
/// read (through `str()`) before every line, as python3 does.
fn install_prompts(session: &Session) {
    if let Ok(Value::Module(sys)) = crate::stdlib::import(session.vm(), "sys") {
        for (name, default) in [("ps1", ">>> "), ("ps2", "... ")] {
            if sys.globals.get(name).is_none() {
                sys.globals.set(name, Value::str(default));
            }
        }
    }
}

fn prompt_text(session: &Session, continuation: bool) -> String {
    let (name, default) = if continuation {
        ("ps2", "... ")
    } else {
        ("ps1", ">>> ")
    };
    let value = match crate::stdlib::importer::loaded(session.vm(), "sys").as_ref() {
        Some(Value::Module(sys)) => sys.globals.get(name),
        _ => None,
    };
    match value {
        Some(v) => session
            .vm()
            .str(&v)
            .map(|s| s.to_string())
            .unwrap_or_else(|e| {
                session
                    .vm()
                    .write(Stream::Stderr, &session.vm().format_exception(&e.exc));
                default.to_string()
            }),
        None => default.to_string(),
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
    crate::signals::set_interactive();
    let vm = session.vm().clone();
    // Terminals that cannot move the cursor (TERM=dumb) get plain lines.
    let capable = std::env::var_os("TERM").is_none_or(|t| t != "dumb");
    let terminal = std::io::stdin().is_terminal();
    let reader = if terminal && capable {
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
                Reader::plain(config.prompts_on_stdout)
            }
        }
    } else {
        Reader::plain(config.prompts_on_stdout)
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
    install_prompts(session);
    vm.flush_all();

    let mut lines: Vec<String> = Vec::new();
    let status = loop {
        vm.flush_all();
        let prompt = prompt_text(session, !lines.is_empty());
        if reader.terminal {
            // The prompt follows unfinished output on its line, as in
            // python3; rustyline draws it from the first column, so it
            // starts with that output.
            let mut line = slot.line();
            line.reading = true;
            reader.request(&format!("{}{}", line.visible(), prompt));
        } else {
            reader.request(&prompt);
        }
        let event = match wait_event(session, &reader) {
            Ok(e) => e,
            Err(code) => {
                vm.flush_all();
                reader.abandon(slot);
                return code;
            }
        };
        match event {
            Event::Line(line) => {
                if lines.is_empty() && line.trim_start().starts_with('%') {
                    let text = run_magic(session, &line);
                    vm.write(Stream::Stdout, &text);
                    continue;
                }
                if lines.is_empty() {
                    if let Some(hint) = exit_hint(session, &line) {
                        vm.write(Stream::Stdout, &hint);
                        continue;
                    }
                }
                lines.push(line);
                let source = lines.join("\n");
                if session.is_complete(&source) == Completeness::Incomplete {
                    continue;
                }
                lines.clear();
                if let Outcome::Exit(code) = session.run_input(&(source + "\n")) {
                    break code;
                }
            }
            Event::Interrupted => {
                lines.clear();
                vm.write(Stream::Stderr, "KeyboardInterrupt\n");
            }
            Event::Eof if reader.terminal && !lines.is_empty() => {
                // Ctrl-D on a `...` line ends the block, which runs; the
                // prompt stays.
                let source = std::mem::take(&mut lines).join("\n");
                if let Outcome::Exit(code) = session.run_input(&(source + "\n")) {
                    break code;
                }
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
        // Ctrl-C reaches the process as a signal only when the terminal is
        // not in raw mode (between two reads, or on piped input): it is
        // reported, as python3 reports it at its prompt, never dropped.
        if crate::signals::take_interrupt() {
            session.vm().write(Stream::Stderr, "\nKeyboardInterrupt\n");
            session.vm().flush_all();
        }
        match session.run_pending() {
            Ok(true) => {}
            Ok(false) => crate::signals::wait_for_wake(None),
            Err(Outcome::Exit(code)) => return Err(code),
            Err(_) => {}
        }
    }
}
