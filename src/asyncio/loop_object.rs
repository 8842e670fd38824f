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
use crate::object::types::{self, TypeRef};
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

/// Splits `(first, callback, *args)` off a `call_later`/`call_at` call.
fn callback_args(
    method: &str,
    mut args: Args,
    leading: usize,
) -> PyResult<(Vec<Value>, Value, Vec<Value>)> {
    args.take_keyword("context");
    if let Some((name, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "{}() got an unexpected keyword argument '{}'",
            method, name
        )));
    }
    if args.positional.len() < leading + 1 {
        return Err(PyErr::type_error(format!(
            "{}() missing required positional argument",
            method
        )));
    }
    let rest = args.positional.split_off(leading + 1);
    // CPython checks the callback only in debug mode.
    let cb = args.positional.pop().expect("checked length");
    Ok((args.positional, cb, rest))
}

impl LoopObject {
    fn get(&self) -> PyResult<Rc<EventLoop>> {
        Ok(self.event_loop.clone())
    }

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

    fn has_method(&self, name: &str) -> bool {
        matches!(
            name,
            "time"
                | "create_future"
                | "create_task"
                | "call_soon"
                | "call_later"
                | "call_at"
                | "is_running"
                | "is_closed"
                | "get_debug"
                | "set_debug"
                | "run_until_complete"
                | "stop"
                | "close"
        )
    }

    fn call_method(&self, vm: &Vm, _me: &Value, name: &str, args: Args) -> Option<PyResult> {
        let result = (|| -> PyResult {
            let event_loop = self.get()?;
            match name {
                "time" => {
                    super::parse_args("time", args, [], 0)?;
                    Ok(Value::Float(event_loop.time()))
                }
                "is_running" => {
                    super::parse_args("is_running", args, [], 0)?;
                    Ok(Value::Bool(event_loop.is_running()))
                }
                "is_closed" => {
                    super::parse_args("is_closed", args, [], 0)?;
                    Ok(Value::Bool(event_loop.is_closed()))
                }
                "run_until_complete" => {
                    let [future] = super::method_args(
                        "BaseEventLoop.run_until_complete",
                        args,
                        ["future"],
                        1,
                    )?;
                    self.check_closed(&event_loop)?;
                    let future = match future.expect("required") {
                        Value::Coroutine(c) => {
                            let task = Task::spawn(vm, &event_loop, c, None);
                            task.set_log_destroy_pending(false);
                            Value::Task(task)
                        }
                        f @ (Value::Future(_) | Value::Task(_)) => f,
                        other => {
                            return Err(PyErr::type_error(format!(
                            "An asyncio.Future, a coroutine or an awaitable is required, not {}",
                            other.type_name()
                        )))
                        }
                    };
                    super::runners::run_until_complete(vm, &event_loop, future)
                }
                "stop" => {
                    super::parse_args("stop", args, [], 0)?;
                    event_loop.stop();
                    Ok(Value::None)
                }
                "close" => {
                    super::parse_args("close", args, [], 0)?;
                    if event_loop.is_running() {
                        return Err(PyErr::runtime_error("Cannot close a running event loop"));
                    }
                    event_loop.close();
                    Ok(Value::None)
                }
                "get_debug" => {
                    super::method_args("BaseEventLoop.get_debug", args, [], 0)?;
                    Ok(event_loop.debug_value())
                }
                "set_debug" => {
                    let [enabled] =
                        super::method_args("BaseEventLoop.set_debug", args, ["enabled"], 1)?;
                    let enabled = enabled.expect("required");
                    event_loop.set_debug(vm.truth(&enabled)?, enabled);
                    Ok(Value::None)
                }
                "create_future" => {
                    super::parse_args("create_future", args, [], 0)?;
                    Ok(Value::Future(Rc::new(Future::new(event_loop))))
                }
                "create_task" => {
                    let [coro, name, _context] =
                        super::parse_args("create_task", args, ["coro", "name", "context"], 1)?;
                    self.check_closed(&event_loop)?;
                    let c = super::expect_coroutine(coro.expect("required"))?;
                    let task = Task::spawn(vm, &event_loop, c, super::task_name(name));
                    if event_loop.get_debug() {
                        if let Some((source, line)) = vm.current_location() {
                            task.set_created_at(format!("{}:{}", source.name, line));
                        }
                    }
                    Ok(Value::Task(task))
                }
                "call_soon" => {
                    let (_, cb, rest) = callback_args("call_soon", args, 0)?;
                    self.check_closed(&event_loop)?;
                    let handle = event_loop.call_soon(Callback::Python(Rc::new(PythonCall {
                        func: cb,
                        args: rest,
                    })));
                    note_creation(vm, &event_loop, &handle);
                    Ok(handle_object(&event_loop, handle, None))
                }
                "call_later" => {
                    let (lead, cb, rest) = callback_args("call_later", args, 1)?;
                    let delay = number(&lead[0])?;
                    self.check_closed(&event_loop)?;
                    let when = event_loop.time() + delay;
                    let handle = event_loop.call_at(
                        when,
                        Callback::Python(Rc::new(PythonCall {
                            func: cb,
                            args: rest,
                        })),
                    );
                    note_creation(vm, &event_loop, &handle);
                    Ok(handle_object(&event_loop, handle, Some(when)))
                }
                "call_at" => {
                    let (lead, cb, rest) = callback_args("call_at", args, 1)?;
                    let when = number(&lead[0])?;
                    self.check_closed(&event_loop)?;
                    let handle = event_loop.call_at(
                        when,
                        Callback::Python(Rc::new(PythonCall {
                            func: cb,
                            args: rest,
                        })),
                    );
                    note_creation(vm, &event_loop, &handle);
                    Ok(handle_object(&event_loop, handle, Some(when)))
                }
                _ => Err(PyErr::attribute_error(&Value::None, name)),
            }
        })();
        Some(result)
    }

    fn get_attr(&self, _vm: &Vm, name: &str) -> Option<PyResult> {
        match name {
            "slow_callback_duration" => Some(Ok(Value::Float(
                self.event_loop.slow_callback_duration.get(),
            ))),
            _ => None,
        }
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

fn handle_object(event_loop: &Rc<EventLoop>, handle: Rc<Handle>, when: Option<f64>) -> Value {
    Value::Object(Rc::new(HandleObject {
        event_loop: Rc::downgrade(event_loop),
        handle,
        when,
    }))
}

impl HandleObject {
    fn class_name(&self) -> &'static str {
        if self.when.is_some() {
            "TimerHandle"
        } else {
            "Handle"
        }
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

    fn has_method(&self, name: &str) -> bool {
        matches!(name, "cancel" | "cancelled") || (name == "when" && self.when.is_some())
    }

    fn call_method(&self, _vm: &Vm, _me: &Value, name: &str, args: Args) -> Option<PyResult> {
        let result = (|| -> PyResult {
            match name {
                "cancel" => {
                    super::parse_args("cancel", args, [], 0)?;
                    if let Some(l) = self.event_loop.upgrade() {
                        if l.get_debug() {
                            self.handle
                                .freeze_cancelled_repr(self.class_name(), self.when);
                        }
                        l.cancel_handle(&self.handle);
                    }
                    Ok(Value::None)
                }
                "cancelled" => {
                    super::parse_args("cancelled", args, [], 0)?;
                    Ok(Value::Bool(self.handle.cancelled()))
                }
                "when" => {
                    super::parse_args("when", args, [], 0)?;
                    Ok(Value::Float(self.when.unwrap_or_default()))
                }
                _ => Err(PyErr::attribute_error(&Value::None, name)),
            }
        })();
        Some(result)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
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

pub fn create_subprocess_exec(_vm: &Vm, _args: Args) -> PyResult {
    not_implemented("create_subprocess_exec")
}

pub fn create_subprocess_shell(_vm: &Vm, _args: Args) -> PyResult {
    not_implemented("create_subprocess_shell")
}

pub fn run_coroutine_threadsafe(_vm: &Vm, _args: Args) -> PyResult {
    not_implemented("run_coroutine_threadsafe")
}
