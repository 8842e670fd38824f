//! The one interface through which the event loop and the `time` module read
//! and wait for time.
//!
//! Two kinds of clock plug in here: real time (`MonotonicClock`), and a
//! virtual clock (`VirtualClock`) whose time only moves when the loop would
//! wait, jumping straight to the next timer, so a script that sleeps for an
//! hour runs in milliseconds and prints what it prints in real time.

use std::cell::Cell;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub trait Clock {
    /// `loop.time()` and `time.monotonic()`: seconds on a monotonic clock.
    fn time(&self) -> f64;

    /// Waits as the selector would for `timeout` seconds with no I/O to
    /// watch. The caller has already rounded the timeout (see `select_timeout`).
    fn wait(&self, timeout: f64);

    /// What the loop calls when it would block in `selector.select(timeout)`
    /// (`timeout` as `_run_once` computed it, not yet rounded).
    fn select(&self, timeout: f64) {
        self.wait(select_timeout(timeout));
    }

    /// What the loop calls instead of `select` while file descriptors are
    /// watched: `poll(t)` waits for I/O at most `t` seconds (None: until
    /// some is ready) and says whether any was. Real time simply polls for
    /// the loop's timeout, rounded as `select_timeout` rounds it.
    fn select_io(&self, timeout: Option<f64>, poll: &mut dyn FnMut(Option<f64>) -> bool) {
        poll(timeout.map(select_timeout));
    }

    /// `time.monotonic()` and `time.perf_counter()`: a read of `time()` by
    /// Python code.
    fn read(&self) -> f64 {
        self.time()
    }

    /// A blocking `time.sleep(secs)`: nothing else runs meanwhile.
    /// Ctrl-C ends it early; the caller raises KeyboardInterrupt.
    fn sleep(&self, secs: f64) {
        crate::signals::sleep(secs.min(1e9));
    }

    /// `time.time()`: seconds since the Unix epoch (also a read by Python
    /// code).
    fn epoch_time(&self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64()
    }

    /// `time.time_ns()`: `epoch_time` in whole nanoseconds, exact for real
    /// time (an f64 of seconds since 1970 keeps only about 0.24 µs).
    fn epoch_nanos(&self) -> i128 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos() as i128
    }

    /// Time that only moves when the loop waits: no outside event can ever
    /// wake a loop with nothing to do, so such a loop is deadlocked.
    fn is_virtual(&self) -> bool {
        false
    }

    /// The clock's resolution; timers due before `time() + resolution` are
    /// ready (`BaseEventLoop._clock_resolution`).
    fn resolution(&self) -> f64 {
        1e-9
    }
}

/// Which clock a run uses (`pyasync --clock=...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClockKind {
    /// Real time: waits really wait.
    #[default]
    Real,
    /// Virtual time with the lateness of a real wake-up modelled.
    Virtual,
    /// Virtual time that wakes every timer exactly at its deadline.
    VirtualExact,
}

impl ClockKind {
    /// Parses `--clock`'s value.
    pub fn parse(text: &str) -> Option<ClockKind> {
        match text {
            "real" => Some(ClockKind::Real),
            "virtual" => Some(ClockKind::Virtual),
            "virtual:exact" => Some(ClockKind::VirtualExact),
            _ => None,
        }
    }

    pub fn make(self) -> std::rc::Rc<dyn Clock> {
        match self {
            ClockKind::Real => std::rc::Rc::new(MonotonicClock::new()),
            ClockKind::Virtual => std::rc::Rc::new(VirtualClock::new(true)),
            ClockKind::VirtualExact => std::rc::Rc::new(VirtualClock::new(false)),
        }
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

/// The interactive session's clock: real time, and a wait that the wake
/// pipe ends early: a line typed at the prompt or Ctrl-C wakes the loop,
/// which then runs an iteration with nothing due. Unlike
/// `MonotonicClock`, a zero wait still polls the pipe, so input that
/// arrived meanwhile is seen at once.
pub struct InteractiveClock {
    origin: Instant,
}

impl InteractiveClock {
    pub fn new() -> InteractiveClock {
        InteractiveClock {
            origin: Instant::now(),
        }
    }
}

impl Default for InteractiveClock {
    fn default() -> Self {
        InteractiveClock::new()
    }
}

impl Clock for InteractiveClock {
    fn time(&self) -> f64 {
        self.origin.elapsed().as_secs_f64()
    }

    fn wait(&self, timeout: f64) {
        crate::signals::wait_for_wake(Some(timeout));
    }
}

/// `time.time()` under a virtual clock: this fixed moment
/// (2024-01-01 00:00:00 UTC) plus the virtual time, so that runs agree.
pub const VIRTUAL_EPOCH: f64 = 1_704_067_200.0;

/// Virtual time: starts at 0.0 and moves only when the loop waits (or a
/// blocking `time.sleep` sleeps), and by `READ_COST` whenever Python code
/// reads it. Running code takes no time otherwise.
///
/// With `lateness`, a wait lasts as long as the same wait lasts on Linux
/// when nothing else loads the machine: the selector's timeout rounded up to
/// a whole millisecond (`select_timeout`), plus the slack the kernel grants
/// a timed `epoll_wait` (`timer_slack`). That lateness is what makes real
/// runs print what they print when two timers race (example 5 of the
/// tutorial), so modelling it lets a virtual run print the same.
pub struct VirtualClock {
    now: Cell<f64>,
    lateness: bool,
}

impl VirtualClock {
    pub fn new(lateness: bool) -> VirtualClock {
        VirtualClock {
            now: Cell::new(0.0),
            lateness,
        }
    }
}

/// What a read of the virtual clock from Python (`time.time()`,
/// `time.monotonic()`, ...) costs. On a real machine two reads never agree,
/// as code always runs between them, and scripts rely on it (logging's
/// `relativeCreated > 0`, an elapsed time that is never zero); a
/// microsecond is also more than `time.time()`'s float resolution
/// (about 0.24 µs today). The loop's own reads cost nothing, so timers
/// fire exactly where the model puts them.
pub const READ_COST: f64 = 1e-6;

impl Clock for VirtualClock {
    fn time(&self) -> f64 {
        self.now.get()
    }

    fn read(&self) -> f64 {
        self.wait(READ_COST);
        self.now.get()
    }

    fn wait(&self, timeout: f64) {
        if timeout > 0.0 {
            self.now.set(self.now.get() + timeout);
        }
    }

    fn select(&self, timeout: f64) {
        if timeout <= 0.0 {
            return;
        }
        if !self.lateness {
            self.wait(timeout);
            return;
        }
        // Code takes no virtual time, so a timeout meant to be exactly 0.5 s
        // can come out a few ulps over it (binary floats), which whole-
        // millisecond rounding would turn into 0.501 s; a real loop never
        // sees this, as its code always takes some time. A nanosecond of
        // tolerance absorbs it.
        let rounded = select_timeout((timeout - 1e-9).max(f64::MIN_POSITIVE));
        self.wait(rounded + timer_slack(rounded));
    }

    fn sleep(&self, secs: f64) {
        self.wait(secs);
    }

    /// I/O takes no virtual time: what is ready now is taken at once; with
    /// nothing ready, time jumps to the next timer as it would with no
    /// I/O; with no timer either, only the outside world can wake the
    /// loop, so it waits for I/O for real, time standing still.
    fn select_io(&self, timeout: Option<f64>, poll: &mut dyn FnMut(Option<f64>) -> bool) {
        if poll(Some(0.0)) {
            return;
        }
        match timeout {
            Some(t) => self.select(t),
            None => {
                poll(None);
            }
        }
    }

    fn epoch_time(&self) -> f64 {
        VIRTUAL_EPOCH + self.read()
    }

    fn epoch_nanos(&self) -> i128 {
        (self.epoch_time() * 1e9).round() as i128
    }

    fn is_virtual(&self) -> bool {
        true
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

/// How late Linux lets a timed wait of `timeout` seconds end
/// (`select_estimate_accuracy`): 0.1 % of the timeout for a process of
/// normal priority, at least the default timer slack of 50 µs and at most
/// 100 ms. The virtual clock takes the whole slack, as an idle machine does.
pub fn timer_slack(timeout: f64) -> f64 {
    (timeout * 1e-3).clamp(50e-6, 0.1)
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

    #[test]
    fn slack_is_a_thousandth_between_50_us_and_100_ms() {
        assert_eq!(timer_slack(0.001), 50e-6);
        assert!((timer_slack(0.5) - 0.0005).abs() < 1e-15);
        assert_eq!(timer_slack(1000.0), 0.1);
    }

    #[test]
    fn virtual_time_starts_at_zero_and_jumps() {
        let exact = VirtualClock::new(false);
        assert_eq!(exact.time(), 0.0);
        exact.select(3600.0);
        assert_eq!(exact.time(), 3600.0);
        exact.sleep(0.25);
        assert_eq!(exact.time(), 3600.25);
        // Python's reads move it on a little; the loop's do not.
        assert_eq!(exact.epoch_time(), VIRTUAL_EPOCH + 3600.25 + READ_COST);
        assert!(exact.read() > exact.time() - READ_COST / 2.0);
        assert!(exact.read() < exact.read());

        let late = VirtualClock::new(true);
        late.select(0.4995);
        // rounded to 0.5 s, then 0.5 ms of slack
        assert!((late.time() - 0.5005).abs() < 1e-12);
        late.select(0.0);
        assert!((late.time() - 0.5005).abs() < 1e-12);
    }

    #[test]
    fn float_noise_does_not_cost_a_millisecond() {
        let late = VirtualClock::new(true);
        late.select(0.5 + 1e-15);
        assert!((late.time() - 0.5005).abs() < 1e-12);
    }
}
