//! The one interface through which the event loop reads and waits for time.
//!
//! The loop never calls `Instant::now` or sleeps itself; a virtual clock
//! (time that jumps to the next timer instead of waiting) plugs in here.

use std::time::Instant;

pub trait Clock {
    /// `loop.time()`: seconds on a monotonic clock.
    fn time(&self) -> f64;

    /// Waits as the selector would for `timeout` seconds with no I/O to
    /// watch. The caller has already rounded the timeout (see `select_timeout`).
    fn wait(&self, timeout: f64);

    /// The clock's resolution; timers due before `time() + resolution` are
    /// ready (`BaseEventLoop._clock_resolution`).
    fn resolution(&self) -> f64 {
        1e-9
    }
}

/// Real time: `time.monotonic()` and a sleeping wait.
pub struct MonotonicClock {
    origin: Instant,
}

impl MonotonicClock {
    pub fn new() -> MonotonicClock {
        MonotonicClock {
            origin: Instant::now(),
        }
    }
}

impl Default for MonotonicClock {
    fn default() -> Self {
        MonotonicClock::new()
    }
}

impl Clock for MonotonicClock {
    fn time(&self) -> f64 {
        self.origin.elapsed().as_secs_f64()
    }

    /// Blocks in `poll(2)` with a millisecond timeout, as CPython blocks in
    /// `epoll_wait`: the kernel then grants the wait the same slack it grants
    /// CPython's (`select_estimate_accuracy`: 0.1% of the timeout, at least
    /// 50 µs), so timers fire as late as they do under CPython.
    fn wait(&self, timeout: f64) {
        if timeout <= 0.0 {
            return;
        }
        // Ctrl-C ends the wait early through the signal module's wake pipe
        // (CPython's `signal.set_wakeup_fd`), even if it came just before
        // the wait began; the loop then runs an iteration with nothing due.
        crate::signals::wait_for_wake(Some(timeout));
    }
}

/// The timeout the selector really waits for: `selectors.EpollSelector.select`
/// rounds a positive timeout *up* to a whole millisecond
/// (`math.ceil(timeout * 1e3) * 1e-3`), so every timer fires 0-1 ms late.
/// Example 5 of the tutorial prints what it prints because this lateness
/// accumulates over its 0.5 s sleeps.
pub fn select_timeout(timeout: f64) -> f64 {
    if timeout <= 0.0 {
        0.0
    } else {
        (timeout * 1e3).ceil() * 1e-3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_round_up_to_whole_milliseconds() {
        assert_eq!(select_timeout(0.0), 0.0);
        assert_eq!(select_timeout(-1.0), 0.0);
        assert!((select_timeout(0.0001) - 0.001).abs() < 1e-12);
        assert!((select_timeout(0.4995) - 0.5).abs() < 1e-12);
        assert!((select_timeout(0.5) - 0.5).abs() < 1e-12);
    }
}
