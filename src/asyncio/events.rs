//! The event loop, mirroring CPython's `base_events.BaseEventLoop`.
//!
//! Two queues decide every ordering: `ready`, a FIFO of callbacks to run in
//! the next iteration, and `scheduled`, a heap of timers by deadline. One
//! iteration (`run_once`) waits until the earliest timer is due (or not at
//! all if something is ready), moves due timers to the end of `ready`, and
//! runs exactly the callbacks that were ready when it started.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::{Rc, Weak};

use super::clock::Clock;
use super::exception_handler::{Entry, ErrorContext};
use super::futures::{DoneCallback, Future};
use super::observer::{id_of, LoopObserver, Waker};
use super::tasks::Task;
use crate::interp::Vm;
use crate::object::{Args, PyErr, PyResult, Value};

/// A callback written in Rust.
pub type NativeCallback = Rc<dyn Fn(&Vm) -> PyResult<()>>;

/// What a handle does when the loop runs it.
pub enum Callback {
    /// `Task.__step`, optionally throwing an exception into the coroutine.
    TaskStep(Rc<Task>, Option<Box<PyErr>>),
    /// A future's done callback, called with the future.
    Done(DoneCallback, Value),
    /// `futures._set_result_unless_cancelled`, the timer behind `asyncio.sleep`.
    SetResultUnlessCancelled(Rc<Future>, Value),
    /// A callback written in Rust (`tasks._release_waiter`,
    /// `Timeout._on_timeout`, ...).
    Native(NativeCallback),
    /// A Python callable with its arguments (`loop.call_soon(cb, *args)`);
    /// shared, since it stays in its handle after it ran.
    Python(Rc<PythonCall>),
}

pub struct PythonCall {
    pub func: Value,
    pub args: Vec<Value>,
    /// The `contextvars.Context` it runs in (`Handle._context`).
    pub context: Value,
}

/// `asyncio.Handle` / `asyncio.TimerHandle`.
pub struct Handle {
    callback: RefCell<Option<Callback>>,
    cancelled: Cell<bool>,
    /// Still in the timer heap.
    scheduled: Cell<bool>,
    /// A `TimerHandle`'s deadline.
    when: Cell<Option<f64>>,
    /// What debug mode records; allocated only then, since every sleep's
    /// timer is a handle.
    debug: std::cell::OnceCell<Box<RefCell<HandleDebug>>>,
}

#[derive(Default)]
struct HandleDebug {
    /// Where Python code made it (`_source_traceback`'s last frame), as
    /// `FILE:LINE`.
    created_at: Option<String>,
    /// The repr taken when it was cancelled, callback included
    /// (`Handle.cancel` keeps `_repr` for the slow-callback log).
    frozen_repr: Option<String>,
}

impl Handle {
    pub(crate) fn new(callback: Callback) -> Rc<Handle> {
        Rc::new(Handle {
            callback: RefCell::new(Some(callback)),
            cancelled: Cell::new(false),
            scheduled: Cell::new(false),
            when: Cell::new(None),
            debug: std::cell::OnceCell::new(),
        })
    }

    /// A `TimerHandle`'s deadline; `None` for a plain `Handle`.
    pub fn when(&self) -> Option<f64> {
        self.when.get()
    }

    /// The class Python sees.
    pub fn class_name(&self) -> &'static str {
        if self.when.get().is_some() {
            "TimerHandle"
        } else {
            "Handle"
        }
    }

    pub fn cancelled(&self) -> bool {
        self.cancelled.get()
    }

    pub fn set_created_at(&self, at: String) {
        self.debug
            .get_or_init(Default::default)
            .borrow_mut()
            .created_at = Some(at);
    }

    /// `Handle._repr_info()` as `<Handle ...>` shows it, `when` (for a
    /// `TimerHandle`) after the state.
    pub fn repr(&self, class: &str, when: Option<f64>) -> String {
        if let Some(frozen) = self
            .debug
            .get()
            .and_then(|d| d.borrow().frozen_repr.clone())
        {
            return frozen;
        }
        self.repr_info(class, when, self.cancelled.get())
    }

    /// Before a debug-mode `cancel()` drops the callback: keep the repr
    /// it will have, cancelled and with its callback.
    pub fn freeze_cancelled_repr(&self, class: &str, when: Option<f64>) {
        if !self.cancelled.get() {
            let repr = self.repr_info(class, when, true);
            self.debug
                .get_or_init(Default::default)
                .borrow_mut()
                .frozen_repr = Some(repr);
        }
    }

    fn repr_info(&self, class: &str, when: Option<f64>, cancelled: bool) -> String {
        let mut info = vec![class.to_string()];
        if cancelled {
            info.push("cancelled".into());
        }
        if let Some(when) = when {
            info.push(format!(
                "when={}",
                crate::object::repr::repr_plain(&Value::Float(when))
            ));
        }
        if let Some(Callback::Python(call)) = &*self.callback.borrow() {
            // `Handle._repr_info` shows a callback that is not None.
            if !call.func.is_none() {
                info.push(callback_source(&call.func, &call.args));
            }
        }
        if let Some(at) = self.debug.get().and_then(|d| d.borrow().created_at.clone()) {
            info.push(format!("created at {}", at));
        }
        format!("<{}>", info.join(" "))
    }
}

/// `format_helpers._format_callback_source(func, args)`: `f(1, 'x') at
/// FILE:LINE`, the arguments cut as `reprlib.repr` cuts them.
fn callback_source(func: &Value, args: &[Value]) -> String {
    let args: Vec<String> = args.iter().map(super::reprlib_repr).collect();
    let source = super::format_callback_source(func);
    match source.split_once("()") {
        Some((name, rest)) => format!("{}({}){}", name, args.join(", "), rest),
        None => source,
    }
}

/// A heap entry: deadline, then insertion order. CPython's `heapq` compares
/// `when` only and is not stable for ties; breaking ties by insertion order
/// keeps runs reproducible and agrees with CPython whenever deadlines differ.
struct Timer {
    when: f64,
    seq: u64,
    handle: Rc<Handle>,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Timer) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Timer {}

impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Timer) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timer {
    /// Reversed, so that `BinaryHeap` (a max-heap) pops the earliest timer.
    fn cmp(&self, other: &Timer) -> Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then_with(|| other.seq.cmp(&self.seq))
    }
}

/// CPython's `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`:
/// when more than half of a large heap is cancelled timers, rebuild it.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;

pub struct EventLoop {
    ready: RefCell<VecDeque<Rc<Handle>>>,
    scheduled: RefCell<BinaryHeap<Timer>>,
    timer_cancelled_count: Cell<usize>,
    timer_seq: Cell<u64>,
    clock: Rc<dyn Clock>,
    /// Async generators first iterated on this loop (`_asyncgens`), which
    /// `shutdown_asyncgens` closes.
    asyncgens: RefCell<Vec<Weak<dyn crate::object::native::NativeObject>>>,
    /// `get_debug()`: time each callback and report slow ones. What was
    /// given to `set_debug` is kept as it is, as CPython returns it.
    debug: Cell<bool>,
    debug_value: RefCell<Option<Value>>,
    /// `loop.slow_callback_duration`, in seconds.
    pub slow_callback_duration: Cell<f64>,
    /// Driven by the interactive prompt (`enter_interactive`).
    interactive: Cell<bool>,
    stopping: Cell<bool>,
    running: Cell<bool>,
    closed: Cell<bool>,
    /// The tasks, by creation order (`tasks._all_tasks`). Weak, as CPython's
    /// `WeakSet`: a pending task nothing else holds goes away (and says so,
    /// `Task.__del__`). Finished and dropped tasks are swept out whenever
    /// the list has doubled since the last sweep, which keeps registering
    /// amortised O(1) and the list within twice the tasks still pending.
    tasks: RefCell<Vec<Weak<Task>>>,
    /// The length of `tasks` after the last sweep.
    tasks_swept: Cell<usize>,
    current_task: RefCell<Option<Rc<Task>>>,
    /// The interpreter, for reports written when a task is dropped.
    vm: Weak<Vm>,
    /// The loop as Python sees it (`asyncio.get_running_loop()`), made once.
    pub py_object: RefCell<Option<Rc<dyn crate::object::native::NativeObject>>>,
    /// Told of every scheduling event; fixed when the loop is made.
    observer: Option<Rc<dyn LoopObserver>>,
    /// While observed: what the callback running now is, so that a step
    /// it queues can say what woke its task.
    running_source: Cell<Waker>,
    /// `set_exception_handler`'s handler (None: the default one).
    pub(super) exception_handler: RefCell<Option<Value>>,
    /// `set_task_factory`'s factory, called as `factory(loop, coro)`.
    pub task_factory: RefCell<Option<Value>>,
    /// This loop, for handing itself to Python callables.
    me: Weak<EventLoop>,
    /// The file descriptors watched for I/O (`add_reader`, `add_writer`).
    pub(crate) selector: super::selector::Selector,
}

impl EventLoop {
    pub fn new(clock: impl Into<Rc<dyn Clock>>, vm: Weak<Vm>) -> Rc<EventLoop> {
        let clock = clock.into();
        let observer = vm.upgrade().and_then(|vm| vm.observer.borrow().clone());
        Rc::new_cyclic(|me| EventLoop {
            me: me.clone(),
            exception_handler: RefCell::new(None),
            task_factory: RefCell::new(None),
            observer,
            running_source: Cell::new(Waker::Outside),
            vm,
            ready: RefCell::new(VecDeque::new()),
            scheduled: RefCell::new(BinaryHeap::new()),
            timer_cancelled_count: Cell::new(0),
            timer_seq: Cell::new(0),
            clock,
            asyncgens: RefCell::new(Vec::new()),
            debug: Cell::new(debug_mode_default()),
            debug_value: RefCell::new(None),
            slow_callback_duration: Cell::new(0.1),
            interactive: Cell::new(false),
            stopping: Cell::new(false),
            running: Cell::new(false),
            closed: Cell::new(false),
            tasks: RefCell::new(Vec::new()),
            tasks_swept: Cell::new(0),
            current_task: RefCell::new(None),
            py_object: RefCell::new(None),
            selector: super::selector::Selector::new(),
        })
    }

    /// CPython's `_asyncgen_firstiter_hook`.
    pub fn register_asyncgen(&self, agen: &Rc<dyn crate::object::native::NativeObject>) {
        let mut agens = self.asyncgens.borrow_mut();
        // CPython's `_asyncgens` is a WeakSet; dropping the dead entries only
        // when the list has doubled keeps registration amortised O(1).
        if agens.len() >= 64 && agens.len().is_power_of_two() {
            agens.retain(|w| w.strong_count() > 0);
        }
        agens.push(Rc::downgrade(agen));
    }

    /// The async generators still alive, taken out (`shutdown_asyncgens`).
    pub fn take_asyncgens(&self) -> Vec<Rc<dyn crate::object::native::NativeObject>> {
        std::mem::take(&mut *self.asyncgens.borrow_mut())
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
    }

    pub fn get_debug(&self) -> bool {
        self.debug.get()
    }

    /// `get_debug()` as Python sees it: what `set_debug` was given.
    pub fn debug_value(&self) -> Value {
        self.debug_value
            .borrow()
            .clone()
            .unwrap_or(Value::Bool(self.debug.get()))
    }

    pub fn set_debug(&self, enabled: bool, value: Value) {
        self.debug.set(enabled);
        *self.debug_value.borrow_mut() = Some(value);
    }

    /// The loop object (`asyncio.get_running_loop()`) of this loop.
    pub fn self_object(&self) -> Value {
        let me = self.me.upgrade().expect("a loop in use is alive");
        super::loop_object::loop_object(&me)
    }

    pub fn vm(&self) -> Option<Rc<Vm>> {
        self.vm.upgrade()
    }

    pub fn time(&self) -> f64 {
        self.clock.time()
    }

    pub fn is_running(&self) -> bool {
        self.running.get()
    }

    pub fn is_closed(&self) -> bool {
        self.closed.get()
    }

    /// The observer attached to this loop, if any.
    #[inline]
    pub fn observer(&self) -> Option<&Rc<dyn LoopObserver>> {
        self.observer.as_ref()
    }

    pub fn call_soon(&self, callback: Callback) -> Rc<Handle> {
        if let Some(observer) = &self.observer {
            self.report_queued(&**observer, &callback);
        }
        let handle = Handle::new(callback);
        self.ready.borrow_mut().push_back(handle.clone());
        handle
    }

    pub fn call_later(&self, delay: f64, callback: Callback) -> Rc<Handle> {
        self.call_at(self.time() + delay, callback)
    }

    pub fn call_at(&self, when: f64, callback: Callback) -> Rc<Handle> {
        let handle = Handle::new(callback);
        handle.scheduled.set(true);
        handle.when.set(Some(when));
        let seq = self.timer_seq.get();
        self.timer_seq.set(seq + 1);
        // A NaN time compares false with every time, so CPython's
        // `BaseEventLoop._run_once` finds it due at once; ordered first here.
        let due = if when.is_nan() {
            f64::NEG_INFINITY
        } else {
            when
        };
        self.scheduled.borrow_mut().push(Timer {
            when: due,
            seq,
            handle: handle.clone(),
        });
        if let Some(observer) = &self.observer {
            self.report_timer_scheduled(&**observer, &handle, when);
        }
        handle
    }

    #[cold]
    #[inline(never)]
    fn report_timer_scheduled(&self, observer: &dyn LoopObserver, handle: &Rc<Handle>, when: f64) {
        observer.timer_scheduled(self.time(), id_of(handle), when);
    }

    /// A task's step is being queued: tell the observer what woke it.
    #[cold]
    #[inline(never)]
    fn report_queued(&self, observer: &dyn LoopObserver, callback: &Callback) {
        let (task, by) = match callback {
            Callback::TaskStep(task, _) => (task, self.running_source.get()),
            Callback::Done(DoneCallback::TaskWakeup(task), future) => match future {
                Value::Task(done) => (task, Waker::TaskDone(id_of(done))),
                _ => (task, self.running_source.get()),
            },
            _ => return,
        };
        observer.wake_scheduled(self.time(), id_of(task), by);
    }

    /// `Handle.cancel()`: the handle stays queued and is skipped when reached
    /// (cancelled timers are removed lazily, as in CPython).
    pub fn cancel_handle(&self, handle: &Handle) {
        if handle.cancelled.replace(true) {
            return;
        }
        // What the callback holds (maybe the last reference to a task) goes
        // outside the borrow.
        let callback = handle.callback.borrow_mut().take();
        drop(callback);
        if handle.scheduled.get() {
            self.timer_cancelled_count
                .set(self.timer_cancelled_count.get() + 1);
        }
    }

    pub fn stop(&self) {
        self.stopping.set(true);
    }

    pub fn register_task(&self, task: &Rc<Task>) {
        let mut tasks = self.tasks.borrow_mut();
        if tasks.len() >= 64 && tasks.len() >= 2 * self.tasks_swept.get() {
            tasks.retain(|w| w.upgrade().is_some_and(|t| !t.future.done()));
            self.tasks_swept.set(tasks.len());
        }
        tasks.push(Rc::downgrade(task));
    }

    /// Tasks not yet done, oldest first.
    pub fn pending_tasks(&self) -> Vec<Rc<Task>> {
        self.tasks
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .filter(|t| !t.future.done())
            .collect()
    }

    pub fn current_task(&self) -> Option<Rc<Task>> {
        self.current_task.borrow().clone()
    }

    pub fn set_current_task(&self, task: Option<Rc<Task>>) -> Option<Rc<Task>> {
        std::mem::replace(&mut *self.current_task.borrow_mut(), task)
    }

    /// `BaseEventLoop.run_forever`: iterate until `stop()`.
    pub fn run_forever(self: &Rc<Self>, vm: &Vm) -> PyResult<()> {
        if self.closed.get() {
            return Err(PyErr::runtime_error("Event loop is closed"));
        }
        if self.running.get() {
            return Err(PyErr::runtime_error("This event loop is already running"));
        }
        if vm.running_loop.borrow().is_some() {
            return Err(PyErr::runtime_error(
                "Cannot run the event loop while another loop is running",
            ));
        }
        self.running.set(true);
        *vm.running_loop.borrow_mut() = Some(self.clone());
        let result = loop {
            if let Err(e) = self.run_once(vm) {
                break Err(e);
            }
            if self.stopping.get() {
                break Ok(());
            }
        };
        self.stopping.set(false);
        self.running.set(false);
        *vm.running_loop.borrow_mut() = None;
        result
    }

    /// One iteration: `BaseEventLoop._run_once`.
    fn run_once(&self, vm: &Vm) -> PyResult<()> {
        self.drop_cancelled_timers();

        if !self.interactive.get() {
            vm.check_interrupt()?;
        }
        if let Some(status) = vm.halted.get() {
            return Err(super::verdict::halt_error(status));
        }
        let timeout = if !self.ready.borrow().is_empty() || self.stopping.get() {
            Some(0.0)
        } else {
            self.scheduled
                .borrow()
                .peek()
                .map(|t| (t.when - self.time()).max(0.0))
        };
        if let Some(observer) = &self.observer {
            self.report_iteration(&**observer, timeout);
        }
        let mut io_ready = Vec::new();
        match timeout {
            Some(t) if !self.selector.is_empty() => {
                if t > 0.0 {
                    super::verdict::check_time_limit(vm, self.time(), t)?;
                }
                self.wait_io(Some(t), &mut io_ready);
            }
            // Nothing is due, but watched descriptors can still wake the
            // loop: no deadlock.
            None if !self.selector.is_empty() => self.wait_io(None, &mut io_ready),
            Some(t) => {
                if t > 0.0 {
                    super::verdict::check_time_limit(vm, self.time(), t)?;
                }
                self.clock.select(t)
            }
            // Nothing is ready and no timer is pending: pyasync has no I/O
            // or threads, so nothing can ever wake this loop. CPython blocks
            // in select() forever; so does the real clock, until Ctrl-C,
            // unless asked to give the verdict (virtual time always does:
            // it could never move again).
            None => {
                if self.clock.is_virtual() || vm.run_limits.get().detect_deadlock {
                    return Err(super::verdict::deadlock(vm, self));
                }
                crate::signals::wait_for_wake(None);
            }
        }

        // At the prompt the session itself turns Ctrl-C into cancelling the
        // awaited input (as CPython's asyncio REPL does).
        if !self.interactive.get() {
            vm.check_interrupt()?;
        }
        // `_process_events`: ready I/O callbacks queue before due timers.
        for ready in io_ready {
            self.process_io_event(ready);
        }
        let end_time = self.time() + self.clock.resolution();
        // The handles of the timers that fired are the last ones of `ntodo`.
        let mut fired = 0;
        {
            let mut scheduled = self.scheduled.borrow_mut();
            let mut ready = self.ready.borrow_mut();
            while scheduled.peek().is_some_and(|t| t.when < end_time) {
                let timer = scheduled.pop().expect("peeked above");
                timer.handle.scheduled.set(false);
                if let Some(observer) = &self.observer {
                    self.report_timer_fired(&**observer, &timer.handle);
                }
                ready.push_back(timer.handle);
                fired += 1;
            }
        }

        // Run only what is ready now; what these schedule waits for the next
        // iteration.
        let ntodo = self.ready.borrow().len();
        for i in 0..ntodo {
            let handle = self.ready.borrow_mut().pop_front();
            let Some(handle) = handle else { break };
            if handle.cancelled.get() {
                continue;
            }
            // A Python callback stays in its handle, whose repr shows it
            // after it ran (CPython clears it only on cancel()).
            let callback = match &*handle.callback.borrow() {
                Some(Callback::Python(call)) => Some(Callback::Python(call.clone())),
                _ => None,
            };
            let callback = callback.or_else(|| handle.callback.borrow_mut().take());
            if let Some(callback) = callback {
                if let Some(observer) = &self.observer {
                    let timer = i + fired >= ntodo;
                    self.observe_callback(&**observer, &callback, &handle, timer);
                }
                if self.debug.get() {
                    self.run_callback_timed(vm, callback, &handle)?;
                } else {
                    self.run_callback(vm, callback, &handle)?;
                }
            }
            if let Some(observer) = &self.observer {
                self.report_callback_end(&**observer);
            }
            drop(handle);
            if vm.finalizers_pending.get() {
                crate::interp::coroutine::run_finalizers(vm);
            }
        }
        Ok(())
    }

    /// Waits through the clock for I/O or the timeout.
    fn wait_io(&self, timeout: Option<f64>, out: &mut Vec<super::selector::Ready>) {
        self.clock.select_io(timeout, &mut |t| {
            let before = out.len();
            self.selector.select(t, out);
            out.len() > before
        });
    }

    /// `_process_events` for one descriptor: queue its reader and/or
    /// writer (a cancelled one is unregistered instead).
    fn process_io_event(&self, ready: super::selector::Ready) {
        let Some(reg) = self.selector.get(ready.fd) else {
            return;
        };
        for (fired, handle, read) in [
            (ready.readable, reg.reader, true),
            (ready.writable, reg.writer, false),
        ] {
            let (true, Some(handle)) = (fired, handle) else {
                continue;
            };
            if handle.cancelled.get() {
                self.selector.remove(ready.fd, read);
            } else {
                self.ready.borrow_mut().push_back(handle);
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn report_iteration(&self, observer: &dyn LoopObserver, timeout: Option<f64>) {
        observer.iteration_begin(self.time());
        if let Some(t) = timeout {
            observer.loop_wait(self.time(), t);
        }
    }

    #[cold]
    #[inline(never)]
    fn report_timer_fired(&self, observer: &dyn LoopObserver, handle: &Rc<Handle>) {
        observer.timer_fired(self.time(), id_of(handle));
    }

    #[cold]
    #[inline(never)]
    fn report_callback_end(&self, observer: &dyn LoopObserver) {
        observer.callback_end(self.time());
        self.running_source.set(Waker::Outside);
    }

    /// Before a handle runs: report it, and remember what it is so that
    /// the steps it queues can name their waker.
    #[cold]
    #[inline(never)]
    fn observe_callback(
        &self,
        observer: &dyn LoopObserver,
        callback: &Callback,
        handle: &Rc<Handle>,
        timer: bool,
    ) {
        let task = match callback {
            Callback::TaskStep(task, _) | Callback::Done(DoneCallback::TaskWakeup(task), _) => {
                Some(id_of(task))
            }
            _ => None,
        };
        let source = match task {
            Some(task) => Waker::Task(task),
            None if timer => Waker::Timer(id_of(handle)),
            None => Waker::Callback,
        };
        self.running_source.set(source);
        observer.callback_begin(self.time(), task);
    }

    fn drop_cancelled_timers(&self) {
        let mut scheduled = self.scheduled.borrow_mut();
        let count = scheduled.len();
        let cancelled = self.timer_cancelled_count.get();
        if count > MIN_SCHEDULED_TIMER_HANDLES
            && cancelled as f64 / count as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            scheduled.retain(|t| {
                if t.handle.cancelled.get() {
                    t.handle.scheduled.set(false);
                    false
                } else {
                    true
                }
            });
            self.timer_cancelled_count.set(0);
        } else {
            while scheduled.peek().is_some_and(|t| t.handle.cancelled.get()) {
                let timer = scheduled.pop().expect("peeked above");
                timer.handle.scheduled.set(false);
                self.timer_cancelled_count
                    .set(self.timer_cancelled_count.get().saturating_sub(1));
            }
        }
    }

    /// Runs one callback. Every task step passes through here, which makes
    /// it the place to observe scheduling.
    fn run_callback(&self, vm: &Vm, callback: Callback, handle: &Rc<Handle>) -> PyResult<()> {
        match callback {
            Callback::TaskStep(task, exc) => task.step(vm, exc),
            Callback::Done(done, future) => match done {
                DoneCallback::TaskWakeup(task) => task.wakeup(vm, &future),
                DoneCallback::StopLoop => {
                    self.stop();
                    Ok(())
                }
                DoneCallback::Gather(gather) => {
                    let result = gather.child_done(vm, &future).map(|_| Value::None);
                    self.report_callback_error(vm, result, None)
                }
                DoneCallback::Python(func) => {
                    let result = vm.call(&func, Args::positional(vec![future.clone()]));
                    // The handle CPython made for this call: the callback
                    // with the future as its argument.
                    let call = Rc::new(PythonCall {
                        func,
                        args: vec![future],
                        context: crate::stdlib::contextvars::current(),
                    });
                    self.report_callback_error(vm, result, Some((&call, None)))
                }
                DoneCallback::Native(func) => {
                    let result = func(vm, &future).map(|_| Value::None);
                    self.report_callback_error(vm, result, None)
                }
            },
            Callback::SetResultUnlessCancelled(fut, value) => {
                if !fut.cancelled() {
                    fut.set_result(&Value::Future(fut.clone()), value)?;
                }
                Ok(())
            }
            Callback::Native(func) => {
                let result = func(vm).map(|_| Value::None);
                self.report_callback_error(vm, result, None)
            }
            Callback::Python(call) => {
                let result = crate::stdlib::contextvars::enter(&call.context, || {
                    vm.call(&call.func, Args::positional(call.args.clone()))
                })
                .and_then(|r| r);
                self.report_callback_error(vm, result, Some((&call, Some(handle))))
            }
        }
    }

    /// `_run_once` in debug mode: a callback that takes at least
    /// `slow_callback_duration` is logged (`logger.warning('Executing %s
    /// took %.3f seconds', _format_handle(handle), dt)`), named by its task
    /// when it is a step or wakeup of one.
    fn run_callback_timed(&self, vm: &Vm, callback: Callback, handle: &Rc<Handle>) -> PyResult<()> {
        let what = match &callback {
            Callback::TaskStep(task, _) | Callback::Done(DoneCallback::TaskWakeup(task), _) => {
                Some(task.clone())
            }
            _ => None,
        };
        let label = if what.is_none() {
            Some(match &callback {
                // A Python callback is still in its handle (see `run_once`).
                Callback::Python(..) => handle.repr("Handle", None),
                other => handle_repr(other),
            })
        } else {
            None
        };
        let t0 = self.time();
        let result = self.run_callback(vm, callback, handle);
        let dt = self.time() - t0;
        if dt >= self.slow_callback_duration.get() {
            let name = match (&what, label) {
                (Some(task), _) => super::task_repr(task),
                (None, Some(label)) => label,
                (None, None) => String::new(),
            };
            super::exception_handler::write_stderr(
                vm,
                &format!("Executing {} took {:.3} seconds\n", name, dt),
            );
        }
        result
    }

    /// Reports an error raised where CPython's code runs inside a loop
    /// callback but ours has no caller to hand it to (a timeout firing, a
    /// task step cancelling what it awaits): as the exception handler does.
    pub fn report_error(&self, e: &PyErr) {
        if let Some(vm) = self.vm() {
            let context = ErrorContext::new("Exception in callback", Some(e.exc.clone()));
            // Only SystemExit or KeyboardInterrupt from a handler come
            // back; there is no caller here to give them to.
            let _ = self.call_exception_handler(&vm, context);
        }
    }

    /// `Handle._run` catches what a callback raises and hands it to the
    /// exception handler (`Exception in callback f(1) at x.py:3`, with the
    /// handle); only SystemExit and KeyboardInterrupt escape.
    fn report_callback_error(
        &self,
        vm: &Vm,
        result: PyResult,
        call: Option<(&Rc<PythonCall>, Option<&Rc<Handle>>)>,
    ) -> PyResult<()> {
        let e = match result {
            Ok(_) => return Ok(()),
            Err(e) if super::is_exit_exception(&e) => return Err(e),
            Err(e) => e,
        };
        let Some((call, handle)) = call else {
            self.report_error(&e);
            return Ok(());
        };
        let message = format!(
            "Exception in callback {}",
            callback_source(&call.func, &call.args)
        );
        let handle = match handle {
            Some(h) => h.clone(),
            None => Handle::new(Callback::Python(call.clone())),
        };
        let me = self.me.upgrade().expect("a running loop is alive");
        let handle = super::loop_object::handle_object(&me, handle);
        let context =
            ErrorContext::new(message, Some(e.exc.clone())).with("handle", Entry::Value(handle));
        self.call_exception_handler(vm, context)
    }

    /// `BaseEventLoop.close`: drops everything still queued.
    /// Tasks only the dropped handles held are destroyed here, pending
    /// (CPython: `self._ready.clear()`, `self._scheduled.clear()`); they
    /// are dropped outside the borrows, since their coroutines' `finally`
    /// blocks run then and may use the loop.
    pub fn close(&self) {
        if self.running.get() {
            return;
        }
        self.closed.set(true);
        let vm = self.vm();
        let finalize = || {
            if let Some(vm) = &vm {
                if vm.finalizers_pending.get() {
                    crate::interp::coroutine::run_finalizers(vm);
                }
            }
        };
        let ready = std::mem::take(&mut *self.ready.borrow_mut());
        for handle in ready {
            drop(handle);
            finalize();
        }
        let scheduled = std::mem::take(&mut *self.scheduled.borrow_mut());
        for timer in scheduled.into_vec() {
            drop(timer);
            finalize();
        }
        self.timer_cancelled_count.set(0);
        self.selector.close();
        let current = self.current_task.borrow_mut().take();
        drop(current);
        self.py_object.borrow_mut().take();
    }
}

/// `coroutines._is_debug_mode()`: `-X dev`, or `PYTHONASYNCIODEBUG` set to
/// anything (unless `-E`).
fn debug_mode_default() -> bool {
    crate::flags::dev_mode() || crate::flags::python_env("PYTHONASYNCIODEBUG").is_some()
}

/// `repr(handle)` (`events.Handle._repr_info`): `<Handle cb(args) at
/// FILE:LINE>` for a callback from `call_soon`.
pub fn handle_repr(callback: &Callback) -> String {
    match callback {
        Callback::Python(call) => format!("<Handle {}>", callback_source(&call.func, &call.args)),
        _ => "<Handle>".to_string(),
    }
}

/// Hooks for the interactive prompt (`src/repl.rs`, `Session` in
/// `src/interpreter.rs`), which owns one loop for the whole session and runs
/// it one iteration at a time between reading lines, as CPython's
/// `python -m asyncio` runs its loop while its REPL thread waits for input.
impl EventLoop {
    /// Marks the loop running for the session's lifetime and makes it the
    /// interpreter's running loop, so `asyncio.create_task` works at the
    /// prompt (and `asyncio.run` refuses, as in CPython's asyncio REPL).
    pub fn enter_interactive(self: &Rc<Self>, vm: &Vm) {
        self.running.set(true);
        self.interactive.set(true);
        *vm.running_loop.borrow_mut() = Some(self.clone());
    }

    /// Something is ready or a timer is scheduled: an iteration can make
    /// progress (without this, `run_once` would report a deadlock).
    pub fn has_pending_work(&self) -> bool {
        self.drop_cancelled_timers();
        !self.ready.borrow().is_empty()
            || !self.scheduled.borrow().is_empty()
            || !self.selector.is_empty()
    }

    /// One `_run_once` iteration, waiting through the clock for at most the
    /// time to the next timer. A `stop()` only ends this iteration.
    pub fn run_one_iteration(&self, vm: &Vm) -> PyResult<()> {
        let result = self.run_once(vm);
        self.stopping.set(false);
        result
    }
}
