//! `asyncio.StreamReader`: the bytes a protocol received, handed out to
//! coroutines. Written in Rust because every line a stream server reads
//! goes through it; its behaviour (messages, reprs, the limit and when
//! the transport is paused) is that of CPython 3.11's `asyncio.streams`.
//!
//! At most one coroutine waits for data at a time: it waits on a future
//! (the reader's "waiter") that `feed_data`, `feed_eof` and
//! `set_exception` resolve.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::locks::{await_waiter, coroutine, create_future, downcast, label_waiter, set_result};
use super::{method_args, EventLoop, Future};
use crate::interp::Vm;
use crate::object::bytes::{bytes_like, new_bytes};
use crate::object::native::NativeObject;
use crate::object::repr::repr_plain;
use crate::object::types::{self, Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;

/// `streams._DEFAULT_LIMIT`: 64 KiB.
pub const DEFAULT_LIMIT: i64 = 1 << 16;

/// Bytes received and not yet read. Reading advances `start` instead of
/// moving the rest to the front each time; the dead prefix is dropped once
/// it outweighs what is left.
#[derive(Default)]
struct Buffer {
    data: Vec<u8>,
    start: usize,
}

impl Buffer {
    fn live(&self) -> &[u8] {
        &self.data[self.start..]
    }

    fn len(&self) -> usize {
        self.data.len() - self.start
    }

    fn push(&mut self, bytes: &[u8]) {
        self.data.extend_from_slice(bytes);
    }

    /// Removes and returns the first `n` bytes (all when fewer are left).
    fn take(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.len());
        let out = self.live()[..n].to_vec();
        self.discard(n);
        out
    }

    fn take_all(&mut self) -> Vec<u8> {
        let out = self.live().to_vec();
        self.clear();
        out
    }

    fn discard(&mut self, n: usize) {
        self.start += n.min(self.len());
        if self.start == self.data.len() {
            self.clear();
        } else if self.start > 4096 && self.start * 2 > self.data.len() {
            self.data.drain(..self.start);
            self.start = 0;
        }
    }

    fn clear(&mut self) {
        self.data.clear();
        self.start = 0;
    }

    /// Where `sep` first occurs at or after `from`.
    fn find(&self, sep: &[u8], from: usize) -> Option<usize> {
        let hay = self.live().get(from..)?;
        let at = match sep {
            [one] => hay.iter().position(|b| b == one),
            _ => hay.windows(sep.len()).position(|w| w == sep),
        };
        at.map(|i| i + from)
    }
}

pub struct StreamReader {
    limit: i64,
    event_loop: Rc<EventLoop>,
    loop_value: Value,
    buffer: RefCell<Buffer>,
    eof: Cell<bool>,
    waiter: RefCell<Option<Rc<Future>>>,
    /// What `set_exception` stored (`None` when nothing was).
    exception: RefCell<Value>,
    transport: RefCell<Option<Value>>,
    /// Whether this reader asked the transport to pause reading.
    paused: Cell<bool>,
}

/// How a search for a separator failed, before it becomes a Python error
/// (`readline` turns two of them into a result or a ValueError instead).
enum Unfound {
    Error(Box<PyErr>),
    /// The stream ended first: what was buffered, now removed.
    Ended(Vec<u8>),
    /// The separator is not within the limit: the message and the count
    /// of bytes that may be dropped.
    Overrun(&'static str, usize),
}

impl From<Box<PyErr>> for Unfound {
    fn from(e: Box<PyErr>) -> Unfound {
        Unfound::Error(e)
    }
}

/// What the caller looks for, as `readuntil` is given it: the bytes of a
/// bytes-like object, or only the length of something else, whose search
/// fails as `bytearray.find` fails.
enum Separator {
    Bytes(Vec<u8>),
    Unsearchable(usize, String),
}

impl Separator {
    fn of(vm: &Vm, v: &Value) -> PyResult<Separator> {
        match bytes_like(v) {
            Some(bytes) => Ok(Separator::Bytes(bytes?)),
            None => Ok(Separator::Unsearchable(
                vm.len(v)?,
                v.type_name().into_owned(),
            )),
        }
    }

    fn len(&self) -> usize {
        match self {
            Separator::Bytes(b) => b.len(),
            Separator::Unsearchable(n, _) => *n,
        }
    }
}

impl StreamReader {
    fn limit(&self) -> usize {
        usize::try_from(self.limit).unwrap_or(usize::MAX)
    }

    /// Raises what `set_exception` stored, if anything.
    fn check_exception(&self, vm: &Vm) -> PyResult<()> {
        let stored = self.exception.borrow().clone();
        if stored.is_none() {
            return Ok(());
        }
        Err(PyErr::from_exception(vm.make_exception(stored)?))
    }

    /// Resolves the future a read waits on, if any.
    fn wake_waiter(&self) -> PyResult<()> {
        let waiter = self.waiter.borrow_mut().take();
        match waiter {
            Some(w) if !w.cancelled() => set_result(&w, Value::None),
            _ => Ok(()),
        }
    }

    fn feed(&self, vm: &Vm, data: &Value) -> PyResult<()> {
        if self.eof.get() {
            return Err(PyErr::new(
                &types::ASSERTION_ERROR,
                "feed_data after feed_eof",
            ));
        }
        let bytes = match bytes_like(data) {
            Some(b) => b?,
            None => {
                if !vm.truth(data)? {
                    return Ok(());
                }
                // Anything else goes through bytearray.extend, with its
                // errors (an iterable of ints is accepted).
                let scratch = crate::object::bytes::new_bytearray(Vec::new());
                vm.call_method(&scratch, "extend", Args::positional(vec![data.clone()]))?;
                bytes_like(&scratch).expect("a bytearray")?
            }
        };
        if bytes.is_empty() {
            return Ok(());
        }
        self.buffer.borrow_mut().push(&bytes);
        self.wake_waiter()?;
        let transport = self.transport.borrow().clone();
        if let Some(transport) = transport {
            let over = self.buffer.borrow().len() as u128 > 2 * self.limit as u128;
            if !self.paused.get() && over {
                // Far past the limit: the transport stops reading until
                // the buffer drains; one that cannot is no longer asked.
                match vm.call_method(&transport, "pause_reading", Args::default()) {
                    Ok(_) => self.paused.set(true),
                    Err(e) if e.is_instance(&types::NOT_IMPLEMENTED_ERROR) => {
                        *self.transport.borrow_mut() = None;
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(())
    }

    /// Once the buffer is back within the limit, the paused transport
    /// reads again.
    fn maybe_resume(&self, vm: &Vm) -> PyResult<()> {
        if self.paused.get() && self.buffer.borrow().len() <= self.limit() {
            self.paused.set(false);
            self.resume_transport(vm)?;
        }
        Ok(())
    }

    fn resume_transport(&self, vm: &Vm) -> PyResult<()> {
        let transport = self.transport.borrow().clone();
        match transport {
            Some(t) => vm
                .call_method(&t, "resume_reading", Args::default())
                .map(|_| ()),
            None => Err(PyErr::new(
                &types::ATTRIBUTE_ERROR,
                "'NoneType' object has no attribute 'resume_reading'",
            )),
        }
    }

    /// Suspends until data, the end or an error arrives. `caller` names
    /// the read method in the error a second waiting coroutine gets.
    async fn wait_for_data(&self, vm: &Vm, caller: &str) -> PyResult<()> {
        if self.waiter.borrow().is_some() {
            return Err(PyErr::runtime_error(format!(
                "{caller}() called while another coroutine is already waiting for incoming data"
            )));
        }
        if self.eof.get() {
            return Err(PyErr::new(
                &types::ASSERTION_ERROR,
                "_wait_for_data after EOF",
            ));
        }
        // Waiting on a paused transport would wait forever.
        if self.paused.get() {
            self.paused.set(false);
            self.resume_transport(vm)?;
        }
        let fut = create_future(self.event_loop.clone());
        label_waiter(&fut, "StreamReader data");
        *self.waiter.borrow_mut() = Some(fut.clone());
        let outcome = await_waiter(vm, &fut).await;
        *self.waiter.borrow_mut() = None;
        outcome.map(|_| ())
    }

    /// The bytes up to and including `sep` (see `readuntil`).
    async fn until(&self, vm: &Vm, sep: &Separator) -> Result<Vec<u8>, Unfound> {
        let seplen = sep.len();
        if seplen == 0 {
            return Err(PyErr::value_error("Separator should be at least one-byte string").into());
        }
        self.check_exception(vm)?;
        let limit = self.limit();
        // Bytes before `from` were searched already and cannot start the
        // separator.
        let mut from = 0usize;
        let found = loop {
            let size = self.buffer.borrow().len();
            if size >= from + seplen {
                let bytes = match sep {
                    Separator::Bytes(b) => b,
                    Separator::Unsearchable(_, type_name) => {
                        return Err(PyErr::type_error(format!(
                            "argument should be integer or bytes-like object, not '{type_name}'"
                        ))
                        .into())
                    }
                };
                if let Some(at) = self.buffer.borrow().find(bytes, from) {
                    break at;
                }
                from = size + 1 - seplen;
                if from > limit {
                    return Err(Unfound::Overrun(
                        "Separator is not found, and chunk exceed the limit",
                        from,
                    ));
                }
            }
            if self.eof.get() {
                return Err(Unfound::Ended(self.buffer.borrow_mut().take_all()));
            }
            self.wait_for_data(vm, "readuntil").await?;
        };
        if found > limit {
            return Err(Unfound::Overrun(
                "Separator is found, but chunk is longer than limit",
                found,
            ));
        }
        let chunk = self.buffer.borrow_mut().take(found + seplen);
        self.maybe_resume(vm)?;
        Ok(chunk)
    }

    async fn readuntil(self: Rc<Self>, vm: Rc<Vm>, sep: Value) -> PyResult {
        let vm = &*vm;
        let sep = Separator::of(vm, &sep)?;
        match self.until(vm, &sep).await {
            Ok(chunk) => Ok(new_bytes(chunk)),
            Err(Unfound::Error(e)) => Err(e),
            Err(Unfound::Ended(rest)) => Err(stream_error(
                vm,
                "IncompleteReadError",
                vec![new_bytes(rest), Value::None],
            )),
            Err(Unfound::Overrun(msg, consumed)) => Err(stream_error(
                vm,
                "LimitOverrunError",
                vec![Value::str(msg), Value::Int(consumed as i64)],
            )),
        }
    }

    /// `readline`: what is left at the end of the stream is a last line;
    /// a line past the limit is dropped (all that is buffered, when its
    /// end has not arrived) and reported as a ValueError.
    async fn line(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        match self.until(vm, &Separator::Bytes(b"\n".to_vec())).await {
            Ok(line) => Ok(line),
            Err(Unfound::Error(e)) => Err(e),
            Err(Unfound::Ended(rest)) => Ok(rest),
            Err(Unfound::Overrun(msg, consumed)) => {
                {
                    let mut buffer = self.buffer.borrow_mut();
                    if buffer.live().get(consumed) == Some(&b'\n') {
                        buffer.discard(consumed + 1);
                    } else {
                        buffer.clear();
                    }
                }
                self.maybe_resume(vm)?;
                Err(PyErr::value_error(msg))
            }
        }
    }

    async fn readline(self: Rc<Self>, vm: Rc<Vm>) -> PyResult {
        self.line(&vm).await.map(new_bytes)
    }

    async fn next_line(self: Rc<Self>, vm: Rc<Vm>) -> PyResult {
        let line = self.line(&vm).await?;
        if line.is_empty() {
            return Err(PyErr::with_args(&types::STOP_ASYNC_ITERATION, vec![]));
        }
        Ok(new_bytes(line))
    }

    /// Up to `n` bytes once some are buffered or the stream has ended.
    async fn read_some(&self, vm: &Vm, n: &Value) -> PyResult<Vec<u8>> {
        if self.buffer.borrow().len() == 0 && !self.eof.get() {
            self.wait_for_data(vm, "read").await?;
        }
        let n = slice_bound(vm, n)?;
        let data = self.buffer.borrow_mut().take(n);
        self.maybe_resume(vm)?;
        Ok(data)
    }

    async fn read(self: Rc<Self>, vm: Rc<Vm>, n: Value) -> PyResult {
        let vm = &*vm;
        self.check_exception(vm)?;
        if vm.equal(&n, &Value::Int(0))? {
            return Ok(new_bytes(Vec::new()));
        }
        if !vm.compare(CmpOp::Lt, &n, &Value::Int(0))? {
            return self.read_some(vm, &n).await.map(new_bytes);
        }
        // Everything to the end, read a limit at a time so that the
        // transport's flow control goes on working meanwhile.
        let piece = Value::Int(self.limit);
        let mut all = Vec::new();
        loop {
            self.check_exception(vm)?;
            let data = self.read_some(vm, &piece).await?;
            if data.is_empty() {
                return Ok(new_bytes(all));
            }
            all.extend_from_slice(&data);
        }
    }

    async fn readexactly(self: Rc<Self>, vm: Rc<Vm>, n: Value) -> PyResult {
        let vm = &*vm;
        if vm.compare(CmpOp::Lt, &n, &Value::Int(0))? {
            return Err(PyErr::value_error(
                "readexactly size can not be less than zero",
            ));
        }
        self.check_exception(vm)?;
        if vm.equal(&n, &Value::Int(0))? {
            return Ok(new_bytes(Vec::new()));
        }
        let count = slice_bound(vm, &n)?;
        while self.buffer.borrow().len() < count {
            if self.eof.get() {
                let rest = self.buffer.borrow_mut().take_all();
                return Err(stream_error(
                    vm,
                    "IncompleteReadError",
                    vec![new_bytes(rest), n],
                ));
            }
            self.wait_for_data(vm, "readexactly").await?;
        }
        let data = self.buffer.borrow_mut().take(count);
        self.maybe_resume(vm)?;
        Ok(new_bytes(data))
    }

    fn describe(&self, vm: &Vm) -> PyResult<String> {
        let mut parts = vec!["StreamReader".to_string()];
        let size = self.buffer.borrow().len();
        if size > 0 {
            parts.push(format!("{size} bytes"));
        }
        if self.eof.get() {
            parts.push("eof".into());
        }
        if self.limit != DEFAULT_LIMIT {
            parts.push(format!("limit={}", self.limit));
        }
        if let Some(w) = self.waiter.borrow().clone() {
            parts.push(format!("waiter={}", repr_plain(&Value::Future(w))));
        }
        let exception = self.exception.borrow().clone();
        if vm.truth(&exception)? {
            parts.push(format!("exception={}", vm.repr(&exception)?));
        }
        let transport = self.transport.borrow().clone();
        if let Some(t) = transport {
            if vm.truth(&t)? {
                parts.push(format!("transport={}", vm.repr(&t)?));
            }
        }
        if self.paused.get() {
            parts.push("paused".into());
        }
        Ok(format!("<{}>", parts.join(" ")))
    }
}

/// A count taken as a slice bound is (`buffer[:n]`): an int, or an
/// object with `__index__`; negative counts and huge ones are clamped.
fn slice_bound(vm: &Vm, n: &Value) -> PyResult<usize> {
    let index = vm.number_index(n).map_err(|_| {
        PyErr::type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(match index {
        Value::Int(i) => usize::try_from(i).unwrap_or(0),
        Value::Bool(b) => b as usize,
        Value::BigInt(b) => {
            use num_traits::Signed;
            if b.is_negative() {
                0
            } else {
                usize::MAX
            }
        }
        _ => 0,
    })
}

/// `IncompleteReadError(...)` or `LimitOverrunError(...)`, the classes
/// `asyncio.streams` defines in Python.
fn stream_error(vm: &Vm, class: &str, args: Vec<Value>) -> Box<PyErr> {
    let made = crate::stdlib::importer::import(vm, "asyncio.streams")
        .and_then(|m| vm.get_attr(&m, class))
        .and_then(|cls| vm.call(&cls, Args::positional(args)))
        .and_then(|exc| vm.make_exception(exc));
    match made {
        Ok(exc) => PyErr::from_exception(exc),
        Err(e) => e,
    }
}

impl NativeObject for StreamReader {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&STREAM_READER)
    }

    fn repr(&self, _me: &Value) -> String {
        let size = self.buffer.borrow().len();
        format!("<StreamReader {size} bytes>")
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub static STREAM_READER: TypeObject =
    TypeObject::new("StreamReader", "asyncio.streams", None, SPEC);

const SPEC: TypeSpec = TypeSpec {
    doc: "Bytes received on a stream, read by coroutines.",
    members: &[&[
        Member::static_method("__new__", new, "Create a reader (limit=65536, loop=None)."),
        Member::method(
            "__repr__",
            repr_method,
            "The repr, with the reader's state.",
        ),
        Member::method(
            "exception",
            exception,
            "The exception set on the reader, or None.",
        ),
        Member::method(
            "set_exception",
            set_exception,
            "Make every read raise this exception, and wake a waiting read.",
        ),
        Member::method(
            "set_transport",
            set_transport,
            "Attach the transport to pause and resume reading from.",
        ),
        Member::method("feed_data", feed_data, "Add received bytes to the buffer."),
        Member::method("feed_eof", feed_eof, "Mark the end of the stream."),
        Member::method(
            "at_eof",
            at_eof,
            "Whether the stream has ended and nothing is left to read.",
        ),
        Member::method(
            "read",
            read,
            "Coroutine: up to n bytes (n < 0: all up to the end).",
        ),
        Member::method(
            "readline",
            readline,
            "Coroutine: one line, with its newline (at the end: what is left).",
        ),
        Member::method(
            "readuntil",
            readuntil,
            "Coroutine: the bytes up to and including the separator.",
        ),
        Member::method(
            "readexactly",
            readexactly,
            "Coroutine: exactly n bytes, or IncompleteReadError.",
        ),
        Member::method(
            "__aiter__",
            aiter,
            "The reader itself: it iterates over lines.",
        ),
        Member::method("__anext__", anext, "Coroutine: the next line."),
        Member::method(
            "_wakeup_waiter",
            wakeup_waiter,
            "Resolve the future a waiting read is suspended on.",
        ),
        Member::method(
            "_maybe_resume_transport",
            maybe_resume_transport,
            "Resume a paused transport once the buffer is within the limit.",
        ),
        Member::getter(
            "_limit",
            |_, me| Ok(Value::Int(reader(me).limit)),
            "The limit.",
        ),
        Member::getter(
            "_loop",
            |_, me| Ok(reader(me).loop_value.clone()),
            "The loop.",
        ),
        Member::getter(
            "_eof",
            |_, me| Ok(Value::Bool(reader(me).eof.get())),
            "Whether the stream ended.",
        ),
        Member::getter(
            "_transport",
            |_, me| Ok(reader(me).transport.borrow().clone().unwrap_or_default()),
            "The transport, or None.",
        ),
        Member::getter(
            "_paused",
            |_, me| Ok(Value::Bool(reader(me).paused.get())),
            "Whether this reader paused the transport.",
        ),
        Member::getter(
            "_buffer",
            |_, me| {
                Ok(crate::object::bytes::new_bytearray(
                    reader(me).buffer.borrow().live().to_vec(),
                ))
            },
            "A copy of the unread bytes.",
        ),
    ]],
};

fn reader(me: &Value) -> Rc<StreamReader> {
    downcast::<StreamReader>(me).expect("a StreamReader method is only called on a reader")
}

fn new(vm: &Vm, mut args: Args) -> PyResult {
    if !args.positional.is_empty() {
        args.positional.remove(0);
    }
    // A Python function reports an unknown keyword before a surplus of
    // positional arguments.
    if let Some((name, _)) = args
        .keywords
        .iter()
        .find(|(k, _)| !matches!(&**k, "limit" | "loop"))
    {
        return Err(PyErr::type_error(format!(
            "StreamReader.__init__() got an unexpected keyword argument '{name}'"
        )));
    }
    let [limit, loop_value] = method_args("StreamReader.__init__", args, ["limit", "loop"], 0)?;
    let limit = limit.unwrap_or(Value::Int(DEFAULT_LIMIT));
    if vm.compare(CmpOp::LtE, &limit, &Value::Int(0))? {
        return Err(PyErr::value_error("Limit cannot be <= 0"));
    }
    let limit = match vm.number_index(&limit)? {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => i64::MAX,
    };
    // No loop given: the running loop, else the current one.
    let loop_value = match loop_value.filter(|l| !l.is_none()) {
        Some(l) => l,
        None => super::loop_object::get_event_loop(vm, Args::default())?,
    };
    let event_loop = super::loop_object::event_loop_of(&loop_value).ok_or_else(|| {
        PyErr::type_error(format!(
            "loop must be an event loop, not {}",
            loop_value.type_name()
        ))
    })?;
    Ok(Value::Object(Rc::new(StreamReader {
        limit,
        event_loop,
        loop_value,
        buffer: RefCell::default(),
        eof: Cell::new(false),
        waiter: RefCell::new(None),
        exception: RefCell::new(Value::None),
        transport: RefCell::new(None),
        paused: Cell::new(false),
    })))
}

fn repr_method(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader.__repr__", args, [], 0)?;
    Ok(Value::str(&reader(me).describe(vm)?))
}

fn exception(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader.exception", args, [], 0)?;
    Ok(reader(me).exception.borrow().clone())
}

fn set_exception(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [exc] = method_args("StreamReader.set_exception", args, ["exc"], 1)?;
    let exc = exc.expect("required");
    let r = reader(me);
    *r.exception.borrow_mut() = exc.clone();
    let waiter = r.waiter.borrow_mut().take();
    if let Some(w) = waiter.filter(|w| !w.cancelled()) {
        vm.call_method(
            &Value::Future(w),
            "set_exception",
            Args::positional(vec![exc]),
        )?;
    }
    Ok(Value::None)
}

fn set_transport(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [transport] = method_args("StreamReader.set_transport", args, ["transport"], 1)?;
    let r = reader(me);
    if r.transport.borrow().is_some() {
        return Err(PyErr::new(&types::ASSERTION_ERROR, "Transport already set"));
    }
    *r.transport.borrow_mut() = transport.filter(|t| !t.is_none());
    Ok(Value::None)
}

fn feed_data(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [data] = method_args("StreamReader.feed_data", args, ["data"], 1)?;
    reader(me).feed(vm, &data.expect("required"))?;
    Ok(Value::None)
}

fn feed_eof(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader.feed_eof", args, [], 0)?;
    let r = reader(me);
    r.eof.set(true);
    r.wake_waiter()?;
    Ok(Value::None)
}

fn at_eof(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader.at_eof", args, [], 0)?;
    let r = reader(me);
    Ok(Value::Bool(r.eof.get() && r.buffer.borrow().len() == 0))
}

fn wakeup_waiter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader._wakeup_waiter", args, [], 0)?;
    reader(me).wake_waiter()?;
    Ok(Value::None)
}

fn maybe_resume_transport(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader._maybe_resume_transport", args, [], 0)?;
    reader(me).maybe_resume(vm)?;
    Ok(Value::None)
}

fn read(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [n] = method_args("StreamReader.read", args, ["n"], 0)?;
    let n = n.unwrap_or(Value::Int(-1));
    let body = reader(me).read(vm.rc(), n);
    Ok(coroutine(vm, "read", "StreamReader.read".into(), body))
}

fn readline(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader.readline", args, [], 0)?;
    let body = reader(me).readline(vm.rc());
    Ok(coroutine(
        vm,
        "readline",
        "StreamReader.readline".into(),
        body,
    ))
}

fn readuntil(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [sep] = method_args("StreamReader.readuntil", args, ["separator"], 0)?;
    let sep = sep.unwrap_or_else(|| new_bytes(b"\n".to_vec()));
    let body = reader(me).readuntil(vm.rc(), sep);
    Ok(coroutine(
        vm,
        "readuntil",
        "StreamReader.readuntil".into(),
        body,
    ))
}

fn readexactly(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [n] = method_args("StreamReader.readexactly", args, ["n"], 1)?;
    let body = reader(me).readexactly(vm.rc(), n.expect("required"));
    Ok(coroutine(
        vm,
        "readexactly",
        "StreamReader.readexactly".into(),
        body,
    ))
}

fn aiter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader.__aiter__", args, [], 0)?;
    Ok(me.clone())
}

fn anext(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("StreamReader.__anext__", args, [], 0)?;
    let body = reader(me).next_line(vm.rc());
    Ok(coroutine(
        vm,
        "__anext__",
        "StreamReader.__anext__".into(),
        body,
    ))
}
