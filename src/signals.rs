//! Ctrl-C: a SIGINT handler that sets a flag the interpreter checks at
//! safe points (calls, loop iterations, the event loop's wait), where it
//! raises KeyboardInterrupt, and a wake pipe that ends a wait at once.
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Set while the interactive prompt runs: a second Ctrl-C then never ends
/// the process.
static INTERACTIVE: AtomicBool = AtomicBool::new(false);
static WAKE_READ: AtomicI32 = AtomicI32::new(-1);
static WAKE_WRITE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_sigint(_: libc::c_int) {
    if INTERRUPTED.swap(true, Ordering::SeqCst) && !INTERACTIVE.load(Ordering::SeqCst) {
        // A second Ctrl-C while the first is still unnoticed (code that
        // never checks the flag, such as `while True: pass`): give up
        // and die of SIGINT, as an unhandled Ctrl-C would.
        // SAFETY: signal and raise are async-signal-safe.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
        }
    }
    wake();
}

/// Creates the wake pipe and installs the SIGINT handler (once).
pub fn install() {
    if WAKE_READ.load(Ordering::SeqCst) >= 0 {
        return;
    }
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: plain system calls on a local array.
    unsafe {
        if libc::pipe(fds.as_mut_ptr()) == 0 {
            for fd in fds {
                let flags = libc::fcntl(fd, libc::F_GETFL);
                libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
            WAKE_READ.store(fds[0], Ordering::SeqCst);
            WAKE_WRITE.store(fds[1], Ordering::SeqCst);
        }
        // Like CPython, leave an ignored SIGINT ignored (a background job).
        let mut current: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut current);
        if current.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as usize;
        // No SA_RESTART: a blocking wait ends with EINTR, so that Ctrl-C
        // is noticed at once rather than when the wait would have ended.
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// The prompt is running: from now on Ctrl-C only ever raises
/// KeyboardInterrupt, however many times it is pressed.
pub fn set_interactive() {
    INTERACTIVE.store(true, Ordering::SeqCst);
}

/// Ends a `wait_for_wake` in progress (or the next one).
pub fn wake() {
    let fd = WAKE_WRITE.load(Ordering::SeqCst);
    if fd >= 0 {
        // SAFETY: write(2) is async-signal-safe; a full pipe already wakes.
        unsafe {
            libc::write(fd, b"!".as_ptr().cast(), 1);
        }
    }
}

/// The read end of the wake pipe, for a selector that watches it beside
/// other descriptors (None before `install`).
pub fn wake_fd() -> Option<libc::c_int> {
    let fd = WAKE_READ.load(Ordering::SeqCst);
    (fd >= 0).then_some(fd)
}

/// Whether Ctrl-C was pressed since the last call; clears the flag.
pub fn take_interrupt() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// Whether Ctrl-C was pressed and not yet noticed (clearing it): where
/// the interpreter raises KeyboardInterrupt. Cheap enough for every call
/// and loop iteration.
#[inline]
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && take_interrupt()
}

pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// `time.sleep`: waits `seconds`; false when Ctrl-C ended the wait early
/// (the flag stays set for the caller to raise).
pub fn sleep(seconds: f64) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(seconds);
    loop {
        if interrupt_pending() {
            return false;
        }
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return true;
        }
        if WAKE_READ.load(Ordering::SeqCst) < 0 {
            std::thread::sleep(left);
            return true;
        }
        wait_for_wake(Some(left.as_secs_f64()));
    }
}

/// Waits until `fd` has something to read; false when Ctrl-C is pressed
/// first (the flag stays set). Blocking reads call this first so that
/// Ctrl-C does not wait for the read to end.
pub fn wait_readable(fd: libc::c_int) -> bool {
    let wake = WAKE_READ.load(Ordering::SeqCst);
    loop {
        if interrupt_pending() {
            return false;
        }
        let mut fds = [
            libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: wake,
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let count = if wake >= 0 { 2 } else { 1 };
        // SAFETY: `fds` holds `count` valid pollfds; reads into a local buffer.
        unsafe {
            if libc::poll(fds.as_mut_ptr(), count, -1) < 0 {
                // EINTR: the loop checks the flag again.
                continue;
            }
            if fds[0].revents != 0 {
                return true;
            }
            if count == 2 && fds[1].revents != 0 {
                let mut buf = [0u8; 64];
                while libc::read(wake, buf.as_mut_ptr().cast(), buf.len()) > 0 {}
            }
        }
    }
}

/// Waits up to `timeout` seconds (forever for None) or until `wake()`;
/// the timeout is rounded up to a whole millisecond, as the selector's.
pub fn wait_for_wake(timeout: Option<f64>) {
    let fd = WAKE_READ.load(Ordering::SeqCst);
    let ms = match timeout {
        Some(t) if t <= 0.0 => return,
        Some(t) => (t * 1e3).ceil().min(i32::MAX as f64) as i32,
        None => -1,
    };
    if fd < 0 {
        // No wake pipe (no handler installed): a plain millisecond wait.
        let ms = if ms < 0 { 50 } else { ms };
        // SAFETY: poll with no descriptors only sleeps.
        unsafe { libc::poll(std::ptr::null_mut(), 0, ms) };
        return;
    }
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd; reads into a local buffer.
    unsafe {
        if libc::poll(&mut pfd, 1, ms) > 0 {
            let mut buf = [0u8; 64];
            while libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) > 0 {}
        }
    }
}
