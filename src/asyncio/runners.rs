//! `asyncio.run`, mirroring CPython's `runners.Runner` and
//! `BaseEventLoop.run_until_complete`.

use std::rc::Rc;

use super::clock::MonotonicClock;
use super::events::EventLoop;
use super::futures::{as_future, DoneCallback, Gather};
use super::tasks::Task;
use crate::interp::coroutine::Coroutine;
use crate::interp::Vm;
use crate::object::{PyErr, PyResult, Value};

/// `asyncio.run(main)`: a new loop, `main` wrapped in a task and run to
/// completion; then every task still pending is cancelled and given the
/// chance to finish (`_cancel_all_tasks`), and the loop is closed.
pub fn run(vm: &Vm, main: Value, debug: Option<(bool, Value)>) -> PyResult {
    if vm.running_loop.borrow().is_some() {
        return Err(PyErr::runtime_error(
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    let Value::Coroutine(coro) = main else {
        return Err(PyErr::value_error(format!(
            "a coroutine was expected, got {}",
            crate::object::repr::repr_plain(&main)
        )));
    };
    let event_loop = EventLoop::new(Box::new(MonotonicClock::new()), vm.weak());
    if let Some((enabled, value)) = debug {
        event_loop.set_debug(enabled, value);
    }
    // Runner._lazy_init: the new loop becomes the policy's loop.
    *vm.current_loop.borrow_mut() = Some(event_loop.clone());
    vm.current_loop_set.set(true);
    let task = Task::spawn(vm, &event_loop, coro, None);
    let result = run_until_complete(vm, &event_loop, Value::Task(task));
    // Runner.close()
    let shutdown = cancel_all_tasks(vm, &event_loop)
        .and_then(|_| run_until_complete(vm, &event_loop, shutdown_asyncgens(vm, &event_loop)))
        .and_then(|_| {
            run_until_complete(
                vm,
                &event_loop,
                noop_task(vm, &event_loop, "shutdown_default_executor"),
            )
        });
    event_loop.close();
    // Runner.close: `set_event_loop(None)`.
    vm.current_loop.borrow_mut().take();
    let value = result?;
    shutdown?;
    Ok(value)
}

/// `loop.shutdown_asyncgens()`: a task that closes the async generators
/// still alive (`aclose()` each, in the order they started; CPython gathers
/// them, which only differs when several await in their `finally`).
fn shutdown_asyncgens(vm: &Vm, event_loop: &Rc<EventLoop>) -> Value {
    let agens = event_loop.take_asyncgens();
    if agens.is_empty() {
        return noop_task(vm, event_loop, "shutdown_asyncgens");
    }
    let vm_rc = vm.rc();
    let body = async move {
        let vm = &*vm_rc;
        for agen in agens {
            let me = Value::Object(agen.clone());
            if let Some(Ok(Value::Coroutine(aclose))) =
                agen.call_method(vm, &me, "aclose", crate::object::Args::default())
            {
                // Errors are reported by CPython's exception handler; the
                // shutdown goes on.
                let _ = aclose.await_inline(vm).await;
            }
        }
        Ok(Value::None)
    };
    let coro = Coroutine::new(
        Rc::from("shutdown_asyncgens"),
        Rc::from("BaseEventLoop.shutdown_asyncgens"),
        None,
        Box::pin(body),
        None,
    );
    Value::Task(Task::spawn(vm, event_loop, coro, None))
}

/// `loop.shutdown_default_executor()` has nothing to do here, but CPython
/// runs it as a task to completion, which gives still-running tasks more
/// loop iterations; so do we (as for `shutdown_asyncgens` with nothing to
/// close).
fn noop_task(vm: &Vm, event_loop: &Rc<EventLoop>, name: &'static str) -> Value {
    let coro = Coroutine::new(
        Rc::from(name),
        Rc::from(format!("BaseEventLoop.{}", name)),
        None,
        Box::pin(async { Ok(Value::None) }),
        None,
    );
    Value::Task(Task::spawn(vm, event_loop, coro, None))
}

/// `BaseEventLoop.run_until_complete`.
pub fn run_until_complete(vm: &Vm, event_loop: &Rc<EventLoop>, future: Value) -> PyResult {
    let fut = as_future(&future).expect("run_until_complete is given a future or task");
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
    let to_cancel = event_loop.pending_tasks();
    if to_cancel.is_empty() {
        return Ok(());
    }
    for task in &to_cancel {
        task.cancel(None);
    }
    let children = to_cancel.iter().map(|t| Value::Task(t.clone())).collect();
    let gather = Gather::of(event_loop, children, true);
    run_until_complete(vm, event_loop, Value::Future(gather.outer.clone()))?;
    for task in &to_cancel {
        if task.future.cancelled() {
            continue;
        }
        if let Ok(Value::Exception(exc)) = task.future.exception() {
            let mut text = String::from("unhandled exception during asyncio.run() shutdown\n");
            text.push_str(&format!("task: {}\n", super::task_repr(task)));
            text.push_str(&vm.format_exception(&exc));
            vm.write(crate::object::Stream::Stderr, &text);
        }
    }
    Ok(())
}
