//! The `asyncio` module: an event loop, futures and tasks that schedule
//! exactly as CPython 3.11's do. Each submodule mirrors the CPython file of
//! the same name.

pub mod await_tree;
pub mod clock;
pub mod events;
pub mod exception_handler;
pub mod futures;
pub mod locks;
pub mod loop_object;
pub mod observer;
pub mod policy;
pub mod queues;
pub mod runners;
pub mod selector;
pub mod sleep;
pub mod stream_reader;
pub mod streams;
pub mod subprocess;
pub mod task_set;
pub mod task_stack;
pub mod taskgroups;
pub mod tasks;
pub mod timeouts;
pub mod verdict;

use std::rc::Rc;

pub use events::EventLoop;
pub use futures::Future;
pub use tasks::Task;

use crate::interp::coroutine::{take_resumption, Body, Coroutine, CoroutineCode, Transfer};
use crate::interp::Vm;
use crate::object::repr::repr_plain;
use crate::object::types::{self, TypeRef};
use crate::object::{ops, Args, Globals, NativeFunction, PyErr, PyResult, Value};
use futures::as_future;

pub fn make_module() -> Globals {
    let native = |name: &'static str, func| {
        (
            name,
            Value::Native(Rc::new(NativeFunction {
                name,
                module: Some("asyncio"),
                func,
            })),
        )
    };
    let class = |name: &'static str, t: &'static types::TypeObject| {
        (name, Value::Type(TypeRef::Builtin(t)))
    };
    Globals::from_pairs(vec![
        native("run", run),
        native("create_task", create_task),
        native("ensure_future", ensure_future),
        native("sleep", sleep),
        native("current_task", current_task),
        native("all_tasks", all_tasks),
        native("iscoroutine", iscoroutine),
        native("gather", tasks::gather),
        native("shield", tasks::shield),
        native("wait", tasks::wait),
        native("wait_for", tasks::wait_for),
        native("as_completed", tasks::as_completed),
        ("FIRST_COMPLETED", Value::str(tasks::FIRST_COMPLETED)),
        ("FIRST_EXCEPTION", Value::str(tasks::FIRST_EXCEPTION)),
        ("ALL_COMPLETED", Value::str(tasks::ALL_COMPLETED)),
        native("timeout", timeouts::timeout),
        native("timeout_at", timeouts::timeout_at),
        class("Timeout", &types::TIMEOUT_CM),
        native("get_running_loop", loop_object::get_running_loop),
        native("get_event_loop", loop_object::get_event_loop),
        native("new_event_loop", loop_object::new_event_loop),
        native("set_event_loop", loop_object::set_event_loop),
        native("iscoroutinefunction", loop_object::iscoroutinefunction),
        native("to_thread", loop_object::to_thread),
        native(
            "create_subprocess_exec",
            loop_object::create_subprocess_exec,
        ),
        native(
            "create_subprocess_shell",
            loop_object::create_subprocess_shell,
        ),
        native(
            "run_coroutine_threadsafe",
            loop_object::run_coroutine_threadsafe,
        ),
        class("Future", &types::FUTURE),
        class("Task", &types::TASK),
        class("CancelledError", &types::CANCELLED_ERROR),
        class("InvalidStateError", &types::INVALID_STATE_ERROR),
        class("TimeoutError", &types::TIMEOUT_ERROR),
        class("Lock", &types::LOCK),
        class("Event", &types::EVENT),
        class("Condition", &types::CONDITION),
        class("Semaphore", &types::SEMAPHORE),
        class("BoundedSemaphore", &types::BOUNDED_SEMAPHORE),
        class("Barrier", &types::BARRIER),
        class("Runner", &types::RUNNER),
        class(
            "AbstractEventLoopPolicy",
            &types::ABSTRACT_EVENT_LOOP_POLICY,
        ),
        class("DefaultEventLoopPolicy", &types::EVENT_LOOP_POLICY),
        native("get_event_loop_policy", policy::get_event_loop_policy),
        native("set_event_loop_policy", policy::set_event_loop_policy),
        native("isfuture", isfuture),
        class("BrokenBarrierError", &types::BROKEN_BARRIER_ERROR),
        class("Handle", &types::HANDLE),
        class("TimerHandle", &types::TIMER_HANDLE),
        class("AbstractEventLoop", &types::ABSTRACT_EVENT_LOOP),
        class("BaseEventLoop", &types::BASE_EVENT_LOOP),
        class("SelectorEventLoop", &types::EVENT_LOOP),
        class(
            "SendfileNotAvailableError",
            &types::SENDFILE_NOT_AVAILABLE_ERROR,
        ),
        class("Queue", &types::QUEUE),
        class("PriorityQueue", &types::PRIORITY_QUEUE),
        class("LifoQueue", &types::LIFO_QUEUE),
        class("QueueEmpty", &types::QUEUE_EMPTY),
        class("QueueFull", &types::QUEUE_FULL),
        class("TaskGroup", &types::TASK_GROUP),
    ])
}

/// KeyboardInterrupt and SystemExit leave the loop instead of being stored
/// in a task (`Task.__step`, `Handle._run`).
pub fn is_exit_exception(e: &PyErr) -> bool {
    e.is_instance(&types::SYSTEM_EXIT) || e.is_instance(&types::KEYBOARD_INTERRUPT)
}

fn running_loop(vm: &Vm) -> PyResult<Rc<EventLoop>> {
    vm.running_loop
        .borrow()
        .clone()
        .ok_or_else(|| PyErr::runtime_error("no running event loop"))
}

/// Checks a native function's positional and keyword arguments.
fn parse_args<const N: usize>(
    func: &str,
    args: Args,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    check_args(func, args, names, required, 0)
}

/// `parse_args` for methods.
pub(crate) fn method_args<const N: usize>(
    qualname: &str,
    args: Args,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    check_args(qualname, args, names, required, 1)
}

/// Checks the arguments of a function written in Python in CPython, with
/// CPython's messages; `counted_self` is 1 for methods, whose messages count
/// `self` (`Lock.release() takes 1 positional argument but 2 were given`).
fn check_args<const N: usize>(
    qualname: &str,
    args: Args,
    names: [&str; N],
    required: usize,
    counted_self: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    let given = args.positional.len();
    if given > N {
        let (most, least) = (N + counted_self, required + counted_self);
        let takes = if least == most {
            format!(
                "{} positional argument{}",
                most,
                if most == 1 { "" } else { "s" }
            )
        } else {
            format!("from {} to {} positional arguments", least, most)
        };
        let given = given + counted_self;
        return Err(PyErr::type_error(format!(
            "{}() takes {} but {} {} given",
            qualname,
            takes,
            given,
            if given == 1 { "was" } else { "were" }
        )));
    }
    for (i, v) in args.positional.into_iter().enumerate() {
        out[i] = Some(v);
    }
    for (name, v) in args.keywords {
        match names.iter().position(|n| **n == *name) {
            Some(i) if out[i].is_some() => {
                return Err(PyErr::type_error(format!(
                    "{}() got multiple values for argument '{}'",
                    qualname, name
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname, name
                )))
            }
        }
    }
    let missing: Vec<&str> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| names[i])
        .collect();
    match missing.as_slice() {
        [] => Ok(out),
        [one] => Err(PyErr::type_error(format!(
            "{}() missing 1 required positional argument: '{}'",
            qualname, one
        ))),
        several => {
            let quoted: Vec<String> = several.iter().map(|n| format!("'{}'", n)).collect();
            // `missing_arguments` in `Python/ceval.c`: "'a' and 'b'", but
            // "'a', 'b', and 'c'".
            let (last, rest) = quoted.split_last().expect("several");
            let comma = if rest.len() > 1 { "," } else { "" };
            Err(PyErr::type_error(format!(
                "{}() missing {} required positional arguments: {}{} and {}",
                qualname,
                several.len(),
                rest.join(", "),
                comma,
                last
            )))
        }
    }
}

fn run(vm: &Vm, args: Args) -> PyResult {
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "run() takes 1 positional argument but {} were given",
            args.positional.len()
        )));
    }
    let [main, debug] = parse_args("run", args, ["main", "debug"], 1)?;
    let debug = match debug {
        None | Some(Value::None) => None,
        Some(v) => Some((vm.truth(&v)?, v)),
    };
    runners::run(vm, main.expect("required"), debug)
}

/// The coroutine a task is made of: `TypeError` for anything else.
pub(crate) fn expect_coroutine(v: Value) -> PyResult<Rc<Coroutine>> {
    match v {
        Value::Coroutine(c) => Ok(c),
        other => Err(PyErr::type_error(format!(
            "a coroutine was expected, got {}",
            repr_plain(&other)
        ))),
    }
}

/// A task's `name=` argument as its name (None leaves it numbered).
pub(crate) fn task_name(name: Option<Value>) -> Option<Rc<str>> {
    name.filter(|n| !n.is_none())
        .map(|n| Rc::from(crate::object::repr::str_plain(&n)))
}

fn create_task(vm: &Vm, args: Args) -> PyResult {
    let [coro, name, context] = parse_args("create_task", args, ["coro", "name", "context"], 1)?;
    let c = expect_coroutine(coro.expect("required"))?;
    let event_loop = running_loop(vm)?;
    // `tasks.create_task` creates the task unnamed (which takes a number
    // from the `Task-N` counter) and names it afterwards.
    let task = loop_object::create_task_with(vm, &event_loop, c, None, context)?;
    if let Some(n) = name.filter(|n| !n.is_none()) {
        match &task {
            Value::Task(t) => t.set_name(Rc::from(crate::object::repr::str_plain(&n))),
            other => {
                if let Ok(set_name) = vm.get_attr(other, "set_name") {
                    vm.call(&set_name, Args::positional(vec![n]))?;
                }
            }
        }
    }
    Ok(task)
}

/// Calls an asyncio type (`asyncio.Future()`, `asyncio.Lock()`, ...);
/// `None` for types that are not asyncio's.
pub fn construct(vm: &Vm, t: &'static types::TypeObject, args: Args) -> Option<PyResult> {
    type Constructor = fn(&Vm, Args) -> PyResult;
    let table: &[(&'static types::TypeObject, Constructor)] = &[
        (&types::FUTURE, new_future),
        (&types::TASK, new_task),
        (&types::LOCK, locks::new_lock),
        (&types::EVENT, locks::new_event),
        (&types::CONDITION, locks::new_condition),
        (&types::SEMAPHORE, locks::new_semaphore),
        (&types::BOUNDED_SEMAPHORE, locks::new_bounded_semaphore),
        (&types::QUEUE, queues::new_fifo_queue),
        (&types::PRIORITY_QUEUE, queues::new_priority_queue),
        (&types::LIFO_QUEUE, queues::new_lifo_queue),
        (&types::TASK_GROUP, taskgroups::new_task_group),
        (&types::BARRIER, locks::new_barrier),
        (&types::RUNNER, runners::new_runner),
        (&types::EVENT_LOOP_POLICY, policy::new_policy),
        (&types::EVENT_LOOP, loop_object::new_selector_event_loop),
    ];
    let (_, ctor) = table.iter().find(|(ty, _)| std::ptr::eq(t, *ty))?;
    Some(ctor(vm, args))
}

/// `asyncio.Future()`: a future of the running loop.
pub fn new_future(vm: &Vm, args: Args) -> PyResult {
    let [event_loop] = parse_args("Future", args, ["loop"], 0)?;
    let event_loop = given_or_running_loop(vm, event_loop)?;
    Ok(Value::Future(Rc::new(Future::new(event_loop))))
}

/// `asyncio.Task(coro, name=None)`, as `create_task` but without its
/// create-then-name numbering.
pub fn new_task(vm: &Vm, args: Args) -> PyResult {
    let [coro, event_loop, name, context] =
        parse_args("Task", args, ["coro", "loop", "name", "context"], 1)?;
    let c = expect_coroutine(coro.expect("required"))?;
    let event_loop = given_or_running_loop(vm, event_loop)?;
    let task = Task::spawn(vm, &event_loop, c, task_name(name));
    task.set_context(context)?;
    Ok(Value::Task(task))
}

fn ensure_future(vm: &Vm, args: Args) -> PyResult {
    let [obj, event_loop] = parse_args("ensure_future", args, ["coro_or_future", "loop"], 1)?;
    let obj = obj.expect("required");
    if matches!(obj, Value::Future(_) | Value::Task(_)) {
        return Ok(obj);
    }
    // `tasks._ensure_future`: what cannot be awaited is refused before a
    // loop is looked for.
    if !matches!(obj, Value::Coroutine(_)) && vm.special_method(&obj, "__await__").is_none() {
        return Err(PyErr::type_error(
            "An asyncio.Future, a coroutine or an awaitable is required",
        ));
    }
    let event_loop = match event_loop.filter(|l| !l.is_none()) {
        Some(l) => l,
        // `events._get_event_loop()`: the running loop, else the policy's.
        None => loop_object::get_event_loop(vm, Args::default())?,
    };
    let event_loop = loop_object::event_loop_of(&event_loop).ok_or_else(|| {
        PyErr::type_error(format!(
            "loop must be an event loop, not {}",
            event_loop.type_name()
        ))
    })?;
    loop_object::ensure_future(vm, &event_loop, obj)
}

/// The `loop` argument of `current_task` / `all_tasks`: the running loop
/// when it is None or left out.
fn loop_argument(vm: &Vm, func: &str, args: Args) -> PyResult<Rc<EventLoop>> {
    let [event_loop] = parse_args(func, args, ["loop"], 0)?;
    given_or_running_loop(vm, event_loop)
}

/// A `loop=` argument's loop; the running loop when it is None or absent.
fn given_or_running_loop(vm: &Vm, event_loop: Option<Value>) -> PyResult<Rc<EventLoop>> {
    match event_loop.filter(|l| !l.is_none()) {
        None => running_loop(vm),
        Some(l) => loop_object::event_loop_of(&l).ok_or_else(|| {
            PyErr::type_error(format!("loop must be an event loop, not {}", l.type_name()))
        }),
    }
}

fn current_task(vm: &Vm, args: Args) -> PyResult {
    let event_loop = loop_argument(vm, "current_task", args)?;
    Ok(event_loop
        .current_task()
        .map(Value::Task)
        .unwrap_or(Value::None))
}

fn all_tasks(vm: &Vm, args: Args) -> PyResult {
    let event_loop = loop_argument(vm, "all_tasks", args)?;
    crate::object::set::new_set(event_loop.pending_tasks().into_iter().map(Value::Task))
}

/// `asyncio.isfuture(obj)`: a Future or Task, or an object whose class
/// has `_asyncio_future_blocking` and whose value of it is not None
/// (`base_futures.isfuture`).
fn isfuture(vm: &Vm, args: Args) -> PyResult {
    let [obj] = parse_args("isfuture", args, ["obj"], 1)?;
    let obj = obj.expect("required");
    Ok(Value::Bool(match &obj {
        Value::Future(_) | Value::Task(_) => true,
        Value::Instance(i) => {
            i.class.lookup("_asyncio_future_blocking").is_some()
                && !vm.get_attr(&obj, "_asyncio_future_blocking")?.is_none()
        }
        _ => false,
    }))
}

fn iscoroutine(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(
        args.positional.first().is_some_and(tasks::is_coroutine),
    ))
}

/// `asyncio.sleep(delay, result=None)`: a coroutine, like CPython's, that
/// yields once for a delay <= 0 and otherwise waits on a future resolved by
/// a `call_later` timer, cancelling the timer however it ends (see `sleep`).
fn sleep(vm: &Vm, args: Args) -> PyResult {
    let [delay, result] = parse_args("sleep", args, ["delay", "result"], 1)?;
    let delay = delay.expect("required");
    let wait = match ops::compare(crate::syntax::ast::CmpOp::LtE, &delay, &Value::Int(0)) {
        Ok(true) => Ok(None),
        // A NaN delay is a timer due at once, as in CPython; an int past
        // the float range fails as `float(delay)` would.
        Ok(false) => match ops::to_f64(&delay) {
            Some(d) if d.is_nan() => Ok(Some(0.0)),
            Some(d) if d.is_finite() || !matches!(delay, Value::BigInt(_)) => Ok(Some(d)),
            Some(_) | None if matches!(delay, Value::BigInt(_)) => Err(PyErr::new(
                &crate::object::types::OVERFLOW_ERROR,
                "int too large to convert to float",
            )),
            _ => Ok(Some(0.0)),
        },
        Err(e) => Err(e),
    };
    let body = sleep::SleepFuture::new(sleep::SleepArgs {
        wait,
        result: result.unwrap_or_default(),
    });
    thread_local! {
        /// Every sleep coroutine shares its names rather than allocating them.
        static SLEEP: Rc<CoroutineCode> = Rc::new(CoroutineCode {
            name: Rc::from("sleep"),
            qualname: Rc::from("sleep"),
            definition: None,
        });
    }
    let code = SLEEP.with(Rc::clone);
    Ok(Value::Coroutine(Coroutine::with_body(
        code,
        Body::Sleep(Box::new(body)),
        Some(vm.weak()),
    )))
}

/// `Future.__await__`: suspend until the future is done, then return its
/// result or raise its exception.
pub fn await_future(vm: &Vm, v: Value) -> AwaitFuture<'_> {
    AwaitFuture {
        vm,
        future: v,
        yielded: false,
    }
}

/// The state of `await future`: every suspended task holds one, so it is a
/// small hand-written state machine (the future and whether it has been
/// handed to the task yet) rather than an `async fn` that would also keep
/// the copy being yielded.
pub struct AwaitFuture<'a> {
    vm: &'a Vm,
    future: Value,
    yielded: bool,
}

impl std::future::Future for AwaitFuture<'_> {
    type Output = PyResult;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<PyResult> {
        use std::task::Poll;
        if !self.yielded {
            if !as_future(&self.future).is_some_and(|f| f.done()) {
                self.yielded = true;
                let v = self.future.clone();
                *self.vm.transfer.borrow_mut() = Transfer::Yielded(v);
                return Poll::Pending;
            }
        } else if let Err(e) = take_resumption(self.vm) {
            return Poll::Ready(Err(e));
        }
        let fut = as_future(&self.future).expect("await_future is given a future");
        if !fut.done() {
            return Poll::Ready(Err(PyErr::runtime_error("await wasn't used with future")));
        }
        Poll::Ready(fut.result())
    }
}

/// `coroutines._format_coroutine`: `foo() running at x.py:7` while the
/// coroutine has a frame (the line it is suspended at, or its first line
/// before it starts), `foo() done, defined at x.py:3` once it is finished.
fn format_coroutine(coro: &Coroutine, vm: Option<&Vm>) -> String {
    let Some((src, span)) = coro.definition() else {
        return format!("{}()", coro.qualname());
    };
    match coro.frame_line(vm) {
        Some(line) => format!("{}() running at {}:{}", coro.qualname(), src.name, line),
        None => format!(
            "{}() done, defined at {}:{}",
            coro.qualname(),
            src.name,
            src.line_of(span.start as usize)
        ),
    }
}

/// `format_helpers._format_callback_source(func, ())`.
pub(crate) fn format_callback_source(func: &Value) -> String {
    match func {
        Value::Function(f) => {
            let line = f
                .def
                .decorators
                .first()
                .map(|d| d.span.start)
                .unwrap_or(f.def.span.start);
            format!(
                "{}() at {}:{}",
                f.qualname,
                f.code.source.name,
                f.code.source.line_of(line as usize)
            )
        }
        Value::Native(n) => format!("{}()", n.name),
        Value::BoundMethod(m) => format!("{}.{}()", m.receiver.type_name(), m.name),
        Value::Method(m) => match &m.function {
            Value::Function(f) => format!("{}()", f.qualname),
            other => format!("{}()", repr_plain(other)),
        },
        Value::Type(t) => format!("{}()", t.name()),
        other => format!("{}()", repr_plain(other)),
    }
}

/// `reprlib.repr` as `_future_repr_info` shows a result: long strings and
/// numbers are cut in the middle (`maxstring` 30, `maxlong` 40), lists and
/// tuples after 6 items (`maxlist`, `maxtuple`), nested 6 levels deep.
pub(crate) fn reprlib_repr(v: &Value) -> String {
    reprlib_level(v, 6)
}

fn reprlib_level(v: &Value, level: usize) -> String {
    let items = |items: &[Value], open: &str, close: &str| {
        if items.is_empty() {
            return format!("{}{}", open, close);
        }
        if level == 0 {
            return format!("{}...{}", open, close);
        }
        let mut parts: Vec<String> = items
            .iter()
            .take(6)
            .map(|x| reprlib_level(x, level - 1))
            .collect();
        if items.len() > 6 {
            parts.push("...".into());
        }
        let trailing = if items.len() == 1 && open == "(" {
            ","
        } else {
            ""
        };
        format!("{}{}{}{}", open, parts.join(", "), trailing, close)
    };
    match v {
        Value::List(l) => items(&l.borrow(), "[", "]"),
        Value::Tuple(t) => items(t, "(", ")"),
        _ => reprlib_scalar(v),
    }
}

fn reprlib_scalar(v: &Value) -> String {
    fn cut(s: &str, max: usize) -> String {
        let chars: Vec<char> = s.chars().collect();
        let i = (max - 3) / 2;
        let j = max - 3 - i;
        let head: String = chars[..i].iter().collect();
        let tail: String = chars[chars.len() - j..].iter().collect();
        format!("{}...{}", head, tail)
    }
    match v {
        Value::Str(s) => {
            let prefix: String = s.chars().take(30).collect();
            let r = repr_plain(&Value::str(&prefix));
            if r.chars().count() <= 30 {
                return r;
            }
            let chars: Vec<char> = s.chars().collect();
            let (i, j) = ((30 - 3) / 2, 30 - 3 - (30 - 3) / 2);
            let kept: String = if chars.len() > i + j {
                chars[..i].iter().chain(&chars[chars.len() - j..]).collect()
            } else {
                s.to_string()
            };
            cut(&repr_plain(&Value::str(&kept)), 30)
        }
        Value::Int(_) | Value::BigInt(_) => {
            let r = repr_plain(v);
            if r.len() > 40 {
                cut(&r, 40)
            } else {
                r
            }
        }
        _ => repr_plain(v),
    }
}

fn state_info(fut: &Future) -> Vec<String> {
    let mut info = vec![fut.state().name().to_string()];
    match fut.result_for_repr() {
        Some(Ok(v)) => info.push(format!("result={}", reprlib_repr(&v))),
        Some(Err(e)) => info.push(format!("exception={}", repr_plain(&Value::Exception(e)))),
        None => {}
    }
    let callbacks = fut.callbacks_for_repr();
    let cb = match callbacks.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [a, b] => Some(format!("{}, {}", a, b)),
        [first, rest @ ..] => Some(format!(
            "{}, <{} more>, {}",
            first,
            rest.len() - 1,
            rest[rest.len() - 1]
        )),
    };
    if let Some(cb) = cb {
        info.push(format!("cb=[{}]", cb));
    }
    info
}

/// `repr(task)`: `<Task pending name='Task-2' coro=<foo() running at x.py:5>>`.
pub fn task_repr(task: &Task) -> String {
    let fut = &task.future;
    let mut info = state_info(fut);
    if task.cancelling() > 0 && !fut.done() {
        info[0] = "cancelling".into();
    }
    info.insert(1, format!("name={}", repr_plain(&Value::Str(task.name()))));
    info.insert(
        2,
        format!(
            "coro=<{}>",
            format_coroutine(&task.coro, fut.event_loop.vm().as_deref())
        ),
    );
    if let Some(at) = task.created_at() {
        info.push(format!("created at {}", at));
    }
    if let Some(w) = task.fut_waiter() {
        info.insert(3, format!("wait_for={}", repr_plain(&w)));
    }
    format!("<Task {}>", info.join(" "))
}

/// `repr(future)`: `<Future pending>`, `<Future finished result=1>`.
pub fn future_repr(fut: &Future) -> String {
    let info = state_info(fut);
    let class = if fut.is_gathering() {
        "_GatheringFuture"
    } else {
        "Future"
    };
    format!("<{} {}>", class, info.join(" "))
}
