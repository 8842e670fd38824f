//! Seeing the schedule: a `Recorder` listens to the event loop's observer
//! stream and keeps what happened, by task and loop iteration; `trace`
//! writes it as Chrome trace-event JSON, `timeline` draws it as text or SVG.
//! Nothing here is known to the interpreter or the object model: they only
//! call the `LoopObserver` hooks.

pub mod timeline;
pub mod trace;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::asyncio::observer::{
    id_of, Awaiting, LoopObserver, ObjectId, TaskInfo, TaskOutcome, Waker,
};
use crate::asyncio::Future;

/// What to make of the schedule of a run (`--trace`, `--timeline`).
#[derive(Debug, Clone, Default)]
pub struct ScheduleOutputs {
    /// Write the Chrome trace here.
    pub trace: Option<std::path::PathBuf>,
    pub trace_clock: Option<trace::TraceClock>,
    /// Print the text timeline on stderr after the run.
    pub timeline_text: bool,
    /// Write the SVG timeline here.
    pub timeline_svg: Option<std::path::PathBuf>,
}

impl ScheduleOutputs {
    pub fn wanted(&self) -> bool {
        self.trace.is_some() || self.timeline_text || self.timeline_svg.is_some()
    }

    /// Writes what was asked for; an error names the file.
    pub fn write(&self, rec: &Recording, script: &str) -> Result<String, String> {
        let name = std::path::Path::new(script)
            .file_name()
            .map_or(script.to_string(), |n| n.to_string_lossy().into_owned());
        if let Some(path) = &self.trace {
            let clock = self.trace_clock.unwrap_or(trace::TraceClock::Loop);
            let json = trace::write_trace(rec, &name, clock);
            std::fs::write(path, json).map_err(|e| file_error(path, &e))?;
        }
        if let Some(path) = &self.timeline_svg {
            let svg = timeline::svg_timeline(rec, &name);
            std::fs::write(path, svg).map_err(|e| file_error(path, &e))?;
        }
        Ok(if self.timeline_text {
            timeline::text_timeline(rec)
        } else {
            String::new()
        })
    }
}

/// `cannot write 'out.json': [Errno 13] Permission denied`.
pub fn file_error(path: &std::path::Path, e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    format!(
        "cannot write '{}': [Errno {}] {}",
        path.display(),
        e.raw_os_error().unwrap_or(0),
        text
    )
}

/// A moment of the run: loop time (seconds since the first loop began,
/// later loops continuing where the earlier ended), the loop iteration
/// (from 1) and the callback within it (from 1; 0 = between callbacks).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pos {
    pub time: f64,
    pub iteration: u32,
    pub slot: u32,
}

#[derive(Clone, Debug)]
pub struct TaskRecord {
    /// `Task-2` or the name given.
    pub name: String,
    pub coro: String,
    pub parent: Option<usize>,
    pub created_at: Option<String>,
    pub created: Pos,
    pub finished: Option<(Pos, TaskOutcome)>,
    pub cancel_requested: Vec<Pos>,
}

impl TaskRecord {
    /// `Task-2 fetch_data()`, the task's lane label.
    pub fn label(&self) -> String {
        format!("{} {}()", self.name, self.coro)
    }
}

/// Where the wake of a step came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    /// Inside this step (an index into `steps`).
    Step(usize),
    /// A timer or callback of the loop itself, run at this moment.
    Loop(Pos),
}

#[derive(Clone, Debug)]
pub struct StepRecord {
    pub task: usize,
    /// 1 for the task's first step.
    pub number: u32,
    pub begin: Pos,
    pub end_time: f64,
    pub resumed_at: Option<String>,
    pub suspended_at: Option<String>,
    /// `sleep(0.5)`, `Task-2`, `Event.wait`, `Future`, `yield`; empty once
    /// the task has finished.
    pub awaiting: String,
    pub woken_by: String,
    pub wake_origin: Option<Origin>,
}

#[derive(Clone, Debug)]
pub struct PrintRecord {
    pub pos: Pos,
    pub task: Option<usize>,
    pub stderr: bool,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct IterationRecord {
    /// When it began, before waiting.
    pub begin: f64,
    /// The selector timeout it waited with (0 if something was ready).
    pub timeout: f64,
    pub callbacks: u32,
}

/// Everything recorded, in the order it happened.
#[derive(Clone, Debug, Default)]
pub struct Recording {
    pub tasks: Vec<TaskRecord>,
    pub steps: Vec<StepRecord>,
    pub prints: Vec<PrintRecord>,
    pub iterations: Vec<IterationRecord>,
    pub end: f64,
}

impl Recording {
    /// What happened in iterations `from..to`: its steps and prints, and
    /// the tasks that ran or were made then.
    pub fn between(&self, from: u32, to: u32) -> Recording {
        let inside = |it: u32| (from..to).contains(&it);
        let mut keep = vec![false; self.tasks.len()];
        for (i, t) in self.tasks.iter().enumerate() {
            keep[i] = inside(t.created.iteration);
        }
        for st in self.steps.iter().filter(|st| inside(st.begin.iteration)) {
            keep[st.task] = true;
        }
        let steps_kept: Vec<bool> = self
            .steps
            .iter()
            .map(|st| inside(st.begin.iteration))
            .collect();
        let mut rec = self.select(&keep, &steps_kept);
        rec.prints.retain(|p| inside(p.pos.iteration));
        rec
    }

    /// The tasks where `keep`, and their steps where `keep_step`, indices
    /// renumbered.
    fn select(&self, keep: &[bool], keep_step: &[bool]) -> Recording {
        let mut new_index = Vec::with_capacity(keep.len());
        let mut n = 0;
        for &k in keep {
            new_index.push(if k { Some(n) } else { None });
            n += k as usize;
        }
        let mut step_index = Vec::with_capacity(self.steps.len());
        let mut m = 0;
        for (st, &k) in self.steps.iter().zip(keep_step) {
            let kept = k && keep[st.task];
            step_index.push(if kept { Some(m) } else { None });
            m += kept as usize;
        }
        let mut rec = self.clone();
        rec.tasks = self
            .tasks
            .iter()
            .zip(keep)
            .filter(|(_, k)| **k)
            .map(|(t, _)| {
                let mut t = t.clone();
                t.parent = t.parent.and_then(|p| new_index[p]);
                t
            })
            .collect();
        rec.steps = self
            .steps
            .iter()
            .zip(&step_index)
            .filter(|(_, k)| k.is_some())
            .map(|(st, _)| {
                let mut st = st.clone();
                st.task = new_index[st.task].expect("kept");
                st.wake_origin = match st.wake_origin {
                    Some(Origin::Step(k)) => step_index[k].map(Origin::Step),
                    other => other,
                };
                st
            })
            .collect();
        rec.prints = self
            .prints
            .iter()
            .filter(|p| p.task.is_none_or(|t| keep[t]))
            .map(|p| {
                let mut p = p.clone();
                p.task = p.task.and_then(|t| new_index[t]);
                p
            })
            .collect();
        rec
    }

    /// The recording without the tasks `asyncio.run` makes for its own
    /// shutdown (`BaseEventLoop.shutdown_asyncgens()` ...), which a
    /// timeline of the script's tasks leaves out.
    pub fn script_tasks_only(&self) -> Recording {
        let keep: Vec<bool> = self
            .tasks
            .iter()
            .map(|t| !t.coro.starts_with("BaseEventLoop."))
            .collect();
        self.select(&keep, &vec![true; self.steps.len()])
    }

    /// The callbacks run in `iteration` (1-based), at least 1.
    pub fn callbacks_in(&self, iteration: u32) -> u32 {
        self.iterations
            .get((iteration as usize).wrapping_sub(1))
            .map_or(1, |i| i.callbacks.max(1))
    }
}

#[derive(Default)]
struct State {
    rec: Recording,
    task_index: HashMap<ObjectId, usize>,
    /// Offset added to the current loop's time (see `Pos`).
    offset: f64,
    last_time: f64,
    iteration: u32,
    slot: u32,
    /// The step of the callback running now, until that callback ends.
    current_step: Option<usize>,
    /// The step of each task that has begun but not ended.
    open_step: HashMap<usize, usize>,
    steps_of: Vec<u32>,
    /// Why each task's next step was queued.
    pending_wake: HashMap<usize, (String, Option<Origin>)>,
    /// What the task last waited on, for naming the timer that wakes it.
    last_awaiting: HashMap<usize, String>,
    future_labels: HashMap<usize, (Weak<Future>, String)>,
    /// At the prompt: the iteration each input began at.
    inputs: Vec<u32>,
    /// Steps beyond this many are not recorded (a long session).
    step_limit: Option<usize>,
}

impl State {
    fn pos(&mut self, now: f64) -> Pos {
        let time = if now.is_nan() {
            self.last_time
        } else {
            let mut t = now + self.offset;
            if t < self.last_time {
                // A new loop, whose clock starts again.
                self.offset = self.last_time - now;
                t = self.last_time;
            }
            t
        };
        self.last_time = time;
        self.rec.end = self.rec.end.max(time);
        Pos {
            time,
            iteration: self.iteration,
            slot: self.slot,
        }
    }

    fn task_name(&self, task: ObjectId) -> String {
        match self.task_index.get(&task) {
            Some(&i) => self.rec.tasks[i].name.clone(),
            None => "a task".to_string(),
        }
    }

    fn future_label(&mut self, future: &Rc<Future>) -> String {
        let key = id_of(future);
        match self.future_labels.get(&key) {
            Some((weak, label)) if weak.upgrade().is_some_and(|f| Rc::ptr_eq(&f, future)) => {
                label.clone()
            }
            _ => "Future".to_string(),
        }
    }
}

/// Records the observer stream of every loop of one interpreter.
#[derive(Default)]
pub struct Recorder {
    state: RefCell<State>,
}

impl Recorder {
    pub fn new() -> Rc<Recorder> {
        Rc::new(Recorder::default())
    }

    /// A recorder for an interactive session, which may run for hours:
    /// it stops recording steps after `limit` of them, and keeps only what
    /// tasks print (not the prompt's echoes and reports).
    pub fn with_step_limit(limit: usize) -> Rc<Recorder> {
        let recorder = Recorder::default();
        recorder.state.borrow_mut().step_limit = Some(limit);
        Rc::new(recorder)
    }

    /// An input at the prompt begins.
    pub fn begin_input(&self) {
        let mut s = self.state.borrow_mut();
        let at = s.iteration + 1;
        s.inputs.push(at);
    }

    /// The recording of the last input (and what ran until the next one)
    /// in which any task ran a step.
    pub fn last_input_with_steps(&self) -> Option<Recording> {
        let s = self.state.borrow();
        let mut end = u32::MAX;
        for &start in s.inputs.iter().rev() {
            let ran = s
                .rec
                .steps
                .iter()
                .any(|st| (start..end).contains(&st.begin.iteration));
            if ran {
                return Some(s.rec.between(start, end));
            }
            end = start;
        }
        None
    }

    /// What has been recorded so far.
    pub fn recording(&self) -> Recording {
        self.state.borrow().rec.clone()
    }
}

impl LoopObserver for Recorder {
    fn iteration_begin(&self, now: f64) {
        let mut s = self.state.borrow_mut();
        s.iteration += 1;
        s.slot = 0;
        let begin = s.pos(now).time;
        s.rec.iterations.push(IterationRecord {
            begin,
            timeout: 0.0,
            callbacks: 0,
        });
    }

    fn loop_wait(&self, _now: f64, timeout: f64) {
        let mut s = self.state.borrow_mut();
        if let Some(it) = s.rec.iterations.last_mut() {
            it.timeout = timeout;
        }
    }

    fn callback_begin(&self, now: f64, _task: Option<ObjectId>) {
        let mut s = self.state.borrow_mut();
        s.slot += 1;
        s.current_step = None;
        let slot = s.slot;
        if let Some(it) = s.rec.iterations.last_mut() {
            it.callbacks = slot;
        }
        s.pos(now);
    }

    fn callback_end(&self, now: f64) {
        let mut s = self.state.borrow_mut();
        s.current_step = None;
        s.pos(now);
    }

    fn task_created(&self, now: f64, task: TaskInfo) {
        let mut s = self.state.borrow_mut();
        let created = s.pos(now);
        let parent = task.parent.and_then(|p| s.task_index.get(&p).copied());
        let index = s.rec.tasks.len();
        s.rec.tasks.push(TaskRecord {
            name: task.name.to_string(),
            coro: task.coro.to_string(),
            parent,
            created_at: task.created_at,
            created,
            finished: None,
            cancel_requested: Vec::new(),
        });
        s.steps_of.push(0);
        s.task_index.insert(task.id, index);
    }

    fn task_renamed(&self, task: ObjectId, name: Rc<str>) {
        let mut s = self.state.borrow_mut();
        if let Some(&index) = s.task_index.get(&task) {
            s.rec.tasks[index].name = name.to_string();
        }
    }

    fn wake_scheduled(&self, now: f64, task: ObjectId, by: Waker) {
        let mut s = self.state.borrow_mut();
        let pos = s.pos(now);
        let Some(&index) = s.task_index.get(&task) else {
            return;
        };
        let here = s.current_step.map(Origin::Step);
        let (text, origin) = match by {
            Waker::Timer(_) => {
                let what = s.last_awaiting.get(&index).cloned().unwrap_or_default();
                let text = if what.is_empty() {
                    "timer".to_string()
                } else {
                    format!("timer of {}", what)
                };
                (text, Some(Origin::Loop(pos)))
            }
            Waker::Task(t) => match s.task_index.get(&t) {
                Some(&i) if i == index => ("itself".to_string(), here),
                _ if s.steps_of[index] == 0 => (format!("created by {}", s.task_name(t)), here),
                _ => (s.task_name(t), here),
            },
            Waker::TaskDone(t) => (format!("done callback of {}", s.task_name(t)), here),
            Waker::Callback => ("callback".to_string(), Some(Origin::Loop(pos))),
            Waker::Outside if s.steps_of[index] == 0 => ("created".to_string(), None),
            Waker::Outside => ("the caller".to_string(), None),
        };
        s.pending_wake.insert(index, (text, origin));
    }

    fn step_begin(&self, now: f64, task: ObjectId, resumed_at: Option<String>) {
        let mut s = self.state.borrow_mut();
        let begin = s.pos(now);
        let Some(&index) = s.task_index.get(&task) else {
            return;
        };
        if s.step_limit.is_some_and(|limit| s.rec.steps.len() >= limit) {
            return;
        }
        s.steps_of[index] += 1;
        let number = s.steps_of[index];
        let (woken_by, wake_origin) = s
            .pending_wake
            .remove(&index)
            .unwrap_or_else(|| ("the caller".to_string(), None));
        let step = s.rec.steps.len();
        s.rec.steps.push(StepRecord {
            task: index,
            number,
            begin,
            end_time: begin.time,
            resumed_at,
            suspended_at: None,
            awaiting: String::new(),
            woken_by,
            wake_origin,
        });
        s.open_step.insert(index, step);
        s.current_step = Some(step);
    }

    fn step_end(&self, now: f64, task: ObjectId, suspended_at: Option<String>, awaiting: Awaiting) {
        let mut s = self.state.borrow_mut();
        let end = s.pos(now).time;
        let Some(&index) = s.task_index.get(&task) else {
            return;
        };
        let Some(step) = s.open_step.remove(&index) else {
            return;
        };
        let awaiting = match awaiting {
            Awaiting::Nothing => String::new(),
            Awaiting::Yield => "yield".to_string(),
            Awaiting::Task(_, name) => name.to_string(),
            Awaiting::Future(f) => s.future_label(&f),
        };
        s.last_awaiting.insert(index, awaiting.clone());
        let record = &mut s.rec.steps[step];
        record.end_time = end;
        record.suspended_at = suspended_at;
        record.awaiting = awaiting;
    }

    fn cancel_requested(&self, now: f64, task: ObjectId) {
        let mut s = self.state.borrow_mut();
        let pos = s.pos(now);
        if let Some(&index) = s.task_index.get(&task) {
            s.rec.tasks[index].cancel_requested.push(pos);
        }
    }

    fn task_finished(&self, now: f64, task: ObjectId, outcome: TaskOutcome) {
        let mut s = self.state.borrow_mut();
        let pos = s.pos(now);
        if let Some(&index) = s.task_index.get(&task) {
            s.rec.tasks[index].finished = Some((pos, outcome));
        }
    }

    fn label_future(&self, future: &Rc<Future>, label: String) {
        let mut s = self.state.borrow_mut();
        // Entries whose future is gone are dropped now and then.
        if s.future_labels.len() >= 1024 && s.future_labels.len().is_power_of_two() {
            s.future_labels.retain(|_, (w, _)| w.strong_count() > 0);
        }
        s.future_labels
            .insert(id_of(future), (Rc::downgrade(future), label));
    }

    fn output(&self, now: f64, task: Option<ObjectId>, stderr: bool, text: &str) {
        let mut s = self.state.borrow_mut();
        if task.is_none() && s.step_limit.is_some() {
            return;
        }
        let pos = s.pos(now);
        let task = task.and_then(|t| s.task_index.get(&t).copied());
        if let Some(last) = s.rec.prints.last_mut() {
            let continues = last.task == task
                && last.stderr == stderr
                && last.pos.iteration == pos.iteration
                && last.pos.slot == pos.slot
                && !last.text.ends_with('\n');
            if continues {
                last.text.push_str(text);
                return;
            }
        }
        s.rec.prints.push(PrintRecord {
            pos,
            task,
            stderr,
            text: text.to_string(),
        });
    }
}
