//! The run-time side of an embedding host's limits: a step counter bumped
//! at the interpreter's safe points (every call, every loop iteration, every
//! event-loop iteration: where Ctrl-C is noticed too), and the checks that
//! run every `CHECK_INTERVAL` steps or when a limit is near.
//!
//! The counter counts down to the next check, so a safe point costs one
//! compare with zero and one decrement. A run outside any host (the command
//! line) never arms the guard: its countdown starts at `u64::MAX`.
//!
//! A limit that is exceeded *halts* the run the way the event loop's
//! deadlock verdict does (see `asyncio::verdict`): no `except` clause
//! matches the error and no `with` block swallows it, while `finally`
//! blocks start to run as the stack unwinds. Unlike the verdict, the halt is
//! sticky: every later safe point raises it again, so a `finally` block
//! that loops or calls cannot keep the script alive.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use crate::interp::Vm;
use crate::object::{PyErr, PyResult, Stream};

use super::{Limit, Limits, OutputEvent, OutputStream, Stop};

/// How many steps may pass between two checks of the limits that cannot be
/// compared with a counter (wall time, memory, the interrupt flag).
const CHECK_INTERVAL: u64 = 128;

/// The output sink a host installed.
pub type Sink = Box<dyn FnMut(&OutputEvent)>;

/// Per-interpreter state of the host's limits.
pub struct Guard {
    /// Steps left before `check` runs: `u64::MAX` when the guard is not
    /// armed, 0 once the run is halted (every safe point then checks).
    countdown: Cell<u64>,
    /// The steps counted before the current interval, and its length: the
    /// run's step count is `base + interval - countdown`.
    base: Cell<u64>,
    interval: Cell<u64>,
    armed: Cell<bool>,
    limits: Cell<Limits>,
    started: Cell<Option<Instant>>,
    memory_baseline: Cell<usize>,
    output_bytes: Cell<u64>,
    interrupt: RefCell<Option<Arc<AtomicBool>>>,
    stopped: Cell<Option<Stop>>,
    /// A wait would have passed `max_virtual_time` (see `clock`).
    time_exceeded: Cell<bool>,
    hosted: Cell<bool>,
    sink: RefCell<Option<Sink>>,
}

impl Default for Guard {
    fn default() -> Guard {
        Guard {
            countdown: Cell::new(u64::MAX),
            base: Cell::new(0),
            interval: Cell::new(u64::MAX),
            armed: Cell::new(false),
            limits: Cell::new(Limits::default()),
            started: Cell::new(None),
            memory_baseline: Cell::new(0),
            output_bytes: Cell::new(0),
            interrupt: RefCell::new(None),
            stopped: Cell::new(None),
            time_exceeded: Cell::new(false),
            hosted: Cell::new(false),
            sink: RefCell::new(None),
        }
    }
}

impl Guard {
    /// One safe point. Cheap: the rest happens in `check`, every
    /// `CHECK_INTERVAL` steps of an armed guard.
    #[inline]
    pub fn step(&self, vm: &Vm) -> PyResult<()> {
        let left = self.countdown.get();
        if left == 0 {
            return self.check(vm);
        }
        self.countdown.set(left - 1);
        Ok(())
    }

    /// Arms the guard for a host: its limits, its interrupt flag.
    pub(crate) fn arm(&self, limits: Limits, interrupt: Arc<AtomicBool>) {
        self.limits.set(limits);
        *self.interrupt.borrow_mut() = Some(interrupt);
        self.armed.set(true);
    }

    /// Routes output to `sink` instead of the process's streams.
    pub(crate) fn set_sink(&self, sink: Sink) {
        *self.sink.borrow_mut() = Some(sink);
        self.hosted.set(true);
    }

    /// A run begins: the counters start again and an earlier halt is
    /// forgotten, so that one script exceeding a limit leaves the host
    /// able to run another.
    pub(crate) fn begin_run(&self, vm: &Vm) {
        let limits = self.limits.get();
        self.base.set(0);
        self.interval.set(0);
        self.countdown.set(0);
        self.stopped.set(None);
        self.time_exceeded.set(false);
        vm.halted.set(None);
        self.started.set(Some(Instant::now()));
        self.memory_baseline
            .set(super::alloc::allocated_bytes().unwrap_or(0));
        self.output_bytes.set(0);
        if let Some(flag) = &*self.interrupt.borrow() {
            flag.store(false, Ordering::SeqCst);
        }
        if let Some(depth) = limits.max_recursion {
            crate::object::recursion::set_limit(depth.max(1));
        }
        self.schedule_next_check();
    }

    /// A run is over: nothing stays halted between runs.
    pub(crate) fn end_run(&self, vm: &Vm) {
        vm.halted.set(None);
    }

    /// Why the run was stopped, if a limit or an interrupt stopped it.
    pub(crate) fn stopped(&self) -> Option<Stop> {
        self.stopped.get()
    }

    /// The host's limits.
    pub(crate) fn limits(&self) -> Limits {
        self.limits.get()
    }

    /// The steps counted since the run began.
    pub(crate) fn steps(&self) -> u64 {
        self.base.get() + self.interval.get().saturating_sub(self.countdown.get())
    }

    fn schedule_next_check(&self) {
        let interval = if !self.armed.get() {
            u64::MAX
        } else {
            match self.limits.get().max_steps {
                Some(max) => CHECK_INTERVAL.min(max.saturating_sub(self.base.get())),
                None => CHECK_INTERVAL,
            }
        };
        self.interval.set(interval);
        self.countdown.set(interval);
    }

    /// Makes the next safe point run `check`, keeping the count exact.
    fn check_soon(&self) {
        self.base.set(self.steps());
        self.interval.set(0);
        self.countdown.set(0);
    }

    /// Every limit that is not a plain counter, and the interrupt flag.
    #[cold]
    #[inline(never)]
    fn check(&self, vm: &Vm) -> PyResult<()> {
        if let Some(stop) = self.stopped.get() {
            return Err(self.halt(vm, stop));
        }
        // This step ends the interval.
        self.base.set(
            self.base
                .get()
                .saturating_add(self.interval.get())
                .saturating_add(1),
        );
        self.interval.set(0);
        if !self.armed.get() {
            self.schedule_next_check();
            return Ok(());
        }
        let limits = self.limits.get();
        let interrupted = self
            .interrupt
            .borrow()
            .as_ref()
            .is_some_and(|flag| flag.swap(false, Ordering::SeqCst));
        if interrupted {
            return Err(self.halt(vm, Stop::Interrupted));
        }
        if limits.max_steps.is_some_and(|max| self.base.get() > max) {
            return Err(self.halt(vm, Stop::Limit(Limit::Steps)));
        }
        if let (Some(max), Some(started)) = (limits.max_wall_time, self.started.get()) {
            if started.elapsed() > max {
                return Err(self.halt(vm, Stop::Limit(Limit::WallTime)));
            }
        }
        if let (Some(max), Some(now)) = (limits.max_memory, super::alloc::allocated_bytes()) {
            if now.saturating_sub(self.memory_baseline.get()) > max {
                return Err(self.halt(vm, Stop::Limit(Limit::Memory)));
            }
        }
        if let Some(max) = limits.max_recursion {
            if crate::object::recursion::depth() > max {
                return Err(self.halt(vm, Stop::Limit(Limit::Recursion)));
            }
            // `sys.setrecursionlimit` cannot lift the host's ceiling.
            if crate::object::recursion::limit() > max {
                crate::object::recursion::set_limit(max.max(1));
            }
        }
        if let Some(max) = limits.max_virtual_time {
            if self.time_exceeded.get() || vm.clock.borrow().time() > max {
                return Err(self.halt(vm, Stop::Limit(Limit::VirtualTime)));
            }
        }
        self.schedule_next_check();
        Ok(())
    }

    /// Stops the run for `stop`: the halting error, raised again at every
    /// later safe point until the next run begins.
    pub(crate) fn halt(&self, vm: &Vm, stop: Stop) -> Box<PyErr> {
        self.stopped.set(Some(stop));
        self.check_soon();
        vm.halted.set(Some(crate::asyncio::verdict::HALT_STATUS));
        crate::asyncio::verdict::halt_error(crate::asyncio::verdict::HALT_STATUS)
    }

    /// The clock refused a wait past `max_virtual_time`: the next safe
    /// point stops the run.
    pub(crate) fn virtual_time_exceeded(&self) {
        self.time_exceeded.set(true);
        self.check_soon();
    }

    /// Whether a real-time wait should end now: the host interrupted, or
    /// the wall time is up. The next safe point then stops the run.
    pub(crate) fn stop_waiting(&self) -> bool {
        let interrupted = self
            .interrupt
            .borrow()
            .as_ref()
            .is_some_and(|flag| flag.load(Ordering::SeqCst));
        let late = match (self.limits.get().max_wall_time, self.started.get()) {
            (Some(max), Some(started)) => started.elapsed() > max,
            _ => false,
        };
        if interrupted || late {
            self.check_soon();
        }
        interrupted || late
    }

    /// Marks the run stopped where no error can be returned (output, task
    /// creation): the next safe point raises.
    fn stop_soon(&self, vm: &Vm, stop: Stop) {
        if self.stopped.get().is_none() {
            let _ = self.halt(vm, stop);
        }
    }

    /// A Python frame could not be entered: past the host's recursion
    /// ceiling that is a halt, not a RecursionError the script could catch.
    #[cold]
    pub fn recursion_refused(&self, vm: &Vm, e: Box<PyErr>) -> Box<PyErr> {
        match self.limits.get().max_recursion {
            Some(max) if self.armed.get() && crate::object::recursion::depth() + 1 >= max => {
                self.halt(vm, Stop::Limit(Limit::Recursion))
            }
            _ => e,
        }
    }

    /// A task was created on `event_loop`: counts the live ones against
    /// `max_tasks`.
    #[inline]
    pub fn task_spawned(&self, vm: &Vm, event_loop: &crate::asyncio::EventLoop) {
        if let Some(max) = self.limits.get().max_tasks {
            if self.armed.get() && event_loop.pending_tasks().len() > max {
                self.stop_soon(vm, Stop::Limit(Limit::Tasks));
            }
        }
    }

    /// Whether a host sink takes the output.
    #[inline]
    pub fn hosted(&self) -> bool {
        self.hosted.get()
    }

    /// Hands `text` to the host's sink with the task writing it and the
    /// loop's time, counting it against `max_output_bytes` (what passes the
    /// limit is cut off, and the run stops at the next safe point).
    pub fn write(&self, vm: &Vm, stream: Stream, text: &str) {
        if self.stopped.get().is_some() {
            return;
        }
        let mut text = text;
        if let Some(max) = self.limits.get().max_output_bytes {
            let used = self.output_bytes.get();
            let room = max.saturating_sub(used);
            if text.len() as u64 > room {
                let mut cut = room as usize;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text = &text[..cut];
                self.stop_soon(vm, Stop::Limit(Limit::OutputBytes));
            }
            self.output_bytes.set(used + text.len() as u64);
        }
        if text.is_empty() {
            return;
        }
        let event_loop = vm.running_loop.borrow().clone();
        let (loop_time, task) = match &event_loop {
            Some(l) => (
                Some(l.time()),
                l.current_task().map(|t| t.name().to_string()),
            ),
            None => (None, None),
        };
        let event = OutputEvent {
            stream: match stream {
                Stream::Stdout => OutputStream::Stdout,
                Stream::Stderr => OutputStream::Stderr,
            },
            task,
            loop_time,
            text,
        };
        if let Some(sink) = &mut *self.sink.borrow_mut() {
            sink(&event);
        }
    }
}
