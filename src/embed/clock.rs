//! The clock an embedding host's scripts read: the real or virtual clock,
//! wrapped so that waiting obeys the host's limits.
//!
//! - `Limits::max_virtual_time`: a wait that would pass the limit does not
//!   happen; the run is stopped at its next safe point instead (the event
//!   loop passes one every iteration).
//! - Real-time waits (`asyncio.sleep`, `time.sleep` with the real time
//!   capability) are cut into slices, so that an interrupt or
//!   `max_wall_time` ends a long wait within one slice rather than when
//!   the wait would have ended.

use std::rc::{Rc, Weak};

use crate::asyncio::clock::{select_timeout, Clock};
use crate::interp::Vm;

/// The longest piece of a real-time wait between two looks at the
/// interrupt flag and the wall-time limit.
const SLICE: f64 = 0.02;

pub(crate) struct HostClock {
    pub inner: Rc<dyn Clock>,
    pub max_time: Option<f64>,
    pub vm: Weak<Vm>,
}

impl HostClock {
    /// Whether waiting `secs` from now stays within `max_virtual_time`; if
    /// not, the run is told to stop.
    fn may_wait(&self, secs: f64) -> bool {
        match self.max_time {
            Some(max) if self.inner.time() + secs.max(0.0) > max => {
                if let Some(vm) = self.vm.upgrade() {
                    vm.guard.virtual_time_exceeded();
                }
                false
            }
            _ => true,
        }
    }

    /// Whether a real-time wait should end early for the host.
    fn interrupted(&self) -> bool {
        self.vm.upgrade().is_some_and(|vm| vm.guard.stop_waiting())
    }

    /// Waits `secs` of real time through `wait_one` in slices.
    fn sliced(&self, secs: f64, wait_one: impl Fn(f64)) {
        let deadline = self.inner.time() + secs;
        loop {
            let left = deadline - self.inner.time();
            if left <= 0.0 || self.interrupted() {
                return;
            }
            wait_one(left.min(SLICE));
        }
    }
}

impl Clock for HostClock {
    fn time(&self) -> f64 {
        self.inner.time()
    }

    fn wait(&self, timeout: f64) {
        if !self.may_wait(timeout) {
            return;
        }
        if self.inner.is_virtual() {
            self.inner.wait(timeout)
        } else {
            self.sliced(timeout, |t| self.inner.wait(t))
        }
    }

    fn select(&self, timeout: f64) {
        if !self.may_wait(timeout) {
            return;
        }
        if self.inner.is_virtual() {
            self.inner.select(timeout)
        } else {
            self.sliced(select_timeout(timeout), |t| self.inner.wait(t))
        }
    }

    fn read(&self) -> f64 {
        self.inner.read()
    }

    fn sleep(&self, secs: f64) {
        if !self.may_wait(secs) {
            return;
        }
        if self.inner.is_virtual() {
            self.inner.sleep(secs)
        } else {
            self.sliced(secs, |t| self.inner.sleep(t))
        }
    }

    fn epoch_time(&self) -> f64 {
        self.inner.epoch_time()
    }

    fn epoch_nanos(&self) -> i128 {
        self.inner.epoch_nanos()
    }

    fn is_virtual(&self) -> bool {
        self.inner.is_virtual()
    }

    fn resolution(&self) -> f64 {
        self.inner.resolution()
    }
}
