//! `Limits::max_virtual_time`: a clock that refuses to move past the limit.
//! A wait that would pass it does not happen; the run is stopped at its
//! next safe point instead (the event loop passes one every iteration).

use std::rc::{Rc, Weak};

use crate::asyncio::clock::Clock;
use crate::interp::Vm;

pub(crate) struct LimitedClock {
    pub inner: Rc<dyn Clock>,
    pub max: f64,
    pub vm: Weak<Vm>,
}

impl LimitedClock {
    /// Whether waiting `secs` from now stays within the limit; if not, the
    /// run is told to stop.
    fn may_wait(&self, secs: f64) -> bool {
        if self.inner.time() + secs.max(0.0) <= self.max {
            return true;
        }
        if let Some(vm) = self.vm.upgrade() {
            vm.guard.virtual_time_exceeded();
        }
        false
    }
}

impl Clock for LimitedClock {
    fn time(&self) -> f64 {
        self.inner.time()
    }

    fn wait(&self, timeout: f64) {
        if self.may_wait(timeout) {
            self.inner.wait(timeout)
        }
    }

    fn select(&self, timeout: f64) {
        if self.may_wait(timeout) {
            self.inner.select(timeout)
        }
    }

    fn read(&self) -> f64 {
        self.inner.read()
    }

    fn sleep(&self, secs: f64) {
        if self.may_wait(secs) {
            self.inner.sleep(secs)
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
