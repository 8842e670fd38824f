//! `asyncio.timeout()` and `asyncio.timeout_at()`, mirroring CPython 3.11's
//! `timeouts.py`: an async context manager that cancels the current task
//! when its deadline passes and turns that cancellation into `TimeoutError`
//! on the way out.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::events::{Callback, EventLoop, Handle};
use super::tasks::{get_running_loop, native_coroutine, Task};
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{ops, Args, PyErr, PyResult, Value};

/// `timeouts._State`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Created,
    Entered,
    Expiring,
    Expired,
    Exited,
}

impl State {
    fn value(self) -> &'static str {
        match self {
            State::Created => "created",
            State::Entered => "active",
            State::Expiring => "expiring",
            State::Expired => "expired",
            State::Exited => "finished",
        }
    }
}

struct Inner {
    state: Cell<State>,
    timeout_handler: RefCell<Option<(Rc<EventLoop>, Rc<Handle>)>>,
    task: RefCell<Option<Rc<Task>>>,
    when: RefCell<Option<f64>>,
    cancelling: Cell<u32>,
}

/// `asyncio.Timeout`.
pub struct Timeout(Rc<Inner>);

impl Timeout {
    pub fn new_value(when: Option<f64>) -> Value {
        Value::Object(Rc::new(Timeout(Rc::new(Inner {
            state: Cell::new(State::Created),
            timeout_handler: RefCell::new(None),
            task: RefCell::new(None),
            when: RefCell::new(when),
            cancelling: Cell::new(0),
        }))))
    }
}

fn when_arg(v: Option<Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => ops::to_f64(&v).map(Some).ok_or_else(|| {
            PyErr::type_error(format!(
                "'<=' not supported between instances of '{}' and 'float'",
                v.type_name()
            ))
        }),
    }
}

impl Inner {
    /// `Timeout.reschedule(when)`.
    fn reschedule(self: &Rc<Self>, vm: &Vm, when: Option<f64>) -> PyResult<()> {
        match self.state.get() {
            State::Entered => {}
            State::Created => return Err(PyErr::runtime_error("Timeout has not been entered")),
            s => {
                return Err(PyErr::runtime_error(format!(
                    "Cannot change state of {} Timeout",
                    s.value()
                )))
            }
        }
        *self.when.borrow_mut() = when;
        if let Some((l, h)) = self.timeout_handler.borrow_mut().take() {
            l.cancel_handle(&h);
        }
        let Some(when) = when else {
            return Ok(());
        };
        let event_loop = get_running_loop(vm)?;
        let me = self.clone();
        let callback = Callback::Native(Rc::new(move |_vm: &Vm| {
            me.on_timeout();
            Ok(())
        }));
        let handle = if when <= event_loop.time() {
            event_loop.call_soon(callback)
        } else {
            event_loop.call_at(when, callback)
        };
        *self.timeout_handler.borrow_mut() = Some((event_loop, handle));
        Ok(())
    }

    /// `Timeout._on_timeout`.
    fn on_timeout(&self) {
        if let Some(task) = self.task.borrow().clone() {
            if let Err(e) = task.cancel(None) {
                task.future.event_loop.report_error(&e);
            }
        }
        self.state.set(State::Expiring);
        // drop the reference early
        self.timeout_handler.borrow_mut().take();
    }

    fn enter(self: &Rc<Self>, vm: &Vm) -> PyResult<()> {
        if self.state.get() != State::Created {
            return Err(PyErr::runtime_error("Timeout has already been entered"));
        }
        let task = get_running_loop(vm)?.current_task();
        let Some(task) = task else {
            return Err(PyErr::runtime_error("Timeout should be used inside a task"));
        };
        self.state.set(State::Entered);
        self.cancelling.set(task.cancelling());
        *self.task.borrow_mut() = Some(task);
        let when = *self.when.borrow();
        self.reschedule(vm, when)
    }

    fn exit(&self, exc_type: &Value, exc_val: &Value) -> PyResult {
        if let Some((l, h)) = self.timeout_handler.borrow_mut().take() {
            l.cancel_handle(&h);
        }
        match self.state.get() {
            State::Expiring => {
                self.state.set(State::Expired);
                let task = self.task.borrow().clone().expect("entered");
                let is_cancelled = matches!(exc_type, Value::Type(TypeRef::Builtin(t))
                    if std::ptr::eq(*t, &types::CANCELLED_ERROR));
                if task.uncancel() <= self.cancelling.get() && is_cancelled {
                    // The cancellation was our own (no one else asked for
                    // one meanwhile): it becomes TimeoutError.
                    let err = PyErr::with_args(&types::TIMEOUT_ERROR, vec![]);
                    if let Value::Exception(e) = exc_val {
                        err.exc.set_cause(e);
                    }
                    return Err(err);
                }
            }
            State::Entered => self.state.set(State::Exited),
            _ => {}
        }
        Ok(Value::None)
    }

    fn repr(&self) -> String {
        let mut info = String::new();
        if self.state.get() == State::Entered {
            let when = match *self.when.borrow() {
                Some(w) => {
                    crate::object::repr::repr_plain(&Value::Float((w * 1000.0).round() / 1000.0))
                }
                None => "None".to_string(),
            };
            info = format!(" when={}", when);
        }
        format!("<Timeout [{}]{}>", self.state.get().value(), info)
    }
}

impl NativeObject for Timeout {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::TIMEOUT_CM)
    }

    fn repr(&self, _me: &Value) -> String {
        self.0.repr()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.Timeout`, the context manager `asyncio.timeout()` returns.
pub const SPEC: TypeSpec = TypeSpec {
    doc: "An asynchronous context manager that cancels the task running \
its block at a deadline, turning the cancellation into TimeoutError.",
    members: &[&[
        Member::method("when", when, "The deadline in loop time, or None."),
        Member::method(
            "reschedule",
            reschedule,
            "Move the deadline (None: no deadline).",
        ),
        Member::method("expired", expired, "Whether the deadline has passed."),
        Member::method(
            "__aenter__",
            aenter,
            "Coroutine: start watching the deadline.",
        ),
        Member::method(
            "__aexit__",
            aexit,
            "Coroutine: stop watching; TimeoutError if the deadline cancelled the block.",
        ),
    ]],
};

fn inner(me: &Value) -> Rc<Inner> {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Timeout>()
            .expect("a Timeout method is only called on a Timeout")
            .0
            .clone(),
        _ => unreachable!("a Timeout method is only called on a Timeout"),
    }
}

fn when(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("Timeout.when", args, [], 0)?;
    Ok(match *inner(me).when.borrow() {
        Some(w) => Value::Float(w),
        None => Value::None,
    })
}

fn expired(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("Timeout.expired", args, [], 0)?;
    Ok(Value::Bool(matches!(
        inner(me).state.get(),
        State::Expiring | State::Expired
    )))
}

fn reschedule(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [when] = super::method_args("Timeout.reschedule", args, ["when"], 1)?;
    inner(me).reschedule(vm, when_arg(when)?)?;
    Ok(Value::None)
}

fn aenter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("Timeout.__aenter__", args, [], 0)?;
    let (inner, me, vm_rc) = (inner(me), me.clone(), vm.rc());
    Ok(native_coroutine(
        vm,
        "__aenter__",
        "Timeout.__aenter__",
        async move {
            inner.enter(&vm_rc)?;
            Ok(me)
        },
    ))
}

fn aexit(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [t, v, _tb] = super::method_args(
        "Timeout.__aexit__",
        args,
        ["exc_type", "exc_val", "exc_tb"],
        3,
    )?;
    let (t, v) = (t.unwrap_or_default(), v.unwrap_or_default());
    let inner = inner(me);
    Ok(native_coroutine(
        vm,
        "__aexit__",
        "Timeout.__aexit__",
        async move { inner.exit(&t, &v) },
    ))
}

/// `asyncio.timeout(delay)`.
pub fn timeout(vm: &Vm, args: Args) -> PyResult {
    let [delay] = super::parse_args("timeout", args, ["delay"], 1)?;
    let event_loop = get_running_loop(vm)?;
    let when = match delay.expect("required") {
        Value::None => None,
        d => Some(
            event_loop.time()
                + ops::to_f64(&d).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "unsupported operand type(s) for +: 'float' and '{}'",
                        d.type_name()
                    ))
                })?,
        ),
    };
    Ok(Timeout::new_value(when))
}

/// `asyncio.timeout_at(when)`.
pub fn timeout_at(_vm: &Vm, args: Args) -> PyResult {
    let [when] = super::parse_args("timeout_at", args, ["when"], 1)?;
    Ok(Timeout::new_value(when_arg(when)?))
}
