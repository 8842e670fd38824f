//! `asyncio.TaskGroup`, mirroring CPython 3.11's `taskgroups.py` line by
//! line: the same futures awaited and the same cancellations in the same
//! order, so that tasks run in the same loop iterations as under CPython.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::futures::{self, Future};
use super::locks::{coroutine, downcast, method_args};
use super::task_set::TaskSet;
use super::{await_future, running_loop, EventLoop, Task};
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::repr::{repr_plain, str_plain};
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{Args, PyErr, PyException, PyResult, Value};

#[derive(Default)]
pub struct TaskGroup {
    entered: Cell<bool>,
    exiting: Cell<bool>,
    aborting: Cell<bool>,
    event_loop: RefCell<Option<Rc<EventLoop>>>,
    parent_task: RefCell<Option<Rc<Task>>>,
    parent_cancel_requested: Cell<bool>,
    /// `_tasks`.
    tasks: RefCell<TaskSet>,
    /// `_errors`; `None` once `__aexit__` has raised them.
    errors: RefCell<Option<Vec<Rc<PyException>>>>,
    base_error: RefCell<Option<Rc<PyException>>>,
    on_completed_fut: RefCell<Option<Rc<Future>>>,
}

/// `asyncio.TaskGroup()`.
pub fn new_task_group(_vm: &Vm, args: Args) -> PyResult {
    method_args("TaskGroup.__init__", args, [], 0)?;
    let tg = TaskGroup {
        errors: RefCell::new(Some(Vec::new())),
        ..TaskGroup::default()
    };
    Ok(Value::Object(Rc::new(tg)))
}

/// `_is_base_error`.
fn is_base_error(exc: &PyException) -> bool {
    exc.is_instance(&types::SYSTEM_EXIT) || exc.is_instance(&types::KEYBOARD_INTERRUPT)
}

impl TaskGroup {
    fn repr_text(&self) -> String {
        let mut info = vec![String::new()];
        let ntasks = self.tasks.borrow().len();
        if ntasks > 0 {
            info.push(format!("tasks={}", ntasks));
        }
        let nerrors = self.errors.borrow().as_ref().map_or(0, |e| e.len());
        if nerrors > 0 {
            info.push(format!("errors={}", nerrors));
        }
        if self.aborting.get() {
            info.push("cancelling".into());
        } else if self.entered.get() {
            info.push("entered".into());
        }
        format!("<TaskGroup{}>", info.join(" "))
    }

    /// `_abort()`.
    fn abort(&self) {
        self.aborting.set(true);
        let tasks = self.tasks.borrow().members();
        for t in tasks {
            if let Value::Task(t) = t {
                if !t.future.done() {
                    if let Err(e) = t.cancel(None) {
                        t.future.event_loop.report_error(&e);
                    }
                }
            }
        }
    }

    /// `__aenter__`.
    fn enter(&self, vm: &Vm) -> PyResult<()> {
        if self.entered.get() {
            return Err(PyErr::runtime_error(format!(
                "TaskGroup {} has already been entered",
                self.repr_text()
            )));
        }
        if self.event_loop.borrow().is_none() {
            *self.event_loop.borrow_mut() = Some(running_loop(vm)?);
        }
        let parent = self
            .event_loop
            .borrow()
            .as_ref()
            .and_then(|l| l.current_task());
        let Some(parent) = parent else {
            return Err(PyErr::runtime_error(format!(
                "TaskGroup {} cannot determine the parent task",
                self.repr_text()
            )));
        };
        *self.parent_task.borrow_mut() = Some(parent);
        self.entered.set(true);
        Ok(())
    }

    /// `__aexit__(et, exc, tb)`.
    async fn exit(self: Rc<Self>, vm: Rc<Vm>, et: Value, exc: Value) -> PyResult {
        let vm = &*vm;
        self.exiting.set(true);
        let exc = match exc {
            Value::Exception(e) => Some(e),
            _ => None,
        };
        if let Some(e) = &exc {
            if is_base_error(e) && self.base_error.borrow().is_none() {
                *self.base_error.borrow_mut() = Some(e.clone());
            }
        }
        let et_is_cancelled = matches!(&et, Value::Type(TypeRef::Builtin(t)) if std::ptr::eq(*t, &types::CANCELLED_ERROR));
        let mut propagate_cancellation_error = if et_is_cancelled { exc.clone() } else { None };
        if self.parent_cancel_requested.get() {
            // Our own cancel() of the parent is taken back here, always;
            // when it was the only request, the CancelledError it caused
            // stops at this `async with`.
            let parent = self.parent_task.borrow().clone().expect("entered");
            if parent.uncancel() == 0 {
                propagate_cancellation_error = None;
            }
        }
        if !et.is_none() && !self.aborting.get() {
            self.abort();
        }
        // Each cancel() of the parent cancels the wait for the children
        // anew, so the wait is made again until no child is left.
        while !self.tasks.borrow().is_empty() {
            let fut = {
                let mut slot = self.on_completed_fut.borrow_mut();
                let event_loop = self.event_loop.borrow().clone().expect("entered");
                slot.get_or_insert_with(|| Rc::new(Future::new(event_loop)))
                    .clone()
            };
            match await_future(vm, Value::Future(fut)).await {
                Err(e) if e.is_instance(&types::CANCELLED_ERROR) => {
                    if !self.aborting.get() {
                        // Our parent task is being cancelled.
                        propagate_cancellation_error = Some(e.exc.clone());
                        self.abort();
                    }
                }
                Err(e) => return Err(e),
                Ok(_) => {}
            }
            *self.on_completed_fut.borrow_mut() = None;
        }
        let base_error = self.base_error.borrow().clone();
        if let Some(b) = base_error {
            return Err(PyErr::from_exception(b));
        }
        let has_errors = self.errors.borrow().as_ref().is_some_and(|e| !e.is_empty());
        // A child's failure outranks the CancelledError: that one is
        // raised only when no child failed.
        if let Some(c) = propagate_cancellation_error {
            if !has_errors {
                return Err(PyErr::from_exception(c));
            }
        }
        if !et.is_none() && !et_is_cancelled {
            if let (Some(errors), Some(e)) = (&mut *self.errors.borrow_mut(), &exc) {
                errors.push(e.clone());
            }
        }
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        if !errors.is_empty() {
            let me = crate::object::exception::new_exception_group(
                vm,
                TypeRef::Builtin(&types::BASE_EXCEPTION_GROUP),
                Args::positional(vec![
                    Value::str("unhandled errors in a TaskGroup"),
                    Value::list(errors.into_iter().map(Value::Exception).collect()),
                ]),
            )?;
            // `raise me from None`.
            me.suppress_context.set(true);
            return Err(PyErr::from_exception(me));
        }
        Ok(Value::None)
    }

    /// `create_task(coro, *, name=None, context=None)`.
    fn create_task(self: &Rc<Self>, vm: &Vm, mut args: Args) -> PyResult {
        let name = args.take_keyword("name");
        let context = args.take_keyword("context");
        let [coro] = method_args("TaskGroup.create_task", args, ["coro"], 1)?;
        let coro = coro.expect("required");
        if !self.entered.get() {
            return Err(PyErr::runtime_error(format!(
                "TaskGroup {} has not been entered",
                self.repr_text()
            )));
        }
        if self.exiting.get() && self.tasks.borrow().is_empty() {
            return Err(PyErr::runtime_error(format!(
                "TaskGroup {} is finished",
                self.repr_text()
            )));
        }
        if self.aborting.get() {
            return Err(PyErr::runtime_error(format!(
                "TaskGroup {} is shutting down",
                self.repr_text()
            )));
        }
        let Value::Coroutine(c) = coro else {
            return Err(PyErr::type_error(format!(
                "a coroutine was expected, got {}",
                repr_plain(&coro)
            )));
        };
        let event_loop = self.event_loop.borrow().clone().expect("entered");
        let task = Task::spawn(vm, &event_loop, c, None);
        task.set_context(context)?;
        if let Some(parent) = &*self.parent_task.borrow() {
            task.set_awaited_by(parent);
        }
        if let Some(n) = name.filter(|n| !n.is_none()) {
            task.set_name(Rc::from(str_plain(&n)));
        }
        let me = self.clone();
        let tv = Value::Task(task.clone());
        task.future.add_done_callback(
            &tv,
            futures::native_callback(move |_vm, t| me.on_task_done(t)),
        );
        self.tasks.borrow_mut().add(tv.clone());
        Ok(tv)
    }

    /// `_on_task_done(task)`.
    fn on_task_done(&self, task: &Value) -> PyResult<()> {
        self.tasks.borrow_mut().discard(task);
        let Value::Task(task) = task else {
            return Ok(());
        };
        let fut = self.on_completed_fut.borrow().clone();
        if let Some(fut) = fut {
            if self.tasks.borrow().is_empty() && !fut.done() {
                fut.set_result(&Value::Future(fut.clone()), Value::Bool(true))?;
            }
        }
        if task.future.cancelled() {
            return Ok(());
        }
        let Some(err) = task.future.exception_err() else {
            return Ok(());
        };
        let exc = err.exc.clone();
        if let Some(errors) = &mut *self.errors.borrow_mut() {
            errors.push(exc.clone());
        }
        if is_base_error(&exc) && self.base_error.borrow().is_none() {
            *self.base_error.borrow_mut() = Some(exc.clone());
        }
        let parent = self.parent_task.borrow().clone().expect("entered");
        if parent.future.done() {
            // CPython reports this through the loop's exception handler.
            return Ok(());
        }
        if !self.aborting.get() && !self.parent_cancel_requested.get() {
            // The parent task is not being cancelled: cancel it to abort
            // whatever runs in the `async with` body, and uncancel it in
            // `__aexit__`.
            self.abort();
            self.parent_cancel_requested.set(true);
            parent.cancel(None)?;
        }
        Ok(())
    }
}

impl NativeObject for TaskGroup {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::TASK_GROUP)
    }

    fn repr(&self, _me: &Value) -> String {
        self.repr_text()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.TaskGroup`.
pub const SPEC: TypeSpec = TypeSpec {
    doc: "An asynchronous context manager holding a group of tasks: its \
block ends once all of them are done, and a failure cancels the rest.",
    members: &[&[
        Member::method(
            "create_task",
            create_task,
            "Start a task in the group; the task.",
        ),
        Member::method("__aenter__", aenter, "Coroutine: start the group."),
        Member::method(
            "__aexit__",
            aexit,
            "Coroutine: wait for every task; an ExceptionGroup of their failures.",
        ),
    ]],
};

fn group(me: &Value) -> Rc<TaskGroup> {
    downcast::<TaskGroup>(me).expect("a TaskGroup method is only called on a TaskGroup")
}

fn create_task(vm: &Vm, me: &Value, args: Args) -> PyResult {
    group(me).create_task(vm, args)
}

fn aenter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("TaskGroup.__aenter__", args, [], 0)?;
    let (this, rc, me) = (group(me), vm.rc(), me.clone());
    Ok(coroutine(
        vm,
        "__aenter__",
        "TaskGroup.__aenter__".into(),
        async move {
            this.enter(&rc)?;
            Ok(me)
        },
    ))
}

fn aexit(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [et, exc, _tb] = method_args("TaskGroup.__aexit__", args, ["et", "exc", "tb"], 3)?;
    Ok(coroutine(
        vm,
        "__aexit__",
        "TaskGroup.__aexit__".into(),
        group(me).exit(vm.rc(), et.unwrap_or_default(), exc.unwrap_or_default()),
    ))
}
