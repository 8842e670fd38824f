//! The event loop as Python sees it (`asyncio.get_running_loop()`): a small
//! `_UnixSelectorEventLoop` object over the Rust `EventLoop`, with the
//! scheduling methods of `base_events.BaseEventLoop`, and the `Handle` /
//! `TimerHandle` objects its `call_*` methods return.

use std::any::Any;
use std::rc::{Rc, Weak};

use super::events::{Callback, EventLoop, Handle, PythonCall};
use super::futures::Future;
use super::tasks::Task;
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{ops, Args, PyErr, PyResult, Value};

pub struct LoopObject {
    event_loop: Rc<EventLoop>,
}

/// The loop object of `event_loop`, the same one each time.
pub fn loop_object(event_loop: &Rc<EventLoop>) -> Value {
    if let Some(obj) = event_loop.py_object.borrow().as_ref() {
        return Value::Object(obj.clone());
    }
    // The loop keeps its object until it is closed; the object keeps the
    // loop for as long as Python holds it.
    let obj: Rc<dyn NativeObject> = Rc::new(LoopObject {
        event_loop: event_loop.clone(),
    });
    *event_loop.py_object.borrow_mut() = Some(obj.clone());
    Value::Object(obj)
}

/// In debug mode a handle remembers the line of Python code that made it.
fn note_creation(vm: &Vm, event_loop: &EventLoop, handle: &Handle) {
    if event_loop.get_debug() {
        if let Some((source, line)) = vm.current_location() {
            handle.set_created_at(format!("{}:{}", source.name, line));
        }
    }
}

/// The loop behind a loop object.
pub fn event_loop_of(v: &Value) -> Option<Rc<EventLoop>> {
    let Value::Object(o) = v else { return None };
    o.as_any()
        .downcast_ref::<LoopObject>()
        .map(|l| l.event_loop.clone())
}

fn number(v: &Value) -> PyResult<f64> {
    ops::to_f64(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "unsupported operand type(s) for +: 'float' and '{}'",
            v.type_name()
        ))
    })
}

/// Splits `(first, callback, *args)` off a `call_soon`/`call_later`/
/// `call_at` call, whose leading parameters are named in `lead`.
fn callback_args(
    method: &str,
    mut args: Args,
    lead: &[&str],
) -> PyResult<(Vec<Value>, Value, Vec<Value>)> {
    args.take_keyword("context");
    if let Some((name, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "BaseEventLoop.{}() got an unexpected keyword argument '{}'",
            method, name
        )));
    }
    let leading = lead.len();
    if args.positional.len() < leading + 1 {
        let missing: Vec<String> = lead
            .iter()
            .chain(&["callback"])
            .skip(args.positional.len())
            .map(|n| format!("'{n}'"))
            .collect();
        let (count, names) = match missing.as_slice() {
            [one] => ("1 required positional argument".to_string(), one.clone()),
            [rest @ .., last] => (
                format!("{} required positional arguments", missing.len()),
                format!("{} and {}", rest.join(", "), last),
            ),
            [] => unreachable!("something is missing"),
        };
        return Err(PyErr::type_error(format!(
            "BaseEventLoop.{method}() missing {count}: {names}"
        )));
    }
    let rest = args.positional.split_off(leading + 1);
    // CPython checks the callback only in debug mode.
    let cb = args.positional.pop().expect("checked length");
    Ok((args.positional, cb, rest))
}

impl LoopObject {
    fn check_closed(&self, event_loop: &EventLoop) -> PyResult<()> {
        if event_loop.is_closed() {
            return Err(PyErr::runtime_error("Event loop is closed"));
        }
        Ok(())
    }
}

impl NativeObject for LoopObject {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::EVENT_LOOP)
    }

    fn repr(&self, _me: &Value) -> String {
        let l = &self.event_loop;
        let (running, closed) = (l.is_running(), l.is_closed());
        let b = |x: bool| if x { "True" } else { "False" };
        format!(
            "<_UnixSelectorEventLoop running={} closed={} debug={}>",
            b(running),
            b(closed),
            crate::object::repr::repr_plain(&l.debug_value())
        )
    }

    /// `slow_callback_duration` is a plain attribute in CPython: any value
    /// is stored, and a non-number fails only when compared with a time.
    fn set_attr(&self, _vm: &Vm, name: &str, v: &Value) -> Option<PyResult<()>> {
        match name {
            "slow_callback_duration" => Some(match ops::to_f64(v) {
                Some(x) => {
                    self.event_loop.slow_callback_duration.set(x);
                    Ok(())
                }
                None => Err(PyErr::type_error(format!(
                    "slow_callback_duration must be a number, not {}",
                    v.type_name()
                ))),
            }),
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.Handle` (from `call_soon`) or `asyncio.TimerHandle` (with a
/// deadline, from `call_later` / `call_at`).
pub struct HandleObject {
    event_loop: Weak<EventLoop>,
    handle: Rc<Handle>,
    when: Option<f64>,
}

pub(crate) fn handle_object(event_loop: &Rc<EventLoop>, handle: Rc<Handle>) -> Value {
    Value::Object(Rc::new(HandleObject {
        event_loop: Rc::downgrade(event_loop),
        when: handle.when(),
        handle,
    }))
}

impl HandleObject {
    fn class_name(&self) -> &'static str {
        self.handle.class_name()
    }
}

impl NativeObject for HandleObject {
    fn type_ref(&self) -> TypeRef {
        match self.when {
            Some(_) => TypeRef::Builtin(&types::TIMER_HANDLE),
            None => TypeRef::Builtin(&types::HANDLE),
        }
    }

    fn repr(&self, _me: &Value) -> String {
        self.handle.repr(self.class_name(), self.when)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ---------------------------------------------------------------------------
// The methods of the event loop and of its handles.

/// `asyncio.SelectorEventLoop`, the loop `asyncio.run` and
/// `new_event_loop()` make: the part of `BaseEventLoop` pyasync has.
pub const LOOP_SPEC: TypeSpec = TypeSpec {
    doc: "The event loop: runs callbacks, tasks and timers in turn.",
    members: &[&[
        Member::method("time", time, "The loop's clock, in seconds."),
        Member::method("create_future", create_future, "A new future of this loop."),
        Member::method(
            "create_task",
            create_task,
            "Schedule a coroutine as a task of this loop; the task.",
        ),
        Member::method(
            "call_soon",
            call_soon,
            "Call callback(*args) at the next iteration; a Handle.",
        ),
        Member::method(
            "call_later",
            call_later,
            "Call callback(*args) after delay seconds; a TimerHandle.",
        ),
        Member::method(
            "call_at",
            call_at,
            "Call callback(*args) at loop time when; a TimerHandle.",
        ),
        Member::method("is_running", is_running, "Whether the loop is running."),
        Member::method("is_closed", is_closed, "Whether the loop was closed."),
        Member::method("get_debug", get_debug, "The debug flag."),
        Member::method("set_debug", set_debug, "Set the debug flag."),
        Member::method(
            "run_until_complete",
            run_until_complete,
            "Run the loop until a future (or a coroutine, as a task) is done; its result.",
        ),
        Member::method("stop", stop, "Stop the loop after the current iteration."),
        Member::method(
            "run_forever",
            run_forever,
            "Run the loop until stop() is called.",
        ),
        Member::method(
            "set_exception_handler",
            set_exception_handler,
            "Set handler(loop, context) as the loop's exception handler (None: the default).",
        ),
        Member::method(
            "get_exception_handler",
            get_exception_handler,
            "The exception handler set, or None.",
        ),
        Member::method(
            "call_exception_handler",
            call_exception_handler,
            "Report an error described by a context dict to the exception handler.",
        ),
        Member::method(
            "default_exception_handler",
            default_exception_handler,
            "Log an error described by a context dict on stderr.",
        ),
        Member::method(
            "set_task_factory",
            set_task_factory,
            "Make create_task() call factory(loop, coro) (None: make a Task).",
        ),
        Member::method(
            "get_task_factory",
            get_task_factory,
            "The task factory set, or None.",
        ),
        Member::method(
            "shutdown_asyncgens",
            shutdown_asyncgens,
            "A coroutine that closes the asynchronous generators still suspended.",
        ),
        Member::method(
            "shutdown_default_executor",
            shutdown_default_executor,
            "A coroutine that shuts the default executor down (there is none).",
        ),
        Member::method(
            "add_signal_handler",
            add_signal_handler,
            "Call callback(*args) as a loop callback whenever signal sig arrives.",
        ),
        Member::method(
            "remove_signal_handler",
            remove_signal_handler,
            "Stop handling signal sig; whether there was a handler.",
        ),
        Member::method(
            "subprocess_exec",
            subprocess_exec,
            "Run a program: (transport, protocol), the protocol a SubprocessProtocol.",
        ),
        Member::method(
            "subprocess_shell",
            subprocess_shell,
            "Run a shell command: (transport, protocol).",
        ),
        Member::method(
            "connect_read_pipe",
            connect_read_pipe,
            "Read the pipe (a file object) into a protocol: (transport, protocol).",
        ),
        Member::method(
            "connect_write_pipe",
            connect_write_pipe,
            "Write to the pipe (a file object) through a transport: (transport, protocol).",
        ),
        Member::method("close", close, "Close the loop, which must not be running."),
        Member::method(
            "add_reader",
            add_reader,
            "Call callback(*args) whenever fd can be read.",
        ),
        Member::method(
            "remove_reader",
            remove_reader,
            "Stop watching fd for reading; whether it was watched.",
        ),
        Member::method(
            "add_writer",
            add_writer,
            "Call callback(*args) whenever fd can be written.",
        ),
        Member::method(
            "remove_writer",
            remove_writer,
            "Stop watching fd for writing; whether it was watched.",
        ),
        Member::method(
            "sock_recv",
            sock_recv,
            "Receive up to n bytes from a non-blocking socket.",
        ),
        Member::method(
            "sock_recv_into",
            sock_recv_into,
            "Receive into a buffer from a non-blocking socket; the count.",
        ),
        Member::method(
            "sock_sendall",
            sock_sendall,
            "Send all of data on a non-blocking socket.",
        ),
        Member::method(
            "sock_connect",
            sock_connect,
            "Connect a non-blocking socket to address.",
        ),
        Member::method(
            "sock_accept",
            sock_accept,
            "Accept a connection on a listening non-blocking socket: (conn, address).",
        ),
        Member::method(
            "getaddrinfo",
            getaddrinfo,
            "socket.getaddrinfo, as a coroutine.",
        ),
        Member::method(
            "getnameinfo",
            getnameinfo,
            "socket.getnameinfo, as a coroutine.",
        ),
        Member::method(
            "create_connection",
            create_connection,
            "Open a stream connection: (transport, protocol).",
        ),
        Member::method(
            "create_server",
            create_server,
            "Listen for stream connections, each served by protocol_factory(); a Server.",
        ),
        Member::method(
            "create_unix_connection",
            create_unix_connection,
            "Open a Unix stream connection: (transport, protocol).",
        ),
        Member::method(
            "create_unix_server",
            create_unix_server,
            "Listen on a Unix socket path; a Server.",
        ),
        Member::method(
            "connect_accepted_socket",
            connect_accepted_socket,
            "Wrap an accepted connection in a transport: (transport, protocol).",
        ),
        Member::method(
            "create_datagram_endpoint",
            create_datagram_endpoint,
            "Open a datagram endpoint: (transport, protocol).",
        ),
        Member::getter(
            "slow_callback_duration",
            slow_callback_duration,
            "In debug mode, callbacks taking longer (seconds) are reported.",
        ),
    ]],
};

fn loop_of(me: &Value) -> (&LoopObject, Rc<EventLoop>) {
    match me {
        Value::Object(o) => {
            let l = o
                .as_any()
                .downcast_ref::<LoopObject>()
                .expect("a loop method is only called on a loop");
            (l, l.event_loop.clone())
        }
        _ => unreachable!("a loop method is only called on a loop"),
    }
}

fn time(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.time", args, [], 0)?;
    Ok(Value::Float(loop_of(me).1.time()))
}

fn is_running(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.is_running", args, [], 0)?;
    Ok(Value::Bool(loop_of(me).1.is_running()))
}

fn is_closed(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.is_closed", args, [], 0)?;
    Ok(Value::Bool(loop_of(me).1.is_closed()))
}

/// `BaseEventLoop._check_running`.
fn check_running(vm: &Vm, event_loop: &EventLoop) -> PyResult<()> {
    if event_loop.is_running() {
        return Err(PyErr::runtime_error("This event loop is already running"));
    }
    if vm.running_loop.borrow().is_some() {
        return Err(PyErr::runtime_error(
            "Cannot run the event loop while another loop is running",
        ));
    }
    Ok(())
}

fn run_until_complete(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [future] = super::method_args("BaseEventLoop.run_until_complete", args, ["future"], 1)?;
    let (this, event_loop) = loop_of(me);
    this.check_closed(&event_loop)?;
    check_running(vm, &event_loop)?;
    let given = future.expect("required");
    let new_task = !matches!(given, Value::Future(_) | Value::Task(_));
    let future = ensure_future(vm, &event_loop, given)?;
    if let (true, Value::Task(task)) = (new_task, &future) {
        // An exception it ends with is raised here, not reported later.
        task.set_log_destroy_pending(false);
    }
    let result = super::runners::run_until_complete(vm, &event_loop, future.clone());
    if new_task {
        if let Some(fut) = super::futures::as_future(&future) {
            if fut.done() && !fut.cancelled() {
                let _ = fut.exception();
            }
        }
    }
    result
}

/// `tasks.ensure_future(obj, loop=event_loop)`: a future as it is, a
/// coroutine or any awaitable as a task of the loop (made by its task
/// factory).
pub(crate) fn ensure_future(vm: &Vm, event_loop: &Rc<EventLoop>, obj: Value) -> PyResult {
    match obj {
        Value::Future(_) | Value::Task(_) => Ok(obj),
        Value::Coroutine(c) => create_task_with(vm, event_loop, c, None, None),
        other if vm.special_method(&other, "__await__").is_some() => {
            let c = wrap_awaitable(vm, other);
            create_task_with(vm, event_loop, c, None, None)
        }
        _ => Err(PyErr::type_error(
            "An asyncio.Future, a coroutine or an awaitable is required",
        )),
    }
}

/// `tasks._wrap_awaitable(awaitable)`: a coroutine that awaits it.
fn wrap_awaitable(vm: &Vm, awaitable: Value) -> Rc<crate::interp::coroutine::Coroutine> {
    let vm_rc = vm.rc();
    let body = async move {
        let vm = &*vm_rc;
        vm.await_value(awaitable).await
    };
    crate::interp::coroutine::Coroutine::new(
        Rc::from("_wrap_awaitable"),
        Rc::from("_wrap_awaitable"),
        None,
        Box::pin(body),
        None,
    )
}

/// `BaseEventLoop.create_task`: the task factory's task when one is set
/// (called as `factory(loop, coro)`, then named), else a `Task`.
pub(crate) fn create_task_with(
    vm: &Vm,
    event_loop: &Rc<EventLoop>,
    coro: Rc<crate::interp::coroutine::Coroutine>,
    name: Option<Value>,
    context: Option<Value>,
) -> PyResult {
    let factory = event_loop.task_factory.borrow().clone();
    let Some(factory) = factory else {
        let task = Task::spawn(vm, event_loop, coro, super::task_name(name));
        task.set_context(context)?;
        if event_loop.get_debug() {
            if let Some((source, line)) = vm.current_location() {
                task.set_created_at(format!("{}:{}", source.name, line));
            }
        }
        return Ok(Value::Task(task));
    };
    // 3.11's `create_task` hands `context=` to the factory only when given.
    let mut factory_args = Args::positional(vec![loop_object(event_loop), Value::Coroutine(coro)]);
    if let Some(context) = context.filter(|c| !c.is_none()) {
        factory_args.keywords.push((Rc::from("context"), context));
    }
    let task = vm.call(&factory, factory_args)?;
    if let Some(name) = name.filter(|n| !n.is_none()) {
        // `tasks._set_task_name`: an object without `set_name` keeps its name.
        if let Ok(set_name) = vm.get_attr(&task, "set_name") {
            vm.call(&set_name, Args::positional(vec![name]))?;
        }
    }
    Ok(task)
}

fn run_forever(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.run_forever", args, [], 0)?;
    let (this, event_loop) = loop_of(me);
    this.check_closed(&event_loop)?;
    event_loop.run_forever(vm).map(|_| Value::None)
}

fn set_exception_handler(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::exception_handler::set_exception_handler(vm, &loop_of(me).1, args)
}

fn get_exception_handler(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::exception_handler::get_exception_handler(&loop_of(me).1, args)
}

fn call_exception_handler(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::exception_handler::call_exception_handler(vm, &loop_of(me).1, args)
}

fn default_exception_handler(vm: &Vm, _me: &Value, args: Args) -> PyResult {
    super::exception_handler::default_exception_handler(vm, args)
}

fn set_task_factory(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [factory] = super::method_args("BaseEventLoop.set_task_factory", args, ["factory"], 1)?;
    let factory = factory.expect("required");
    if !factory.is_none() && !super::exception_handler::is_callable(vm, &factory) {
        return Err(PyErr::type_error("task factory must be a callable or None"));
    }
    *loop_of(me).1.task_factory.borrow_mut() = (!factory.is_none()).then_some(factory);
    Ok(Value::None)
}

fn get_task_factory(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.get_task_factory", args, [], 0)?;
    Ok(loop_of(me)
        .1
        .task_factory
        .borrow()
        .clone()
        .unwrap_or(Value::None))
}

fn shutdown_asyncgens(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.shutdown_asyncgens", args, [], 0)?;
    Ok(Value::Coroutine(
        super::runners::shutdown_asyncgens_coroutine(vm, &loop_of(me).1),
    ))
}

fn shutdown_default_executor(_vm: &Vm, _me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.shutdown_default_executor", args, [], 0)?;
    Ok(Value::Coroutine(super::runners::noop_coroutine(
        "shutdown_default_executor",
    )))
}

/// The loop's process, pipe and signal methods are written in Python
/// (`asyncio.subprocess`).
macro_rules! process_methods {
    ($($name:ident),*) => {$(
        fn $name(vm: &Vm, me: &Value, args: Args) -> PyResult {
            super::subprocess::loop_method(vm, me, args, stringify!($name))
        }
    )*};
}

process_methods!(
    add_signal_handler,
    remove_signal_handler,
    subprocess_exec,
    subprocess_shell,
    connect_read_pipe,
    connect_write_pipe
);

fn stop(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.stop", args, [], 0)?;
    loop_of(me).1.stop();
    Ok(Value::None)
}

fn close(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("_UnixSelectorEventLoop.close", args, [], 0)?;
    let event_loop = loop_of(me).1;
    if event_loop.is_running() {
        return Err(PyErr::runtime_error("Cannot close a running event loop"));
    }
    event_loop.close();
    Ok(Value::None)
}

/// `selectors._fileobj_to_fd`: an int, or an object's `fileno()`.
fn fd_of(vm: &Vm, v: &Value) -> PyResult<i32> {
    let fd = match v {
        Value::Int(n) => Value::Int(*n),
        Value::Bool(b) => Value::Int(*b as i64),
        other => match vm.get_attr(other, "fileno") {
            Ok(fileno) => vm.call(&fileno, Args::default())?,
            Err(_) => {
                return Err(PyErr::value_error(format!(
                    "Invalid file object: {}",
                    vm.repr(other)?
                )))
            }
        },
    };
    match fd {
        Value::Int(n) if n >= 0 && n <= i32::MAX as i64 => Ok(n as i32),
        Value::Int(n) => Err(PyErr::value_error(format!("Invalid file descriptor: {n}"))),
        other => Err(PyErr::value_error(format!(
            "Invalid file object: {}",
            vm.repr(&other)?
        ))),
    }
}

/// `_add_reader` / `_add_writer`: a handle queued whenever `fd` is ready;
/// one registered before for the same event is cancelled. Watching needs
/// no capability: the reads and writes the callback makes check their own.
fn add_io(vm: &Vm, me: &Value, args: Args, read: bool) -> PyResult {
    let method = if read { "add_reader" } else { "add_writer" };
    let (lead, cb, rest) = callback_args(method, args, &["fd"])?;
    let (this, event_loop) = loop_of(me);
    this.check_closed(&event_loop)?;
    let fd = fd_of(vm, &lead[0])?;
    check_callback(vm, &event_loop, &cb, method)?;
    let handle = Handle::new(Callback::Python(Rc::new(PythonCall {
        func: cb,
        args: rest,
        context: crate::stdlib::contextvars::copy_current(),
    })));
    note_creation(vm, &event_loop, &handle);
    match event_loop.selector.add(fd, read, handle) {
        Ok(Some(old)) => event_loop.cancel_handle(&old),
        Ok(None) => {}
        Err(e) => return Err(PyErr::from_io(&e, None)),
    }
    Ok(Value::None)
}

/// `_remove_reader` / `_remove_writer`: False on a closed loop or when
/// nothing was registered.
fn remove_io(vm: &Vm, me: &Value, args: Args, read: bool) -> PyResult {
    let name = if read {
        "BaseSelectorEventLoop.remove_reader"
    } else {
        "BaseSelectorEventLoop.remove_writer"
    };
    let [fd] = super::method_args(name, args, ["fd"], 1)?;
    let event_loop = loop_of(me).1;
    if event_loop.is_closed() {
        return Ok(Value::Bool(false));
    }
    let fd = fd_of(vm, &fd.expect("required"))?;
    Ok(Value::Bool(match event_loop.selector.remove(fd, read) {
        Some(old) => {
            event_loop.cancel_handle(&old);
            true
        }
        None => false,
    }))
}

fn add_reader(vm: &Vm, me: &Value, args: Args) -> PyResult {
    add_io(vm, me, args, true)
}

fn add_writer(vm: &Vm, me: &Value, args: Args) -> PyResult {
    add_io(vm, me, args, false)
}

fn remove_reader(vm: &Vm, me: &Value, args: Args) -> PyResult {
    remove_io(vm, me, args, true)
}

fn remove_writer(vm: &Vm, me: &Value, args: Args) -> PyResult {
    remove_io(vm, me, args, false)
}

/// The loop's socket and network methods are written in Python
/// (`_asyncio_net`, loaded on first use), over `add_reader`/`add_writer`:
/// `name(loop, *args, **kwargs)` there.
fn network_method(vm: &Vm, me: &Value, mut args: Args, name: &str) -> PyResult {
    let module = crate::stdlib::import(vm, "_asyncio_net")?;
    let func = vm.get_attr(&module, name)?;
    args.positional.insert(0, me.clone());
    vm.call(&func, args)
}

macro_rules! network_methods {
    ($($name:ident),*) => {$(
        fn $name(vm: &Vm, me: &Value, args: Args) -> PyResult {
            network_method(vm, me, args, stringify!($name))
        }
    )*};
}

network_methods!(
    sock_recv,
    sock_recv_into,
    sock_sendall,
    sock_connect,
    sock_accept,
    getaddrinfo,
    getnameinfo,
    create_connection,
    create_server,
    create_unix_connection,
    create_unix_server,
    connect_accepted_socket,
    create_datagram_endpoint
);

fn get_debug(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.get_debug", args, [], 0)?;
    Ok(loop_of(me).1.debug_value())
}

fn set_debug(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [enabled] = super::method_args("BaseEventLoop.set_debug", args, ["enabled"], 1)?;
    let enabled = enabled.expect("required");
    loop_of(me).1.set_debug(vm.truth(&enabled)?, enabled);
    Ok(Value::None)
}

fn create_future(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.create_future", args, [], 0)?;
    Ok(Value::Future(Rc::new(Future::new(loop_of(me).1))))
}

/// `create_task(coro, *, name=None, context=None)`.
fn create_task(vm: &Vm, me: &Value, mut args: Args) -> PyResult {
    let name = args.take_keyword("name");
    let context = args.take_keyword("context");
    let [coro] = super::method_args("BaseEventLoop.create_task", args, ["coro"], 1)?;
    let (this, event_loop) = loop_of(me);
    this.check_closed(&event_loop)?;
    let c = super::expect_coroutine(coro.expect("required"))?;
    create_task_with(vm, &event_loop, c, name, context)
}

/// `BaseEventLoop._check_callback`, made only in debug mode.
fn check_callback(vm: &Vm, event_loop: &EventLoop, cb: &Value, method: &str) -> PyResult<()> {
    if !event_loop.get_debug() {
        return Ok(());
    }
    let is_coroutine = super::tasks::is_coroutine(cb)
        || matches!(cb, Value::Function(f) if f.def.is_async)
        || matches!(cb, Value::Method(m) if matches!(&m.function, Value::Function(f) if f.def.is_async));
    if is_coroutine {
        return Err(PyErr::type_error(format!(
            "coroutines cannot be used with {}()",
            method
        )));
    }
    if !super::exception_handler::is_callable(vm, cb) {
        return Err(PyErr::type_error(format!(
            "a callable object was expected by {}(), got {}",
            method,
            vm.repr(cb)?
        )));
    }
    Ok(())
}

fn call_soon(vm: &Vm, me: &Value, mut args: Args) -> PyResult {
    let context = handle_context(args.take_keyword("context"))?;
    let (_, cb, rest) = callback_args("call_soon", args, &[])?;
    let (this, event_loop) = loop_of(me);
    this.check_closed(&event_loop)?;
    check_callback(vm, &event_loop, &cb, "call_soon")?;
    let handle = event_loop.call_soon(Callback::Python(Rc::new(PythonCall {
        func: cb,
        args: rest,
        context,
    })));
    note_creation(vm, &event_loop, &handle);
    Ok(handle_object(&event_loop, handle))
}

/// `call_later` and `call_at`: a timer at `when`, computed from the
/// leading argument.
fn call_timer(vm: &Vm, me: &Value, mut args: Args, method: &str, relative: bool) -> PyResult {
    let context = handle_context(args.take_keyword("context"))?;
    let lead_name = if relative { "delay" } else { "when" };
    let (lead, cb, rest) = callback_args(method, args, &[lead_name])?;
    if !relative && lead[0].is_none() {
        return Err(PyErr::type_error("when cannot be None"));
    }
    let at = number(&lead[0])?;
    let (this, event_loop) = loop_of(me);
    this.check_closed(&event_loop)?;
    let when = if relative { event_loop.time() + at } else { at };
    // `call_later` calls `call_at`, which makes the check.
    check_callback(vm, &event_loop, &cb, "call_at")?;
    let handle = event_loop.call_at(
        when,
        Callback::Python(Rc::new(PythonCall {
            func: cb,
            args: rest,
            context,
        })),
    );
    note_creation(vm, &event_loop, &handle);
    Ok(handle_object(&event_loop, handle))
}

/// The context a callback runs in: the one given, else a copy of the
/// current one (`events.Handle.__init__`).
fn handle_context(given: Option<Value>) -> PyResult {
    match given {
        None | Some(Value::None) => Ok(crate::stdlib::contextvars::copy_current()),
        Some(c) => crate::stdlib::contextvars::expect_context(c),
    }
}

fn call_later(vm: &Vm, me: &Value, args: Args) -> PyResult {
    call_timer(vm, me, args, "call_later", true)
}

fn call_at(vm: &Vm, me: &Value, args: Args) -> PyResult {
    call_timer(vm, me, args, "call_at", false)
}

fn slow_callback_duration(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Float(loop_of(me).1.slow_callback_duration.get()))
}

/// `asyncio.Handle`, from `call_soon`.
pub const HANDLE_SPEC: TypeSpec = TypeSpec {
    doc: "A callback the loop will call, which can still be cancelled.",
    members: &[&[
        Member::method("cancel", cancel, "Do not call the callback."),
        Member::method("cancelled", cancelled, "Whether the handle was cancelled."),
    ]],
};

/// `asyncio.TimerHandle`, from `call_later` and `call_at`.
pub const TIMER_HANDLE_SPEC: TypeSpec = TypeSpec {
    doc: "A callback the loop will call at a given time.",
    members: &[&[Member::method(
        "when",
        when,
        "The loop time the callback is due.",
    )]],
};

fn handle(me: &Value) -> &HandleObject {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<HandleObject>()
            .expect("a Handle method is only called on a handle"),
        _ => unreachable!("a Handle method is only called on a handle"),
    }
}

fn cancel(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let h = handle(me);
    super::method_args(&format!("{}.cancel", h.class_name()), args, [], 0)?;
    if let Some(l) = h.event_loop.upgrade() {
        if l.get_debug() {
            h.handle.freeze_cancelled_repr(h.class_name(), h.when);
        }
        l.cancel_handle(&h.handle);
    }
    Ok(Value::None)
}

fn cancelled(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("Handle.cancelled", args, [], 0)?;
    Ok(Value::Bool(handle(me).handle.cancelled()))
}

fn when(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("TimerHandle.when", args, [], 0)?;
    Ok(Value::Float(handle(me).when.unwrap_or_default()))
}

/// `asyncio.get_running_loop()`.
pub fn get_running_loop(vm: &Vm, args: Args) -> PyResult {
    super::parse_args("get_running_loop", args, [], 0)?;
    Ok(loop_object(&super::tasks::get_running_loop(vm)?))
}

/// `asyncio.get_event_loop()`: the running loop; outside one, the error
/// the default policy raises once `asyncio.run` has set (and cleared) the
/// current loop.
pub fn get_event_loop(vm: &Vm, args: Args) -> PyResult {
    super::parse_args("get_event_loop", args, [], 0)?;
    if let Some(l) = vm.running_loop.borrow().as_ref() {
        return Ok(loop_object(l));
    }
    // The policy's loop, created on first use (3.11 still does this).
    let current = vm.current_loop.borrow().clone();
    let event_loop = match current {
        Some(l) => l,
        None if vm.current_loop_set.get() => {
            return Err(PyErr::runtime_error(
                "There is no current event loop in thread 'MainThread'.",
            ))
        }
        None => {
            let l = new_loop(vm);
            *vm.current_loop.borrow_mut() = Some(l.clone());
            l
        }
    };
    Ok(loop_object(&event_loop))
}

pub(super) fn new_loop(vm: &Vm) -> Rc<EventLoop> {
    EventLoop::new(vm.clock.borrow().clone(), vm.weak())
}

/// `asyncio.new_event_loop()`.
pub fn new_event_loop(vm: &Vm, args: Args) -> PyResult {
    super::parse_args("new_event_loop", args, [], 0)?;
    Ok(loop_object(&new_loop(vm)))
}

/// `asyncio.SelectorEventLoop(selector=None)`: a new loop, as
/// `new_event_loop()` makes (pyasync's loop has no selector to choose).
pub fn new_selector_event_loop(vm: &Vm, args: Args) -> PyResult {
    let [selector] = super::method_args("_UnixSelectorEventLoop.__init__", args, ["selector"], 0)?;
    if selector.is_some_and(|s| !s.is_none()) {
        return Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            "asyncio.SelectorEventLoop(selector) is not supported by pyasync (no selectors)",
        ));
    }
    Ok(loop_object(&new_loop(vm)))
}

/// `asyncio.set_event_loop(loop)`.
pub fn set_event_loop(vm: &Vm, args: Args) -> PyResult {
    let [event_loop] = super::parse_args("set_event_loop", args, ["loop"], 1)?;
    let policy = super::policy::get_event_loop_policy(vm, Args::default())?;
    vm.call_method(
        &policy,
        "set_event_loop",
        Args::positional(vec![event_loop.expect("required")]),
    )
}

/// `asyncio.iscoroutinefunction(func)`.
pub fn iscoroutinefunction(_vm: &Vm, args: Args) -> PyResult {
    let [func] = super::parse_args("iscoroutinefunction", args, ["func"], 1)?;
    let is = match func.expect("required") {
        Value::Function(f) => f.def.is_async,
        Value::Method(m) => matches!(&m.function, Value::Function(f) if f.def.is_async),
        _ => false,
    };
    Ok(Value::Bool(is))
}

fn not_implemented(name: &str) -> PyResult {
    Err(PyErr::new(
        &types::NOT_IMPLEMENTED_ERROR,
        format!(
            "asyncio.{}() is not supported by pyasync (no threads or subprocesses)",
            name
        ),
    ))
}

pub fn to_thread(_vm: &Vm, _args: Args) -> PyResult {
    not_implemented("to_thread")
}

pub fn create_subprocess_exec(vm: &Vm, args: Args) -> PyResult {
    super::subprocess::module_function(vm, args, "create_subprocess_exec")
}

pub fn create_subprocess_shell(vm: &Vm, args: Args) -> PyResult {
    super::subprocess::module_function(vm, args, "create_subprocess_shell")
}

pub fn run_coroutine_threadsafe(_vm: &Vm, _args: Args) -> PyResult {
    not_implemented("run_coroutine_threadsafe")
}
