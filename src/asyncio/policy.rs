//! Event loop policies (`events.BaseDefaultEventLoopPolicy`,
//! `unix_events._UnixDefaultEventLoopPolicy`): the object that knows the
//! current thread's loop. The policy in use keeps its state in the
//! interpreter (`Vm::current_loop`, `Vm::current_loop_set`), where
//! `asyncio.get_event_loop()` and `asyncio.run` find it; a policy not in
//! use keeps its own, swapped in by `set_event_loop_policy`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::events::EventLoop;
use super::loop_object::{event_loop_of, loop_object, new_loop};
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};

/// `DefaultEventLoopPolicy()`: its `_local` while it is not in use.
#[derive(Default)]
pub struct Policy {
    saved_loop: RefCell<Option<Rc<EventLoop>>>,
    saved_set_called: Cell<bool>,
}

/// The policy in use, made on first use (`_init_event_loop_policy`).
fn active(vm: &Vm) -> Value {
    vm.asyncio_policy
        .borrow_mut()
        .get_or_insert_with(|| Value::Object(Rc::new(Policy::default())))
        .clone()
}

fn is_active(vm: &Vm, me: &Value) -> bool {
    vm.asyncio_policy
        .borrow()
        .as_ref()
        .is_some_and(|p| p.is(me))
}

impl Policy {
    fn state(&self, vm: &Vm, me: &Value) -> (Option<Rc<EventLoop>>, bool) {
        if is_active(vm, me) {
            (vm.current_loop.borrow().clone(), vm.current_loop_set.get())
        } else {
            (
                self.saved_loop.borrow().clone(),
                self.saved_set_called.get(),
            )
        }
    }

    fn set_state(&self, vm: &Vm, me: &Value, event_loop: Option<Rc<EventLoop>>, set_called: bool) {
        if is_active(vm, me) {
            *vm.current_loop.borrow_mut() = event_loop;
            vm.current_loop_set.set(set_called);
        } else {
            *self.saved_loop.borrow_mut() = event_loop;
            self.saved_set_called.set(set_called);
        }
    }

    /// `BaseDefaultEventLoopPolicy.set_event_loop`: marks the loop as set
    /// even when the argument is refused.
    fn set_event_loop(&self, vm: &Vm, me: &Value, event_loop: Value) -> PyResult<()> {
        let (current, _) = self.state(vm, me);
        self.set_state(vm, me, current, true);
        let event_loop = match &event_loop {
            Value::None => None,
            other => Some(event_loop_of(other).ok_or_else(|| {
                PyErr::type_error(format!(
                    "loop must be an instance of AbstractEventLoop or None, not '{}'",
                    other.type_name()
                ))
            })?),
        };
        self.set_state(vm, me, event_loop, true);
        Ok(())
    }

    /// `BaseDefaultEventLoopPolicy.get_event_loop`: makes a loop the first
    /// time in the main thread, unless one was ever set.
    fn get_event_loop(&self, vm: &Vm, me: &Value) -> PyResult<Rc<EventLoop>> {
        let (current, set_called) = self.state(vm, me);
        if current.is_none() && !set_called {
            let l = new_loop(vm);
            self.set_state(vm, me, Some(l.clone()), true);
            return Ok(l);
        }
        current.ok_or_else(|| {
            PyErr::runtime_error("There is no current event loop in thread 'MainThread'.")
        })
    }
}

impl NativeObject for Policy {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::EVENT_LOOP_POLICY)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.DefaultEventLoopPolicy`. Its child watchers are left out:
/// pyasync runs no subprocesses.
pub const SPEC: TypeSpec = TypeSpec {
    doc: "The default event loop policy: one current event loop, made on \
demand in the main thread.",
    members: &[&[
        Member::method(
            "get_event_loop",
            get_event_loop,
            "The current event loop, made if none is set yet.",
        ),
        Member::method(
            "set_event_loop",
            set_event_loop,
            "Make a loop (or None) current.",
        ),
        Member::method("new_event_loop", new_event_loop, "A new event loop."),
    ]],
};

fn policy(me: &Value) -> &Policy {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Policy>()
            .expect("a policy method is only called on a policy"),
        _ => unreachable!("a policy method is only called on a policy"),
    }
}

// `_UnixDefaultEventLoopPolicy` overrides only `set_event_loop`.

fn get_event_loop(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("BaseDefaultEventLoopPolicy.get_event_loop", args, [], 0)?;
    policy(me).get_event_loop(vm, me).map(|l| loop_object(&l))
}

fn set_event_loop(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [l] = super::method_args(
        "_UnixDefaultEventLoopPolicy.set_event_loop",
        args,
        ["loop"],
        1,
    )?;
    policy(me)
        .set_event_loop(vm, me, l.expect("required"))
        .map(|_| Value::None)
}

fn new_event_loop(vm: &Vm, _me: &Value, args: Args) -> PyResult {
    super::method_args("BaseDefaultEventLoopPolicy.new_event_loop", args, [], 0)?;
    Ok(loop_object(&new_loop(vm)))
}

/// `asyncio.DefaultEventLoopPolicy()`.
pub fn new_policy(_vm: &Vm, args: Args) -> PyResult {
    super::method_args("_UnixDefaultEventLoopPolicy.__init__", args, [], 0)?;
    Ok(Value::Object(Rc::new(Policy::default())))
}

/// `asyncio.get_event_loop_policy()`.
pub fn get_event_loop_policy(vm: &Vm, args: Args) -> PyResult {
    super::parse_args("get_event_loop_policy", args, [], 0)?;
    Ok(active(vm))
}

/// `asyncio.set_event_loop_policy(policy)`: `None` restores a fresh
/// default policy. The outgoing policy keeps its loop for later.
pub fn set_event_loop_policy(vm: &Vm, args: Args) -> PyResult {
    let [policy] = super::parse_args("set_event_loop_policy", args, ["policy"], 1)?;
    let policy = policy.expect("required");
    let incoming = match &policy {
        Value::None => None,
        Value::Object(o) => match o.as_any().downcast_ref::<Policy>() {
            Some(p) => Some(p),
            None => return Err(refused(&policy)),
        },
        other if is_policy_subclass(other) => {
            return Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                "event loop policies written in Python are not supported by pyasync",
            ))
        }
        other => return Err(refused(other)),
    };
    // Save the state of the policy going out of use.
    let outgoing = vm.asyncio_policy.borrow_mut().take();
    if let Some(Value::Object(o)) = &outgoing {
        if let Some(p) = o.as_any().downcast_ref::<Policy>() {
            *p.saved_loop.borrow_mut() = vm.current_loop.borrow_mut().take();
            p.saved_set_called.set(vm.current_loop_set.get());
        }
    }
    match incoming {
        Some(p) => {
            *vm.current_loop.borrow_mut() = p.saved_loop.borrow_mut().take();
            vm.current_loop_set.set(p.saved_set_called.get());
            *vm.asyncio_policy.borrow_mut() = Some(policy.clone());
        }
        None => {
            vm.current_loop.borrow_mut().take();
            vm.current_loop_set.set(false);
        }
    }
    Ok(Value::None)
}

fn is_policy_subclass(v: &Value) -> bool {
    v.type_of().is(&types::ABSTRACT_EVENT_LOOP_POLICY)
}

fn refused(v: &Value) -> Box<PyErr> {
    PyErr::type_error(format!(
        "policy must be an instance of AbstractEventLoopPolicy or None, not '{}'",
        v.type_name()
    ))
}
