//! Functions a host gives to Python. A synchronous one runs its Rust
//! closure at once; an asynchronous one returns a future, and its call is
//! queued for the host, which answers it by id later (`Interpreter::resolve`)
//! so that the host can be the event loop's source of I/O.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use crate::asyncio::futures::Future;
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::types::{Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{types, Args, PyErr, PyResult, Value as PyValue};

use super::{HostError, Value};

/// A synchronous host function.
pub type SyncFn = Rc<dyn Fn(&[Value]) -> Result<Value, HostError>>;

pub(crate) enum Kind {
    Sync(SyncFn),
    Async,
}

/// A call of an asynchronous host function, waiting for the host.
pub(crate) struct PendingCall {
    pub id: u64,
    pub name: String,
    pub args: Vec<Value>,
}

/// The calls of asynchronous host functions: the ones not yet handed to
/// the host, and the futures of every unanswered one.
#[derive(Default)]
pub(crate) struct HostCalls {
    next_id: Cell<u64>,
    pub new: RefCell<VecDeque<PendingCall>>,
    pub waiting: RefCell<HashMap<u64, Rc<Future>>>,
}

pub(crate) struct HostFunction {
    name: Rc<str>,
    kind: Kind,
    calls: Rc<HostCalls>,
}

impl HostFunction {
    pub(crate) fn value(name: &str, kind: Kind, calls: Rc<HostCalls>) -> PyValue {
        PyValue::Object(Rc::new(HostFunction {
            name: Rc::from(name),
            kind,
            calls,
        }))
    }

    fn call(&self, vm: &Vm, args: Args) -> PyResult {
        if !args.keywords.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                self.name
            )));
        }
        let values: Vec<Value> = args
            .positional
            .iter()
            .map(|v| super::value::export(vm, v))
            .collect();
        match &self.kind {
            Kind::Sync(f) => match f(&values) {
                Ok(v) => super::value::import(&v),
                Err(e) => Err(e.into_py_err(vm)),
            },
            Kind::Async => {
                let Some(event_loop) = vm.running_loop.borrow().clone() else {
                    return Err(PyErr::runtime_error(format!(
                        "{}() is asynchronous: await it in a task that the host runs with run_until()",
                        self.name
                    )));
                };
                let id = self.calls.next_id.get() + 1;
                self.calls.next_id.set(id);
                let future = Rc::new(Future::new(event_loop));
                self.calls.waiting.borrow_mut().insert(id, future.clone());
                self.calls.new.borrow_mut().push_back(PendingCall {
                    id,
                    name: self.name.to_string(),
                    args: values,
                });
                Ok(PyValue::Future(future))
            }
        }
    }
}

impl NativeObject for HostFunction {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&HOST_FUNCTION)
    }

    fn repr(&self, _me: &PyValue) -> String {
        format!("<host function {}>", self.name)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn call(vm: &Vm, me: &PyValue, args: Args) -> PyResult {
    match me {
        PyValue::Object(o) => match o.as_any().downcast_ref::<HostFunction>() {
            Some(f) => f.call(vm, args),
            None => Err(PyErr::type_error("'host_function' object expected")),
        },
        _ => Err(PyErr::type_error("'host_function' object expected")),
    }
}

/// The type of the functions a host gives to Python.
pub static HOST_FUNCTION: TypeObject = TypeObject::new("host_function", "builtins", None, SPEC);

const SPEC: TypeSpec = TypeSpec {
    doc: "A function the embedding host provides.",
    members: &[&[Member::method(
        "__call__",
        call,
        "Call the host function; an asynchronous one returns a future.",
    )]],
};

impl HostError {
    /// The Python exception the host's error becomes: its type looked up
    /// among the builtin exceptions (RuntimeError when there is no such
    /// exception type).
    pub(crate) fn into_py_err(self, vm: &Vm) -> Box<PyErr> {
        let class = crate::builtins::builtin_index(&self.type_name)
            .map(|i| vm.builtins[i as usize].clone())
            .filter(|v| match v {
                PyValue::Type(t) => t.is_subclass(&TypeRef::Builtin(&types::BASE_EXCEPTION)),
                _ => false,
            });
        match class {
            Some(class) => {
                match vm.call(&class, Args::positional(vec![PyValue::str(&self.message)])) {
                    Ok(PyValue::Exception(exc)) => PyErr::from_exception(exc),
                    Ok(_) => PyErr::runtime_error(self.message),
                    Err(e) => e,
                }
            }
            None => PyErr::runtime_error(format!("{}: {}", self.type_name, self.message)),
        }
    }
}
