//! `open()`, the file objects it returns, and the `io` module (`StringIO`,
//! `BytesIO`, `UnsupportedOperation`).
//!
//! A file object is one type here where CPython stacks three
//! (`FileIO` under `BufferedReader`/`BufferedWriter`/`BufferedRandom`
//! under `TextIOWrapper`); `type()` and the repr name the class CPython's
//! `open()` would have returned (`Modules/_io/_iomodule.c: _io_open_impl`).
//! Reads go through a read-ahead buffer, writes through a write buffer
//! flushed on `flush`, `seek`, `tell`, a read, `close` and when the object
//! is dropped.

use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use crate::interp::Vm;
use crate::object::methods::{parse_args, Sig};
use crate::object::native::NativeObject;
use crate::object::slots;
use crate::object::types::{self, Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{codecs, repr, Args, Globals, PyErr, PyResult, Stream, Value};
use crate::slot;

/// The members of `StringIO` and `BytesIO`, for their unit type.
macro_rules! memory_methods {
    ($t:ty) => {
        &[
            Member::method("read", m_read::<$t>, "Read at most size units (all by default)."),
            Member::method("readline", m_readline::<$t>, "Read one line."),
            Member::method("readlines", m_readlines::<$t>, "Read the remaining lines into a list."),
            Member::method("write", m_write::<$t>, "Write at the position; how much was written."),
            Member::method("writelines", m_writelines::<$t>, "Write each item of an iterable."),
            Member::method("getvalue", m_getvalue::<$t>, "The whole buffer."),
            Member::method("seek", m_seek::<$t>, "Move to a position; the new position."),
            Member::method("tell", m_tell::<$t>, "The current position."),
            Member::method("truncate", m_truncate::<$t>, "Cut the buffer at size (the position by default)."),
            Member::method("flush", m_flush::<$t>, "Nothing to do in memory."),
            Member::method("close", m_close::<$t>, "Free the buffer."),
            Member::method("readable", m_true::<$t>, "True."),
            Member::method("writable", m_true::<$t>, "True."),
            Member::method("seekable", m_true::<$t>, "True."),
            Member::method("isatty", m_isatty::<$t>, "False."),
            Member::method("__enter__", m_enter::<$t>, "The file itself, for with."),
            Member::method("__exit__", m_close::<$t>, "close()."),
            slot!("__iter__" m_iter::<$t>),
            slot!("__next__" m_next::<$t>),
            Member::getter("closed", m_closed::<$t>, "Whether the file is closed."),
        ]
    };
}

pub static TEXT_IO_WRAPPER: &TypeObject = &types::TEXT_IO_WRAPPER;
pub static BUFFERED_READER: TypeObject = buffered("BufferedReader");
pub static BUFFERED_WRITER: TypeObject = buffered("BufferedWriter");
pub static BUFFERED_RANDOM: TypeObject = buffered("BufferedRandom");

/// The binary files `open()` makes: the methods of files, bytes in and out.
const fn buffered(name: &'static str) -> TypeObject {
    TypeObject {
        name,
        module: "_io",
        base: Some(&types::OBJECT),
        doc: "A binary file: bytes in and out, through a buffer.",
        members: &[FILE_METHODS],
        index: crate::object::types::MemberIndex::new(),
    }
}
pub static STRING_IO: TypeObject = TypeObject {
    name: "StringIO",
    module: "_io",
    base: Some(&types::OBJECT),
    doc: "A text file in memory.",
    members: &[memory_methods!(char), TEXT_MEMORY_ATTRS],
    index: crate::object::types::MemberIndex::new(),
};
pub static BYTES_IO: TypeObject = TypeObject {
    name: "BytesIO",
    module: "_io",
    base: Some(&types::OBJECT),
    doc: "A binary file in memory.",
    members: &[memory_methods!(u8)],
    index: crate::object::types::MemberIndex::new(),
};

const CHUNK: usize = 8192;

fn unsupported(msg: &str) -> Box<PyErr> {
    PyErr::new(&types::UNSUPPORTED_OPERATION, msg)
}

fn value_error(msg: impl Into<String>) -> Box<PyErr> {
    PyErr::new(&types::VALUE_ERROR, msg)
}

fn closed_file() -> Box<PyErr> {
    value_error("I/O operation on closed file.")
}

fn stop_iteration() -> Box<PyErr> {
    PyErr::with_args(&types::STOP_ITERATION, vec![])
}

/// How argument clinic names a wrong argument's type: `None` for None
/// (`Python/getargs.c: _PyArg_BadArgument`).
fn arg_type_name(v: &Value) -> std::borrow::Cow<'static, str> {
    if v.is_none() {
        "None".into()
    } else {
        v.type_name()
    }
}

/// A `size` argument of `read`/`readline`: None or negative is "all".
fn size_arg(fname: &str, args: &Args) -> PyResult<Option<usize>> {
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    match args.positional.first() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok((*n >= 0).then_some(*n as usize)),
        Some(Value::Bool(b)) => Ok(Some(*b as usize)),
        Some(other) => Err(PyErr::type_error(format!(
            "argument should be integer or None, not '{}'",
            other.type_name()
        ))),
    }
}

fn no_args(fname: &str, args: &Args) -> PyResult<()> {
    if args.positional.is_empty() && args.keywords.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{fname}() takes no arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )))
    }
}

/// How a text file splits and translates lines (`newline=`).
#[derive(Clone, PartialEq)]
enum Newline {
    /// None: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// '': any of them ends a line, untranslated.
    UniversalRaw,
    /// '\n', '\r' or '\r\n': only that ends a line; `\n` is written as it.
    Fixed(&'static str),
}

struct TextConfig {
    encoding: Rc<str>,
    utf8: bool,
    errors: Rc<str>,
    newline: Newline,
}

struct FileState {
    file: Option<std::fs::File>,
    /// Bytes read from the file and not yet consumed (from `rpos`).
    raw: Vec<u8>,
    rpos: usize,
    /// Text decoded from `raw` and not yet consumed (from `tpos`).
    text: String,
    tpos: usize,
    eof: bool,
    /// Bytes written and not yet passed to the file.
    wbuf: Vec<u8>,
}

pub struct File {
    name: Value,
    mode: Rc<str>,
    text: Option<TextConfig>,
    readable: bool,
    writable: bool,
    class: &'static TypeObject,
    state: RefCell<FileState>,
}

impl Drop for File {
    fn drop(&mut self) {
        let _ = self.state.get_mut().flush_writes();
    }
}

impl FileState {
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if let Some(f) = &mut self.file {
            if !self.wbuf.is_empty() {
                f.write_all(&self.wbuf)?;
                self.wbuf.clear();
            }
        }
        Ok(())
    }

    /// Reads one more chunk into `raw`; false at the end of the file.
    fn fill_raw(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        self.flush_writes()?;
        if self.rpos > 0 {
            self.raw.drain(..self.rpos);
            self.rpos = 0;
        }
        let f = self.file.as_mut().expect("checked open");
        let start = self.raw.len();
        self.raw.resize(start + CHUNK, 0);
        let n = loop {
            match f.read(&mut self.raw[start..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        let n = match n {
            Ok(n) => n,
            Err(e) => {
                self.raw.truncate(start);
                return Err(e);
            }
        };
        self.raw.truncate(start + n);
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    /// Forgets what was read ahead, moving the file back to the position
    /// the reader had reached, so that a write or seek lands there.
    fn drop_read_ahead(&mut self, cfg: Option<&TextConfig>) -> std::io::Result<()> {
        let ahead = self.read_ahead_len(cfg);
        if ahead > 0 {
            if let Some(f) = &mut self.file {
                f.seek(SeekFrom::Current(-(ahead as i64)))?;
            }
        }
        self.raw.clear();
        self.rpos = 0;
        self.text.clear();
        self.tpos = 0;
        self.eof = false;
        Ok(())
    }

    /// How many bytes of the file were read but not consumed.
    fn read_ahead_len(&self, cfg: Option<&TextConfig>) -> usize {
        let rest = &self.text[self.tpos..];
        let text_bytes = match cfg {
            Some(c) if !c.utf8 => rest.chars().count(),
            _ => rest.len(),
        };
        self.raw.len() - self.rpos + text_bytes
    }
}

/// Opens the file as `open()` would and wraps it.
pub fn open(vm: &Vm, args: Args) -> PyResult {
    const PARAMS: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let mut slots = args.unpack_keywords("open", &PARAMS, PARAMS.len(), 1)?;
    let file = slots[0].take().expect("required");
    let mode = match slots[1].take() {
        None => Rc::from("r"),
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
    };
    let buffering = match slots[2].take() {
        None => -1,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => b as i64,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let opt_str = |v: Option<Value>, what: &str| -> PyResult<Option<Rc<str>>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(other) => Err(PyErr::type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                other.type_name()
            ))),
        }
    };
    let encoding = opt_str(slots[3].take(), "encoding")?;
    let errors = opt_str(slots[4].take(), "errors")?;
    let newline = opt_str(slots[5].take(), "newline")?;
    if let Some(closefd) = slots[6].take() {
        if !closefd.truthy() {
            return Err(value_error("Cannot use closefd=False with file name"));
        }
    }
    if slots[7].take().is_some_and(|o| !o.is_none()) {
        return Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            "pyasync does not support open() with an opener",
        ));
    }

    // `_io_open_impl`'s checks, in its order.
    let path: std::path::PathBuf = match &file {
        Value::Str(s) => std::path::PathBuf::from(&**s),
        Value::Bytes(b) => {
            use std::os::unix::ffi::OsStrExt;
            std::path::PathBuf::from(std::ffi::OsStr::from_bytes(b))
        }
        Value::Int(_) | Value::Bool(_) => {
            return Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                "pyasync does not support open() of a file descriptor",
            ))
        }
        other => {
            if let Some(fspath) = vm.special_method(other, "__fspath__") {
                let p = vm.call(&fspath, Args::default())?;
                let mut again = Args::positional(vec![p, Value::Str(mode)]);
                again.keywords = [
                    ("buffering", Some(Value::Int(buffering))),
                    ("encoding", encoding.map(Value::Str)),
                    ("errors", errors.map(Value::Str)),
                    ("newline", newline.map(Value::Str)),
                ]
                .into_iter()
                .filter_map(|(k, v)| v.map(|v| (Rc::from(k), v)))
                .collect();
                return open(vm, again);
            }
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )));
        }
    };
    // A C path cannot hold one (`PyUnicode_FSConverter`).
    if path.as_os_str().as_encoded_bytes().contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(value_error(format!(
                "invalid mode: {}",
                repr::repr_plain(&Value::Str(mode.clone()))
            )));
        }
        seen.push(c);
    }
    let has = |c| mode.contains(c);
    let (creating, reading, writing, appending, updating) =
        (has('x'), has('r'), has('w'), has('a'), has('+'));
    let (text, binary) = (has('t'), has('b'));
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let kinds = [creating, reading, writing, appending]
        .iter()
        .filter(|b| **b)
        .count();
    if kinds > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if binary && buffering == 1 {
        // CPython warns (RuntimeWarning) and carries on.
    }
    if !binary && buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let newline = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::UniversalRaw,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => return Err(value_error(format!("illegal newline value: {other}"))),
    };
    let text_config = if binary {
        None
    } else {
        let encoding_name: Rc<str> = encoding.unwrap_or_else(|| Rc::from("UTF-8"));
        let utf8 = codecs::is_utf8(&encoding_name)?;
        let errors: Rc<str> = errors.unwrap_or_else(|| Rc::from("strict"));
        Some(TextConfig {
            encoding: encoding_name,
            utf8,
            errors,
            newline,
        })
    };

    vm.require(
        crate::interp::capabilities::Capability::Files,
        &format!("open('{}')", path.to_string_lossy()),
    )?;
    let readable = reading || updating;
    let writable = !reading || updating;
    let mut options = std::fs::OpenOptions::new();
    options.read(readable);
    if creating {
        options.write(true).create_new(true);
    } else if writing {
        options.write(true).create(true).truncate(true);
    } else if appending {
        options.append(true).create(true);
    } else if updating {
        options.write(true);
    }
    let mut opened = options
        .open(&path)
        .map_err(|e| PyErr::from_io(&e, Some(file.clone())))?;
    // Opening a directory for reading succeeds in open(2); `FileIO`'s
    // constructor checks with fstat and raises EISDIR.
    if opened.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(PyErr::from_io(
            &std::io::Error::from_raw_os_error(libc::EISDIR),
            Some(file),
        ));
    }
    // `FileIO` starts an appending file at its end.
    if appending {
        opened
            .seek(SeekFrom::End(0))
            .map_err(|e| PyErr::from_io(&e, Some(file.clone())))?;
    }
    let (class, mode) = if binary {
        // `Modules/_io/fileio.c: mode_string`.
        let raw_mode = if creating {
            if readable {
                "xb+"
            } else {
                "xb"
            }
        } else if appending {
            if readable {
                "ab+"
            } else {
                "ab"
            }
        } else if readable && writable {
            "rb+"
        } else if readable {
            "rb"
        } else {
            "wb"
        };
        let class = if updating {
            &BUFFERED_RANDOM
        } else if readable {
            &BUFFERED_READER
        } else {
            &BUFFERED_WRITER
        };
        (class, Rc::from(raw_mode))
    } else {
        (TEXT_IO_WRAPPER, mode)
    };
    Ok(Value::Object(Rc::new(File {
        name: file,
        mode,
        text: text_config,
        readable,
        writable,
        class,
        state: RefCell::new(FileState {
            file: Some(opened),
            raw: Vec::new(),
            rpos: 0,
            text: String::new(),
            tpos: 0,
            eof: false,
            wbuf: Vec::new(),
        }),
    })))
}

impl File {
    fn is_text(&self) -> bool {
        self.text.is_some()
    }

    /// The ValueError for an operation on a closed file: the text layer
    /// says `I/O operation on closed file.`, the buffered one names some
    /// operations (`read of closed file`).
    fn check_open(&self, op: &str) -> PyResult<()> {
        if self.state.borrow().file.is_some() {
            return Ok(());
        }
        Err(match (self.is_text(), op) {
            (true, "fileno" | "readable" | "writable" | "seekable" | "isatty") => {
                value_error("I/O operation on closed file")
            }
            (true, _) | (false, "flush" | "write" | "__iter__" | "__next__" | "readlines") => {
                closed_file()
            }
            (false, "read" | "readline" | "seek" | "peek" | "truncate") => {
                value_error(format!("{op} of closed file"))
            }
            (false, _) => value_error("I/O operation on closed file"),
        })
    }

    fn check_readable(&self) -> PyResult<()> {
        if self.readable {
            Ok(())
        } else if self.is_text() {
            Err(unsupported("not readable"))
        } else {
            Err(unsupported("read"))
        }
    }

    fn check_writable(&self) -> PyResult<()> {
        if self.writable {
            Ok(())
        } else if self.is_text() {
            Err(unsupported("not writable"))
        } else {
            Err(unsupported("write"))
        }
    }

    fn io_err(&self, e: std::io::Error) -> Box<PyErr> {
        PyErr::from_io(&e, None)
    }

    /// Decodes one more chunk of the file into `text`; false at the end.
    fn fill_text(&self, st: &mut FileState) -> PyResult<bool> {
        let cfg = self.text.as_ref().expect("text file");
        let more = st.fill_raw().map_err(|e| self.io_err(e))?;
        let pending = &st.raw[st.rpos..];
        // Keep an incomplete UTF-8 sequence at the end for the next chunk.
        let cut = if more && cfg.utf8 {
            incomplete_utf8_tail(pending)
        } else {
            pending.len()
        };
        if cut == 0 && more {
            return Ok(true);
        }
        let decoded = codecs::decode(&pending[..cut], &cfg.encoding, &cfg.errors)?;
        st.rpos += cut;
        if st.tpos > 0 {
            st.text.drain(..st.tpos);
            st.tpos = 0;
        }
        st.text.push_str(&decoded);
        Ok(more || !decoded.is_empty())
    }

    /// `readline(limit)` of a text file.
    fn text_readline(&self, limit: Option<usize>) -> PyResult<String> {
        let cfg = self.text.as_ref().expect("text file");
        let st = &mut *self.state.borrow_mut();
        loop {
            let rest = &st.text[st.tpos..];
            let found = match &cfg.newline {
                Newline::Universal | Newline::UniversalRaw => rest.find(['\r', '\n']).map(|i| {
                    let crlf = rest[i..].starts_with("\r\n");
                    (
                        i,
                        if crlf { 2 } else { 1 },
                        rest.len() == i + 1 && &rest[i..] == "\r",
                    )
                }),
                Newline::Fixed(sep) => rest.find(sep).map(|i| (i, sep.len(), false)),
            };
            let at_end = st.eof;
            match found {
                // A `\r` at the end of what is decoded may be half a `\r\n`.
                Some((_, _, true)) if !at_end => {
                    self.fill_text(st)?;
                }
                Some((i, len, _)) => {
                    let content_chars = if limit.is_some() {
                        rest[..i].chars().count()
                    } else {
                        0
                    };
                    if let Some(n) = limit.filter(|&n| n <= content_chars) {
                        let end = char_offset(rest, n);
                        let line = rest[..end].to_string();
                        st.tpos += end;
                        return Ok(line);
                    }
                    let mut line = rest[..i].to_string();
                    if cfg.newline == Newline::Universal {
                        line.push('\n');
                    } else {
                        line.push_str(&rest[i..i + len]);
                    }
                    st.tpos += i + len;
                    return Ok(line);
                }
                None if at_end || limit.is_some_and(|n| rest.chars().count() >= n) => {
                    let end = limit.map_or(rest.len(), |n| char_offset(rest, n));
                    let line = rest[..end].to_string();
                    st.tpos += end;
                    return Ok(line);
                }
                None => {
                    self.fill_text(st)?;
                }
            }
        }
    }

    /// `read(size)` of a text file.
    fn text_read(&self, size: Option<usize>) -> PyResult<String> {
        let cfg = self.text.as_ref().expect("text file");
        let universal = cfg.newline == Newline::Universal;
        let st = &mut *self.state.borrow_mut();
        let Some(n) = size else {
            while self.fill_text(st)? {}
            let rest = st.text[st.tpos..].to_string();
            st.tpos = st.text.len();
            return Ok(if universal {
                rest.replace("\r\n", "\n").replace('\r', "\n")
            } else {
                rest
            });
        };
        let mut out = String::new();
        let mut count = 0;
        while count < n {
            let rest = &st.text[st.tpos..];
            let Some(c) = rest.chars().next() else {
                if !self.fill_text(st)? && st.tpos == st.text.len() {
                    break;
                }
                continue;
            };
            if c == '\r' && universal {
                if rest.len() == 1 && !st.eof {
                    self.fill_text(st)?;
                    continue;
                }
                st.tpos += if rest.starts_with("\r\n") { 2 } else { 1 };
                out.push('\n');
            } else {
                st.tpos += c.len_utf8();
                out.push(c);
            }
            count += 1;
        }
        Ok(out)
    }

    fn binary_read(&self, size: Option<usize>) -> PyResult<Vec<u8>> {
        let st = &mut *self.state.borrow_mut();
        loop {
            let have = st.raw.len() - st.rpos;
            if size.is_some_and(|n| have >= n) || !st.fill_raw().map_err(|e| self.io_err(e))? {
                let take = size.map_or(have, |n| n.min(st.raw.len() - st.rpos));
                let out = st.raw[st.rpos..st.rpos + take].to_vec();
                st.rpos += take;
                return Ok(out);
            }
        }
    }

    fn binary_readline(&self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let st = &mut *self.state.borrow_mut();
        loop {
            let rest = &st.raw[st.rpos..];
            let newline = rest.iter().position(|&b| b == b'\n');
            let end = match (newline, limit) {
                (Some(i), Some(n)) => Some((i + 1).min(n)),
                (Some(i), None) => Some(i + 1),
                (None, Some(n)) if rest.len() >= n => Some(n),
                _ => None,
            };
            if let Some(end) = end {
                let out = rest[..end].to_vec();
                st.rpos += end;
                return Ok(out);
            }
            if !st.fill_raw().map_err(|e| self.io_err(e))? {
                let out = st.raw[st.rpos..].to_vec();
                st.rpos = st.raw.len();
                return Ok(out);
            }
        }
    }

    /// One line as a value, or None at the end of the file.
    fn next_line(&self) -> PyResult<Option<Value>> {
        if self.is_text() {
            let line = self.text_readline(None)?;
            Ok((!line.is_empty()).then(|| Value::str(&line)))
        } else {
            let line = self.binary_readline(None)?;
            Ok((!line.is_empty()).then(|| Value::Bytes(Rc::from(line))))
        }
    }

    fn write(&self, v: &Value) -> PyResult {
        self.check_writable()?;
        let (bytes, count) = match (&self.text, v) {
            (Some(cfg), Value::Str(s)) => {
                let translated = match cfg.newline {
                    Newline::Fixed(sep) if sep != "\n" => s.replace('\n', sep),
                    _ => s.to_string(),
                };
                (
                    codecs::encode(&translated, &cfg.encoding, &cfg.errors)?,
                    s.chars().count(),
                )
            }
            (Some(_), other) => {
                return Err(PyErr::type_error(format!(
                    "write() argument must be str, not {}",
                    arg_type_name(other)
                )))
            }
            (None, Value::Bytes(b)) => (b.to_vec(), b.len()),
            (None, Value::ByteArray(b)) => {
                let b = b.borrow().clone();
                let n = b.len();
                (b, n)
            }
            (None, other) => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    other.type_name()
                )))
            }
        };
        let st = &mut *self.state.borrow_mut();
        if st.rpos < st.raw.len() || st.tpos < st.text.len() || st.eof {
            // The text layer forgets the text it decoded ahead without
            // moving the file back (`_io_TextIOWrapper_write_impl` only
            // resets its decoder), so the write lands after the chunk it
            // read; the buffered layer does move back over its bytes.
            st.text.clear();
            st.tpos = 0;
            st.drop_read_ahead(None).map_err(|e| self.io_err(e))?;
        }
        st.wbuf.extend_from_slice(&bytes);
        if st.wbuf.len() >= CHUNK {
            st.flush_writes().map_err(|e| self.io_err(e))?;
        }
        Ok(Value::Int(count as i64))
    }

    fn tell(&self) -> PyResult<u64> {
        let st = &mut *self.state.borrow_mut();
        st.flush_writes().map_err(|e| self.io_err(e))?;
        let ahead = st.read_ahead_len(self.text.as_ref()) as u64;
        let f = st.file.as_mut().expect("checked open");
        let pos = f.stream_position().map_err(|e| self.io_err(e))?;
        Ok(pos.saturating_sub(ahead))
    }

    fn seek(&self, args: &Args) -> PyResult {
        let (offset, whence) = match args.positional.as_slice() {
            [o] => (o, 0),
            [o, Value::Int(w)] => (o, *w),
            [_, other] => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "seek expected at least 1 argument, got {}",
                    args.positional.len()
                )))
            }
        };
        let offset = match offset {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        let target = match whence {
            0 => {
                if offset < 0 {
                    return Err(if self.is_text() {
                        value_error(format!("negative seek position {offset}"))
                    } else {
                        self.io_err(std::io::Error::from_raw_os_error(libc::EINVAL))
                    });
                }
                SeekFrom::Start(offset as u64)
            }
            1 | 2 if self.is_text() && offset != 0 => {
                return Err(unsupported(if whence == 1 {
                    "can't do nonzero cur-relative seeks"
                } else {
                    "can't do nonzero end-relative seeks"
                }))
            }
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => {
                return Err(value_error(if self.is_text() {
                    format!("invalid whence ({whence}, should be 0, 1 or 2)")
                } else {
                    format!("whence value {whence} unsupported")
                }))
            }
        };
        let st = &mut *self.state.borrow_mut();
        st.flush_writes().map_err(|e| self.io_err(e))?;
        st.drop_read_ahead(self.text.as_ref())
            .map_err(|e| self.io_err(e))?;
        let f = st.file.as_mut().expect("checked open");
        let pos = f.seek(target).map_err(|e| self.io_err(e))?;
        Ok(Value::Int(pos as i64))
    }

    fn close(&self) -> PyResult {
        let st = &mut *self.state.borrow_mut();
        let flushed = st.flush_writes();
        st.file = None;
        st.raw = Vec::new();
        st.text = String::new();
        st.wbuf = Vec::new();
        flushed.map_err(|e| self.io_err(e))?;
        Ok(Value::None)
    }
}

/// The length of the prefix of `data` that ends on a whole UTF-8
/// character (an incomplete sequence at the end waits for more bytes).
fn incomplete_utf8_tail(data: &[u8]) -> usize {
    let n = data.len();
    for back in 1..=3.min(n) {
        let b = data[n - back];
        if b & 0xc0 == 0x80 {
            continue;
        }
        let need = match b {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        return if need > back { n - back } else { n };
    }
    n
}

/// The byte offset of the `n`th character of `s` (its length if shorter).
fn char_offset(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// `readlines(hint)` over a function giving the next line.
fn read_lines(args: &Args, mut next: impl FnMut() -> PyResult<Option<Value>>) -> PyResult {
    let hint = size_arg("readlines", args)?.filter(|&n| n > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = next()? {
        total += crate::builtins::length(&line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

/// `writelines(lines)`: `write` of each item.
fn write_lines(vm: &Vm, args: &Args, mut write: impl FnMut(&Value) -> PyResult) -> PyResult {
    let [lines] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "writelines() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let it = vm.iter(lines)?;
    while let Some(line) = vm.next(&it)? {
        write(&line)?;
    }
    Ok(Value::None)
}

impl NativeObject for File {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(self.class)
    }

    fn repr(&self, _me: &Value) -> String {
        let name = repr::repr_plain(&self.name);
        match &self.text {
            Some(cfg) => format!(
                "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
                self.mode, cfg.encoding
            ),
            None => format!("<_io.{} name={name}>", self.class.name),
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ----- The methods of files, and of sys.stdout and sys.stderr -----
//
// `open()` gives a `TextIOWrapper` (text mode) or a `BufferedReader`,
// `BufferedWriter` or `BufferedRandom` (binary modes), all `File`s; the
// standard streams are `TextIOWrapper`s too, writing through the
// interpreter's own buffers (`Value::Stream`).

const FILE_METHODS: &[Member] = &[
    Member::method(
        "read",
        read,
        "Read at most size characters or bytes (all by default).",
    ),
    Member::method(
        "readline",
        readline,
        "Read one line, of at most size characters or bytes.",
    ),
    Member::method(
        "readlines",
        readlines,
        "Read the remaining lines into a list.",
    ),
    Member::method(
        "write",
        write,
        "Write a string or bytes; how many were written.",
    ),
    Member::method("writelines", writelines, "Write each item of an iterable."),
    Member::method("seek", seek, "Move to a position; the new position."),
    Member::method("tell", tell, "The current position."),
    Member::method("flush", flush, "Write out what is buffered."),
    Member::method("close", close, "Flush and close the file."),
    Member::method("fileno", fileno, "The file descriptor."),
    Member::method(
        "readable",
        readable,
        "Whether the file was opened for reading.",
    ),
    Member::method(
        "writable",
        writable,
        "Whether the file was opened for writing.",
    ),
    Member::method("seekable", seekable, "Whether the file supports seek()."),
    Member::method("isatty", isatty, "Whether the file is a terminal."),
    Member::method("__enter__", enter, "The file itself, for with."),
    Member::method(
        "__exit__",
        exit,
        "Close the file at the end of a with block.",
    ),
    slot!("__iter__" iter_slot),
    slot!("__next__" next_slot),
    Member::getter("name", name, "The name the file was opened with."),
    Member::getter("mode", mode, "The mode the file was opened with."),
    Member::getter("closed", closed, "Whether the file is closed."),
];

const TEXT_ATTRS: &[Member] = &[
    Member::getter("encoding", encoding, "The text encoding."),
    Member::getter("errors", errors, "How encoding errors are handled."),
    Member::getter(
        "newlines",
        newlines,
        "The newlines read so far (not tracked: None).",
    ),
    Member::getter(
        "line_buffering",
        line_buffering,
        "Whether a newline flushes the buffer.",
    ),
];

pub const TEXT_SPEC: TypeSpec = TypeSpec {
    doc: "A text file: str in and out, decoded from and encoded to bytes.",
    members: &[FILE_METHODS, TEXT_ATTRS],
};

/// What a file method is called on.
enum Receiver<'a> {
    File(&'a File),
    Stream(Stream),
}

fn receiver(v: &Value) -> Receiver<'_> {
    match v {
        Value::Stream(s) => Receiver::Stream(*s),
        Value::Object(o) => Receiver::File(
            o.as_any()
                .downcast_ref::<File>()
                .expect("a file method is only called on a file"),
        ),
        _ => unreachable!("a file method is only called on a file"),
    }
}

/// The receiver as an open `File`; `None` for a standard stream.
/// The open, readable file behind a read method's receiver (the standard
/// streams are not readable).
fn readable_file<'a>(v: &'a Value, op: &str) -> PyResult<&'a File> {
    let Some(f) = open_file(v, op)? else {
        return Err(unsupported("not readable"));
    };
    f.check_readable()?;
    Ok(f)
}

fn open_file<'a>(v: &'a Value, op: &str) -> PyResult<Option<&'a File>> {
    match receiver(v) {
        Receiver::File(f) => f.check_open(op).map(|_| Some(f)),
        Receiver::Stream(_) => Ok(None),
    }
}

fn stream_fd(s: Stream) -> i32 {
    match s {
        Stream::Stdout => 1,
        Stream::Stderr => 2,
    }
}

/// `TextIOWrapper.readable()` style argument check.
fn method_no_args(me: &Value, name: &str, args: Args) -> PyResult<()> {
    let class = match receiver(me) {
        Receiver::File(f) => f.class.name,
        Receiver::Stream(_) => "TextIOWrapper",
    };
    parse_args(class, name, Sig::NoArgs, args).map(|_| ())
}

fn read(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = readable_file(me, "read")?;
    let size = size_arg("read", &args)?;
    if f.is_text() {
        Ok(Value::str(&f.text_read(size)?))
    } else {
        Ok(Value::Bytes(Rc::from(f.binary_read(size)?)))
    }
}

fn readline(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = readable_file(me, "readline")?;
    let size = size_arg("readline", &args)?;
    if f.is_text() {
        Ok(Value::str(&f.text_readline(size)?))
    } else {
        Ok(Value::Bytes(Rc::from(f.binary_readline(size)?)))
    }
}

fn readlines(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = readable_file(me, "readlines")?;
    read_lines(&args, || f.next_line())
}

fn next_slot(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    let f = readable_file(me, "__next__")?;
    f.next_line()?.ok_or_else(stop_iteration)
}

fn iter_slot(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    open_file(me, "__iter__")?;
    Ok(me.clone())
}

fn enter(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    open_file(me, "__enter__")?;
    Ok(me.clone())
}

/// What a standard stream writes: str only.
fn stream_write(vm: &Vm, s: Stream, v: &Value) -> PyResult {
    match v {
        Value::Str(text) => {
            vm.write(s, text);
            Ok(Value::Int(text.chars().count() as i64))
        }
        other => Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

fn write(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let class = match receiver(me) {
        Receiver::File(f) => f.class.name,
        Receiver::Stream(_) => "TextIOWrapper",
    };
    let v = parse_args(class, "write", Sig::One, args)?
        .pop()
        .flatten()
        .expect("one argument");
    match receiver(me) {
        Receiver::Stream(s) => stream_write(vm, s, &v),
        Receiver::File(f) => {
            f.check_open("write")?;
            f.write(&v)
        }
    }
}

fn writelines(vm: &Vm, me: &Value, args: Args) -> PyResult {
    match open_file(me, "writelines")? {
        Some(f) => {
            f.check_writable()?;
            write_lines(vm, &args, |line| f.write(line))
        }
        None => {
            let Receiver::Stream(s) = receiver(me) else {
                unreachable!("not a file")
            };
            write_lines(vm, &args, |line| stream_write(vm, s, line))
        }
    }
}

fn tell(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    match open_file(me, "tell")? {
        Some(f) => Ok(Value::Int(f.tell()? as i64)),
        None => Err(stream_unseekable()),
    }
}

fn seek(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    match open_file(me, "seek")? {
        Some(f) => f.seek(&args),
        None => Err(stream_unseekable()),
    }
}

/// pyasync writes the standard streams through buffers of its own, which
/// do not track a position.
fn stream_unseekable() -> Box<PyErr> {
    unsupported("pyasync cannot seek or tell on sys.stdout or sys.stderr")
}

fn flush(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_no_args(me, "flush", args)?;
    match receiver(me) {
        Receiver::Stream(Stream::Stdout) => vm.stdout.borrow_mut().flush(),
        Receiver::Stream(Stream::Stderr) => vm.stderr.borrow_mut().flush(),
        Receiver::File(f) => {
            f.check_open("flush")?;
            let st = &mut *f.state.borrow_mut();
            st.flush_writes().map_err(|e| f.io_err(e))?;
        }
    }
    Ok(Value::None)
}

fn close(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    match receiver(me) {
        Receiver::File(f) => {
            let what = format!("{}.close", f.class.name);
            no_args(&what, &args).and_then(|_| f.close())
        }
        Receiver::Stream(_) => Err(stream_uncloseable()),
    }
}

/// Closing a standard stream would leave `print` failing; pyasync keeps
/// them open.
fn stream_uncloseable() -> Box<PyErr> {
    unsupported("pyasync cannot close sys.stdout or sys.stderr")
}

fn exit(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    match receiver(me) {
        Receiver::File(f) => f.close(),
        Receiver::Stream(_) => Err(stream_uncloseable()),
    }
}

fn fileno(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_no_args(me, "fileno", args)?;
    Ok(Value::Int(match open_file(me, "fileno")? {
        Some(f) => {
            use std::os::unix::io::AsRawFd;
            let st = f.state.borrow();
            st.file.as_ref().expect("checked open").as_raw_fd() as i64
        }
        None => match receiver(me) {
            Receiver::Stream(s) => stream_fd(s) as i64,
            Receiver::File(_) => unreachable!("a stream"),
        },
    }))
}

fn readable(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_no_args(me, "readable", args)?;
    Ok(Value::Bool(
        open_file(me, "readable")?.is_some_and(|f| f.readable),
    ))
}

fn writable(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_no_args(me, "writable", args)?;
    Ok(Value::Bool(
        open_file(me, "writable")?.is_none_or(|f| f.writable),
    ))
}

fn seekable(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_no_args(me, "seekable", args)?;
    Ok(Value::Bool(open_file(me, "seekable")?.is_some()))
}

fn isatty(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_no_args(me, "isatty", args)?;
    Ok(Value::Bool(match open_file(me, "isatty")? {
        Some(_) => false,
        // SAFETY: isatty only inspects the descriptor.
        None => match receiver(me) {
            Receiver::Stream(s) => unsafe { libc::isatty(stream_fd(s)) == 1 },
            Receiver::File(_) => false,
        },
    }))
}

fn name(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match receiver(me) {
        Receiver::File(f) => f.name.clone(),
        Receiver::Stream(Stream::Stdout) => Value::str("<stdout>"),
        Receiver::Stream(Stream::Stderr) => Value::str("<stderr>"),
    })
}

fn mode(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match receiver(me) {
        Receiver::File(f) => Value::Str(f.mode.clone()),
        Receiver::Stream(_) => Value::str("w"),
    })
}

fn closed(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(match receiver(me) {
        Receiver::File(f) => f.state.borrow().file.is_none(),
        Receiver::Stream(_) => false,
    }))
}

fn text_config(f: &File) -> &TextConfig {
    f.text.as_ref().expect("a TextIOWrapper has a text layer")
}

fn encoding(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match receiver(me) {
        Receiver::File(f) => Value::Str(text_config(f).encoding.clone()),
        Receiver::Stream(_) => Value::str("utf-8"),
    })
}

/// The standard streams' error handler: stderr's is `backslashreplace`;
/// stdout's `surrogateescape` under the C or POSIX locale and the UTF-8
/// locales CPython coerces those to, else `strict`
/// (`config_init_stdio_encoding` in `Python/initconfig.c`).
fn errors(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match receiver(me) {
        Receiver::File(f) => Value::Str(text_config(f).errors.clone()),
        Receiver::Stream(Stream::Stderr) => Value::str("backslashreplace"),
        Receiver::Stream(Stream::Stdout) => {
            let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
                .iter()
                .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
                .unwrap_or_default();
            Value::str(
                if matches!(
                    locale.as_str(),
                    "" | "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
                ) {
                    "surrogateescape"
                } else {
                    "strict"
                },
            )
        }
    })
}

fn newlines(_vm: &Vm, _me: &Value) -> PyResult {
    Ok(Value::None)
}

fn line_buffering(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(match receiver(me) {
        Receiver::File(_) => false,
        // SAFETY: isatty only inspects the descriptor.
        Receiver::Stream(s) => unsafe { libc::isatty(stream_fd(s)) == 1 },
    }))
}

// ----- StringIO and BytesIO -----

/// `io.StringIO` and `io.BytesIO`: an in-memory buffer and a position.
/// StringIO keeps characters, so that positions count characters as
/// CPython's do.
struct MemoryFile<T> {
    binary: bool,
    newline: Newline,
    /// Whether `\r` and `\r\n` are turned into `\n` on writing
    /// (`newline=None`).
    translate: bool,
    state: RefCell<Option<(Vec<T>, usize)>>,
}

trait Unit: Copy + PartialEq + 'static {
    const NL: Self;
    const CR: Self;
    const ZERO: Self;
    fn make(items: &[Self]) -> Value;
    /// The units `write(v)` stores, and the count it returns.
    fn units(file: &MemoryFile<Self>, v: &Value) -> PyResult<(Vec<Self>, usize)>;
}

impl Unit for char {
    const NL: char = '\n';
    const CR: char = '\r';
    const ZERO: char = '\0';
    fn make(items: &[char]) -> Value {
        Value::str(&items.iter().collect::<String>())
    }
    fn units(file: &MemoryFile<char>, v: &Value) -> PyResult<(Vec<char>, usize)> {
        let Value::Str(s) = v else {
            return Err(PyErr::type_error(format!(
                "string argument expected, got '{}'",
                v.type_name()
            )));
        };
        let text = if file.translate {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            match file.newline {
                Newline::Fixed(sep) if sep != "\n" => s.replace('\n', sep),
                _ => s.to_string(),
            }
        };
        Ok((text.chars().collect(), s.chars().count()))
    }
}

impl Unit for u8 {
    const NL: u8 = b'\n';
    const CR: u8 = b'\r';
    const ZERO: u8 = 0;
    fn make(items: &[u8]) -> Value {
        Value::Bytes(Rc::from(items))
    }
    fn units(_file: &MemoryFile<u8>, v: &Value) -> PyResult<(Vec<u8>, usize)> {
        let bytes: Vec<u8> = match v {
            Value::Bytes(b) => b.to_vec(),
            Value::ByteArray(b) => b.borrow().clone(),
            other => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    other.type_name()
                )))
            }
        };
        let n = bytes.len();
        Ok((bytes, n))
    }
}

impl<T: Unit> MemoryFile<T> {
    /// StringIO's message lacks BytesIO's full stop
    /// (`Modules/_io/stringio.c: CHECK_CLOSED`).
    fn closed(&self) -> Box<PyErr> {
        if self.binary {
            closed_file()
        } else {
            value_error("I/O operation on closed file")
        }
    }

    fn line_end(&self, rest: &[T]) -> Option<usize> {
        match self.newline {
            Newline::UniversalRaw => rest
                .iter()
                .position(|&c| c == T::NL || c == T::CR)
                .map(|i| {
                    if rest[i] == T::CR && rest.get(i + 1) == Some(&T::NL) {
                        i + 2
                    } else {
                        i + 1
                    }
                }),
            Newline::Fixed("\r") => rest.iter().position(|&c| c == T::CR).map(|i| i + 1),
            Newline::Fixed("\r\n") => rest
                .windows(2)
                .position(|w| w[0] == T::CR && w[1] == T::NL)
                .map(|i| i + 2),
            _ => rest.iter().position(|&c| c == T::NL).map(|i| i + 1),
        }
    }

    fn readline(&self, limit: Option<usize>) -> PyResult<Value> {
        let mut st = self.state.borrow_mut();
        let (buf, pos) = st.as_mut().ok_or_else(|| self.closed())?;
        let start = (*pos).min(buf.len());
        let rest = &buf[start..];
        let mut end = self.line_end(rest).unwrap_or(rest.len());
        if let Some(n) = limit {
            end = end.min(n);
        }
        *pos = start + end;
        Ok(T::make(&rest[..end]))
    }

    fn read(&self, size: Option<usize>) -> PyResult<Value> {
        let mut st = self.state.borrow_mut();
        let (buf, pos) = st.as_mut().ok_or_else(|| self.closed())?;
        let start = (*pos).min(buf.len());
        let end = size.map_or(buf.len(), |n| (start + n).min(buf.len()));
        *pos = end;
        Ok(T::make(&buf[start..end]))
    }

    fn write_units(&self, items: Vec<T>) -> PyResult<()> {
        let mut st = self.state.borrow_mut();
        let (buf, pos) = st.as_mut().ok_or_else(|| self.closed())?;
        if *pos > buf.len() {
            // A seek far past the end: the gap is zero-filled, and a gap
            // too large for memory is a MemoryError as in CPython.
            buf.try_reserve_exact(*pos - buf.len())
                .map_err(|_| crate::object::alloc::memory_error())?;
            buf.resize(*pos, T::ZERO);
        }
        let end = *pos + items.len();
        let overlap = end.min(buf.len());
        buf.splice(*pos..overlap, items);
        *pos = end;
        Ok(())
    }
}

impl<T: Unit> MemoryFile<T> {
    fn units_of(&self, v: &Value) -> PyResult<(Vec<T>, usize)> {
        T::units(self, v)
    }
}

impl<T: Unit> NativeObject for MemoryFile<T> {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(if self.binary { &BYTES_IO } else { &STRING_IO })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ----- The methods of StringIO (`T` = char) and BytesIO (`T` = u8) -----

/// What StringIO has beyond BytesIO.
const TEXT_MEMORY_ATTRS: &[Member] = &[
    Member::getter(
        "line_buffering",
        m_line_buffering,
        "False: nothing is buffered.",
    ),
    Member::getter(
        "newlines",
        newlines,
        "The newlines read so far (not tracked: None).",
    ),
];

fn memory<T: Unit>(me: &Value) -> &MemoryFile<T> {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<MemoryFile<T>>()
            .expect("a StringIO or BytesIO method is only called on one"),
        _ => unreachable!("a StringIO or BytesIO method is only called on one"),
    }
}

/// The file, checked open.
fn open_memory<T: Unit>(me: &Value) -> PyResult<&MemoryFile<T>> {
    let f = memory::<T>(me);
    if f.state.borrow().is_none() {
        return Err(f.closed());
    }
    Ok(f)
}

fn m_read<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    open_memory::<T>(me)?.read(size_arg("read", &args)?)
}

fn m_readline<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    open_memory::<T>(me)?.readline(size_arg("readline", &args)?)
}

fn m_readlines<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = open_memory::<T>(me)?;
    read_lines(&args, || {
        let line = f.readline(None)?;
        Ok((crate::builtins::length(&line)? > 0).then_some(line))
    })
}

fn m_next<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    let line = open_memory::<T>(me)?.readline(None)?;
    if crate::builtins::length(&line)? == 0 {
        Err(stop_iteration())
    } else {
        Ok(line)
    }
}

fn m_iter<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    open_memory::<T>(me)?;
    Ok(me.clone())
}

fn m_enter<T: Unit>(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    open_memory::<T>(me)?;
    Ok(me.clone())
}

fn m_write<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = open_memory::<T>(me)?;
    match args.positional.as_slice() {
        [v] => {
            let (items, count) = f.units_of(v)?;
            f.write_units(items)?;
            Ok(Value::Int(count as i64))
        }
        _ => Err(PyErr::type_error(format!(
            "write() takes exactly one argument ({} given)",
            args.positional.len()
        ))),
    }
}

fn m_writelines<T: Unit>(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = open_memory::<T>(me)?;
    write_lines(vm, &args, |line| {
        let (items, _) = f.units_of(line)?;
        f.write_units(items)?;
        Ok(Value::None)
    })
}

fn m_getvalue<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = open_memory::<T>(me)?;
    no_args("getvalue", &args)?;
    let st = f.state.borrow();
    let (buf, _) = st.as_ref().expect("checked open");
    Ok(T::make(buf))
}

fn m_tell<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = open_memory::<T>(me)?;
    no_args("tell", &args)?;
    Ok(Value::Int(
        f.state.borrow().as_ref().expect("open").1 as i64,
    ))
}

fn m_seek<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = open_memory::<T>(me)?;
    let (pos, whence) = match args.positional.as_slice() {
        [Value::Int(p)] => (*p, 0),
        [Value::Int(p), Value::Int(w)] => (*p, *w),
        [other, ..] if !matches!(other, Value::Int(_)) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "seek expected at least 1 argument, got {}",
                args.positional.len()
            )))
        }
    };
    let mut st = f.state.borrow_mut();
    let (buf, cur) = st.as_mut().expect("checked open");
    let new = match whence {
        0 if pos < 0 => return Err(value_error(format!("Negative seek position {pos}"))),
        0 => pos,
        1 | 2 if !f.binary && pos != 0 => {
            return Err(PyErr::new(
                &types::OS_ERROR,
                "Can't do nonzero cur-relative seeks",
            ))
        }
        1 => (*cur as i64 + pos).max(0),
        2 => (buf.len() as i64 + pos).max(0),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    *cur = new as usize;
    Ok(Value::Int(new))
}

fn m_truncate<T: Unit>(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let f = open_memory::<T>(me)?;
    let mut st = f.state.borrow_mut();
    let (buf, cur) = st.as_mut().expect("checked open");
    let size = match args.positional.first() {
        None | Some(Value::None) => *cur,
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        Some(Value::Int(n)) => return Err(value_error(format!("Negative size value {n}"))),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    buf.truncate(size);
    Ok(Value::Int(size as i64))
}

fn m_flush<T: Unit>(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    open_memory::<T>(me)?;
    Ok(Value::None)
}

fn m_close<T: Unit>(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    memory::<T>(me).state.replace(None);
    Ok(Value::None)
}

fn m_true<T: Unit>(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    open_memory::<T>(me)?;
    Ok(Value::Bool(true))
}

fn m_isatty<T: Unit>(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    open_memory::<T>(me)?;
    Ok(Value::Bool(false))
}

fn m_closed<T: Unit>(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(memory::<T>(me).state.borrow().is_none()))
}

fn m_line_buffering(_vm: &Vm, _me: &Value) -> PyResult {
    Ok(Value::Bool(false))
}

/// `io.StringIO(initial_value='', newline='\n')`.
fn string_io(_vm: &Vm, mut args: Args) -> PyResult {
    let initial = args.take_keyword("initial_value");
    let newline = args.take_keyword("newline");
    if let Some((k, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for StringIO()"
        )));
    }
    if args.positional.len() > 2 {
        return Err(PyErr::type_error(format!(
            "StringIO() takes at most 2 arguments ({} given)",
            args.positional.len()
        )));
    }
    let mut p = args.positional.into_iter();
    let initial = p.next().or(initial);
    let newline = p.next().or(newline);
    let newline = match newline {
        Some(Value::None) => Newline::Universal,
        None => Newline::Fixed("\n"),
        Some(Value::Str(s)) => match &*s {
            "" => Newline::UniversalRaw,
            "\n" => Newline::Fixed("\n"),
            "\r" => Newline::Fixed("\r"),
            "\r\n" => Newline::Fixed("\r\n"),
            other => return Err(value_error(format!("illegal newline value: '{other}'"))),
        },
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "newline must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    let file = MemoryFile::<char> {
        binary: false,
        translate: newline == Newline::Universal,
        newline: if newline == Newline::Universal {
            Newline::Fixed("\n")
        } else {
            newline
        },
        state: RefCell::new(Some((Vec::new(), 0))),
    };
    match initial {
        None | Some(Value::None) => {}
        Some(v @ Value::Str(_)) => {
            let (items, _) = file.units_of(&v)?;
            file.write_units(items)?;
            file.state.borrow_mut().as_mut().expect("open").1 = 0;
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "initial_value must be str or None, not {}",
                other.type_name()
            )))
        }
    }
    Ok(Value::Object(Rc::new(file)))
}

/// `io.BytesIO(initial_bytes=b'')`.
fn bytes_io(_vm: &Vm, mut args: Args) -> PyResult {
    let initial = args.take_keyword("initial_bytes");
    if let Some((k, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for BytesIO()"
        )));
    }
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "BytesIO() takes at most 1 argument ({} given)",
            args.positional.len()
        )));
    }
    let initial = args.positional.into_iter().next().or(initial);
    let file = MemoryFile::<u8> {
        binary: true,
        translate: false,
        newline: Newline::Fixed("\n"),
        state: RefCell::new(Some((Vec::new(), 0))),
    };
    match initial {
        None | Some(Value::None) => {}
        Some(v) => {
            let (items, _) = file.units_of(&v)?;
            file.state.replace(Some((items, 0)));
        }
    }
    Ok(Value::Object(Rc::new(file)))
}

pub fn make_module(_vm: &Vm) -> Globals {
    let n = |name, func| super::native("io", name, func);
    Globals::from_pairs(vec![
        n("open", open),
        n("StringIO", string_io),
        n("BytesIO", bytes_io),
        (
            "UnsupportedOperation",
            Value::Type(TypeRef::Builtin(&types::UNSUPPORTED_OPERATION)),
        ),
        (
            "TextIOWrapper",
            Value::Type(TypeRef::Builtin(TEXT_IO_WRAPPER)),
        ),
        ("DEFAULT_BUFFER_SIZE", Value::Int(CHUNK as i64)),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
    ])
}
