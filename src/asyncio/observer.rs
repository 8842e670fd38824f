//! The one place the event loop reports what it does, for whatever wants to
//! show the schedule (a trace file, a timeline, the prompt).
//!
//! The loop holds an `Option<Rc<dyn LoopObserver>>` fixed when it is made;
//! with none attached every report point costs one branch on that option
//! and nothing is computed for it. Tasks and timers are identified by the
//! address of their allocation, which stays theirs while they are alive;
//! an observer that keeps them longer maps them to its own numbers when it
//! hears of them first.

use std::rc::Rc;

use super::futures::Future;

/// Identity of a task (`Rc<Task>` address) or a timer handle.
pub type ObjectId = usize;

/// What made a task's next step ready: reported when the step is queued.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waker {
    /// A timer that fired (an `asyncio.sleep`, a timeout).
    Timer(ObjectId),
    /// Code running in a step of this task (creating the woken task, a
    /// `set_result`, a `cancel`, a bare `yield` when it is the task
    /// itself, ...).
    Task(ObjectId),
    /// The done callback of this task, which has just finished.
    TaskDone(ObjectId),
    /// Some other callback of the loop.
    Callback,
    /// Code outside any loop callback (the prompt, `run_until_complete`).
    Outside,
}

/// What a task waits on when its step ends.
#[derive(Clone)]
pub enum Awaiting {
    /// Nothing: it finished.
    Nothing,
    /// A bare `yield` (`asyncio.sleep(0)`): ready again next iteration.
    Yield,
    /// Another task.
    Task(ObjectId, Rc<str>),
    /// A future, labelled if its maker said what it is for (`sleep(0.5)`,
    /// `Event.wait`).
    Future(Rc<Future>),
}

/// How a task ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskOutcome {
    Done,
    Cancelled,
    Failed,
}

/// What a task is, as an observer names it.
pub struct TaskInfo {
    pub id: ObjectId,
    /// `Task-2` or the name given.
    pub name: Rc<str>,
    /// The coroutine's qualified name, as `fetch_data`.
    pub coro: Rc<str>,
    /// The task running when it was made.
    pub parent: Option<ObjectId>,
    /// `FILE:LINE` of the Python code that made it.
    pub created_at: Option<String>,
}

/// Every hook defaults to doing nothing; `now` is the loop's `time()`.
pub trait LoopObserver {
    /// `_run_once` begins.
    fn iteration_begin(&self, _now: f64) {}
    /// The loop is about to wait on the selector for `timeout` seconds.
    fn loop_wait(&self, _now: f64, _timeout: f64) {}
    /// A timer moved from the heap to the ready queue.
    fn timer_fired(&self, _now: f64, _timer: ObjectId) {}
    /// `call_at` / `call_later`.
    fn timer_scheduled(&self, _now: f64, _timer: ObjectId, _when: f64) {}
    /// A ready handle is about to run; `task` for a step or wakeup of one.
    fn callback_begin(&self, _now: f64, _task: Option<ObjectId>) {}
    fn callback_end(&self, _now: f64) {}
    fn task_created(&self, _now: f64, _task: TaskInfo) {}
    /// `set_name` (also `create_task(name=...)`, which names the task
    /// right after making it).
    fn task_renamed(&self, _task: ObjectId, _name: Rc<str>) {}
    /// A step of `task` was queued, made ready by `by`.
    fn wake_scheduled(&self, _now: f64, _task: ObjectId, _by: Waker) {}
    /// The coroutine is about to be resumed, its frame at `resumed_at`.
    fn step_begin(&self, _now: f64, _task: ObjectId, _resumed_at: Option<String>) {}
    /// The coroutine gave control back, its frame at `suspended_at`.
    fn step_end(
        &self,
        _now: f64,
        _task: ObjectId,
        _suspended_at: Option<String>,
        _awaiting: Awaiting,
    ) {
    }
    /// `task.cancel()` was called on a pending task.
    fn cancel_requested(&self, _now: f64, _task: ObjectId) {}
    fn task_finished(&self, _now: f64, _task: ObjectId, _outcome: TaskOutcome) {}
    /// A future that is awaited for a known purpose, said before it is.
    fn label_future(&self, _future: &Rc<Future>, _label: String) {}
    /// Text written to stdout (`stderr` false) or stderr, by the task
    /// running then if any.
    fn output(&self, _now: f64, _task: Option<ObjectId>, _stderr: bool, _text: &str) {}
}

/// The identity of an allocation an observer is told about.
pub fn id_of<T: ?Sized>(rc: &Rc<T>) -> ObjectId {
    Rc::as_ptr(rc) as *const u8 as usize
}
