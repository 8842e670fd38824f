//! `asyncio.run`, mirroring CPython's `runners.Runner` and
//! `BaseEventLoop.run_until_complete`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::events::EventLoop;
use super::exception_handler::{Entry, ErrorContext};
use super::futures::{as_future, DoneCallback, Gather};
use super::tasks::Task;
use crate::interp::coroutine::Coroutine;
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};

/// `runners._State`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RunnerState {
    Created,
    Initialized,
    Closed,
}

/// `asyncio.Runner`: owns a loop, created on first use (`_lazy_init`),
/// runs coroutines in it one at a time, and on `close()` cancels what is
/// left, closes the async generators and closes the loop.
pub struct Runner {
    state: Cell<RunnerState>,
    debug: Option<(bool, Value)>,
    loop_factory: Option<Value>,
    event_loop: RefCell<Option<Rc<EventLoop>>>,
    set_event_loop: Cell<bool>,
}

impl Runner {
    pub fn new(debug: Option<(bool, Value)>, loop_factory: Option<Value>) -> Runner {
        Runner {
            state: Cell::new(RunnerState::Created),
            debug,
            loop_factory,
            event_loop: RefCell::new(None),
            set_event_loop: Cell::new(false),
        }
    }

    /// `Runner._lazy_init`.
    fn lazy_init(&self, vm: &Vm) -> PyResult<Rc<EventLoop>> {
        match self.state.get() {
            RunnerState::Closed => return Err(PyErr::runtime_error("Runner is closed")),
            RunnerState::Initialized => {
                return Ok(self.event_loop.borrow().clone().expect("initialized"))
            }
            RunnerState::Created => {}
        }
        let event_loop = match &self.loop_factory {
            None => {
                let l = EventLoop::new(vm.clock.borrow().clone(), vm.weak());
                if !self.set_event_loop.get() {
                    *vm.current_loop.borrow_mut() = Some(l.clone());
                    vm.current_loop_set.set(true);
                    self.set_event_loop.set(true);
                }
                l
            }
            Some(factory) => {
                let made = vm.call(factory, crate::object::Args::default())?;
                super::loop_object::event_loop_of(&made).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "loop_factory must return an event loop, not {}",
                        made.type_name()
                    ))
                })?
            }
        };
        if let Some((enabled, value)) = &self.debug {
            event_loop.set_debug(*enabled, value.clone());
        }
        *self.event_loop.borrow_mut() = Some(event_loop.clone());
        self.state.set(RunnerState::Initialized);
        Ok(event_loop)
    }

    /// `Runner.get_loop()`.
    pub fn get_loop(&self, vm: &Vm) -> PyResult<Rc<EventLoop>> {
        self.lazy_init(vm)
    }

    /// `Runner.run(coro)`.
    pub fn run(&self, vm: &Vm, coro: Value, context: Option<Value>) -> PyResult {
        let Value::Coroutine(coro) = coro else {
            return Err(PyErr::value_error(format!(
                "a coroutine was expected, got {}",
                crate::object::repr::repr_plain(&coro)
            )));
        };
        if vm.running_loop.borrow().is_some() {
            return Err(PyErr::runtime_error(
                "Runner.run() cannot be called from a running event loop",
            ));
        }
        let event_loop = self.lazy_init(vm)?;
        if event_loop.is_closed() {
            return Err(PyErr::runtime_error("Event loop is closed"));
        }
        let task = super::loop_object::create_task_with(vm, &event_loop, coro, None, context)?;
        run_until_complete(vm, &event_loop, task)
    }

    /// `Runner.close()`: nothing unless initialized; the loop is closed
    /// (and the policy's loop unset) even if the shutdown fails.
    pub fn close(&self, vm: &Vm) -> PyResult<()> {
        if self.state.get() != RunnerState::Initialized {
            return Ok(());
        }
        let event_loop = self.event_loop.borrow().clone().expect("initialized");
        let shutdown = cancel_all_tasks(vm, &event_loop)
            .and_then(|_| run_until_complete(vm, &event_loop, shutdown_asyncgens(vm, &event_loop)))
            .and_then(|_| {
                run_until_complete(
                    vm,
                    &event_loop,
                    noop_task(vm, &event_loop, "shutdown_default_executor"),
                )
            });
        if self.set_event_loop.get() {
            vm.current_loop.borrow_mut().take();
            vm.current_loop_set.set(true);
        }
        event_loop.close();
        self.event_loop.borrow_mut().take();
        self.state.set(RunnerState::Closed);
        shutdown.map(|_| ())
    }
}

/// `asyncio.run(main)`: `with Runner(debug=debug) as runner: return
/// runner.run(main)`; a new loop, `main` wrapped in a task and run to
/// completion; then every task still pending is cancelled and given the
/// chance to finish (`_cancel_all_tasks`), and the loop is closed.
pub fn run(vm: &Vm, main: Value, debug: Option<(bool, Value)>) -> PyResult {
    if vm.running_loop.borrow().is_some() {
        return Err(PyErr::runtime_error(
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    let runner = Runner::new(debug, None);
    runner.lazy_init(vm)?;
    let result = runner.run(vm, main, None);
    let closed = runner.close(vm);
    let value = result?;
    closed?;
    Ok(value)
}

/// `asyncio.Runner` as Python sees it.
pub struct RunnerObject {
    runner: Runner,
}

impl NativeObject for RunnerObject {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::RUNNER)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.Runner`.
pub const SPEC: TypeSpec = TypeSpec {
    doc: "A context manager that runs coroutines on one event loop of its \
own, closing the loop at the end.",
    members: &[&[
        Member::method(
            "run",
            run_method,
            "Run a coroutine on the runner's loop until it is done; its result.",
        ),
        Member::method("close", close, "Shut the loop down and close it."),
        Member::method(
            "get_loop",
            get_loop,
            "The runner's event loop, made if need be.",
        ),
        Member::method("__enter__", enter, "Make the loop; the runner."),
        Member::method("__exit__", exit, "close()."),
    ]],
};

fn runner(me: &Value) -> &Runner {
    match me {
        Value::Object(o) => {
            &o.as_any()
                .downcast_ref::<RunnerObject>()
                .expect("a Runner method is only called on a Runner")
                .runner
        }
        _ => unreachable!("a Runner method is only called on a Runner"),
    }
}

fn run_method(vm: &Vm, me: &Value, mut args: Args) -> PyResult {
    let context = args.take_keyword("context");
    let [coro] = super::method_args("Runner.run", args, ["coro"], 1)?;
    runner(me).run(vm, coro.expect("required"), context)
}

fn close(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("Runner.close", args, [], 0)?;
    runner(me).close(vm).map(|_| Value::None)
}

fn get_loop(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("Runner.get_loop", args, [], 0)?;
    runner(me)
        .get_loop(vm)
        .map(|l| super::loop_object::loop_object(&l))
}

fn enter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args("Runner.__enter__", args, [], 0)?;
    runner(me).lazy_init(vm).map(|_| me.clone())
}

fn exit(vm: &Vm, me: &Value, args: Args) -> PyResult {
    super::method_args(
        "Runner.__exit__",
        args,
        ["exc_type", "exc_val", "exc_tb"],
        3,
    )?;
    runner(me).close(vm).map(|_| Value::None)
}

/// `asyncio.Runner(*, debug=None, loop_factory=None)`.
pub fn new_runner(vm: &Vm, args: Args) -> PyResult {
    if !args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "Runner.__init__() takes 1 positional argument but {} were given",
            args.positional.len() + 1
        )));
    }
    let [debug, loop_factory] =
        super::method_args("Runner.__init__", args, ["debug", "loop_factory"], 0)?;
    let debug = match debug {
        None | Some(Value::None) => None,
        Some(v) => Some((vm.truth(&v)?, v)),
    };
    let loop_factory = loop_factory.filter(|f| !f.is_none());
    Ok(Value::Object(Rc::new(RunnerObject {
        runner: Runner::new(debug, loop_factory),
    })))
}

/// `loop.shutdown_asyncgens()`: a task that closes the async generators
/// still alive (`aclose()` each, in the order they started; CPython gathers
/// them, which only differs when several await in their `finally`).
fn shutdown_asyncgens(vm: &Vm, event_loop: &Rc<EventLoop>) -> Value {
    let coro = shutdown_asyncgens_coroutine(vm, event_loop);
    Value::Task(Task::spawn(vm, event_loop, coro, None))
}

/// The coroutine `loop.shutdown_asyncgens()` returns; what an `aclose()`
/// raises goes to the exception handler and the shutdown goes on.
pub fn shutdown_asyncgens_coroutine(vm: &Vm, event_loop: &Rc<EventLoop>) -> Rc<Coroutine> {
    let agens = event_loop.take_asyncgens();
    if agens.is_empty() {
        return noop_coroutine("shutdown_asyncgens");
    }
    let vm_rc = vm.rc();
    let event_loop = event_loop.clone();
    let body = async move {
        let vm = &*vm_rc;
        for agen in agens {
            let me = Value::Object(agen.clone());
            let closed = match vm.call_method(&me, "aclose", crate::object::Args::default()) {
                Ok(aclose) => vm.await_value(aclose).await,
                Err(e) => Err(e),
            };
            match closed {
                Err(e) if super::is_exit_exception(&e) => return Err(e),
                Err(e) => {
                    let message = format!(
                        "an error occurred during closing of asynchronous generator {}",
                        vm.repr(&me)?
                    );
                    let context = ErrorContext::new(message, Some(e.exc.clone()))
                        .with("asyncgen", Entry::Value(me));
                    event_loop.call_exception_handler(vm, context)?;
                }
                Ok(_) => {}
            }
        }
        Ok(Value::None)
    };
    Coroutine::new(
        Rc::from("shutdown_asyncgens"),
        Rc::from("BaseEventLoop.shutdown_asyncgens"),
        None,
        Box::pin(body),
        None,
    )
}

/// `loop.shutdown_default_executor()` has nothing to do here, but CPython
/// runs it as a task to completion, which gives still-running tasks more
/// loop iterations; so do we (as for `shutdown_asyncgens` with nothing to
/// close).
fn noop_task(vm: &Vm, event_loop: &Rc<EventLoop>, name: &'static str) -> Value {
    Value::Task(Task::spawn(vm, event_loop, noop_coroutine(name), None))
}

/// A coroutine of `BaseEventLoop` with nothing to do.
pub fn noop_coroutine(name: &'static str) -> Rc<Coroutine> {
    Coroutine::new(
        Rc::from(name),
        Rc::from(format!("BaseEventLoop.{}", name)),
        None,
        Box::pin(async { Ok(Value::None) }),
        None,
    )
}

/// `BaseEventLoop.run_until_complete`.
pub fn run_until_complete(vm: &Vm, event_loop: &Rc<EventLoop>, future: Value) -> PyResult {
    // A task factory may have made anything.
    let Some(fut) = as_future(&future) else {
        return Err(PyErr::new(
            &types::ATTRIBUTE_ERROR,
            format!(
                "'{}' object has no attribute 'add_done_callback'",
                future.type_name()
            ),
        ));
    };
    fut.add_done_callback(&future, DoneCallback::StopLoop);
    let ran = event_loop.run_forever(vm);
    fut.remove_done_callback(&DoneCallback::StopLoop);
    ran?;
    if !fut.done() {
        return Err(PyErr::runtime_error(
            "Event loop stopped before Future completed.",
        ));
    }
    fut.result()
}

/// `runners._cancel_all_tasks`.
fn cancel_all_tasks(vm: &Vm, event_loop: &Rc<EventLoop>) -> PyResult<()> {
    // A halted run (a deadlock verdict) leaves its tasks as they are: no
    // more of their code runs, as in a process that has ended.
    if vm.halted.get().is_some() {
        return Ok(());
    }
    let to_cancel = event_loop.pending_tasks();
    if to_cancel.is_empty() {
        return Ok(());
    }
    for task in &to_cancel {
        task.cancel(None)?;
    }
    let children = to_cancel.iter().map(|t| Value::Task(t.clone())).collect();
    let gather = Gather::of(event_loop, children, true);
    run_until_complete(vm, event_loop, Value::Future(gather.outer.clone()))?;
    for task in &to_cancel {
        if task.future.cancelled() {
            continue;
        }
        if let Ok(Value::Exception(exc)) = task.future.exception() {
            let context = ErrorContext::new(
                "unhandled exception during asyncio.run() shutdown",
                Some(exc),
            )
            .with("task", Entry::Value(Value::Task(task.clone())));
            event_loop.call_exception_handler(vm, context)?;
        }
    }
    Ok(())
}
