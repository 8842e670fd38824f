//! Signals: Ctrl-C is a SIGINT handler that sets a flag the interpreter
//! checks at safe points (calls, loop iterations, the event loop's wait),
//! where it raises KeyboardInterrupt; any other signal given a Python
//! handler (`signal.signal`) marks itself pending, and the `signal` module
//! runs the handler at the next safe point. Both write to a wake pipe that
//! ends a wait at once (CPython's `signal.set_wakeup_fd`).
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Signals caught for a Python handler and not yet handled: bit `n - 1`
/// for signal `n` (Linux numbers them 1 to 64).
static PENDING: AtomicU64 = AtomicU64::new(0);
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
    install_pipe();
    // SAFETY: sigaction on zeroed local structs.
    unsafe {
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

/// Creates the wake pipe (once).
fn install_pipe() {
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

extern "C" fn on_signal(signum: libc::c_int) {
    if (1..=64).contains(&signum) {
        PENDING.fetch_or(1 << (signum - 1), Ordering::SeqCst);
    }
    wake();
}

/// What the process does on a signal, as far as the C library sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Default,
    Ignore,
    /// Ctrl-C's flag: the next safe point raises KeyboardInterrupt.
    Interrupt,
    /// Marked pending for a Python handler.
    Python,
    /// Something this process did not install (an embedding host's own).
    Foreign,
}

/// Installs `disposition` for `signum`. A handler is installed without
/// SA_RESTART, so that a blocking call ends with EINTR and the handler
/// runs at once (PEP 475: the call is then retried).
pub fn set_disposition(signum: libc::c_int, disposition: Disposition) -> std::io::Result<()> {
    let handler = match disposition {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Interrupt => on_sigint as *const () as usize,
        Disposition::Python => on_signal as *const () as usize,
        Disposition::Foreign => return Ok(()),
    };
    if matches!(disposition, Disposition::Interrupt | Disposition::Python) {
        // The wake pipe is what ends a wait early.
        install_pipe();
    }
    // SAFETY: sigaction with a zeroed, then filled, local struct.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler;
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        if libc::sigaction(signum, &action, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The disposition the C library has for `signum` now.
pub fn disposition(signum: libc::c_int) -> Disposition {
    // SAFETY: sigaction only reads into a local struct.
    let current = unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(signum, std::ptr::null(), &mut current) != 0 {
            return Disposition::Foreign;
        }
        current.sa_sigaction
    };
    match current {
        libc::SIG_DFL => Disposition::Default,
        libc::SIG_IGN => Disposition::Ignore,
        h if h == on_sigint as *const () as usize => Disposition::Interrupt,
        h if h == on_signal as *const () as usize => Disposition::Python,
        _ => Disposition::Foreign,
    }
}

/// Whether a signal awaits its Python handler. Cheap enough for every
/// safe point.
#[inline]
pub fn handlers_pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// The signals awaiting their Python handlers, lowest first; clears them.
pub fn take_pending() -> Vec<i32> {
    let bits = PENDING.swap(0, Ordering::SeqCst);
    (1..=64).filter(|n| bits & (1 << (n - 1)) != 0).collect()
}

/// Marks `signum` pending again (a handler that raised leaves the others
/// for the next safe point).
pub fn repend(signum: i32) {
    if (1..=64).contains(&signum) {
        PENDING.fetch_or(1 << (signum - 1), Ordering::SeqCst);
    }
}

/// Whether anything awaits the interpreter: Ctrl-C or a Python handler.
pub fn anything_pending() -> bool {
    interrupt_pending() || handlers_pending()
}

/// Sleeps until a signal with a Python handler (or Ctrl-C) arrives: the
/// handlers run in the interpreter's thread, which the C library may not
/// pick to deliver the signal to, so the wake pipe, not EINTR, ends it.
pub fn pause() {
    install_pipe();
    while !anything_pending() {
        wait_for_wake(None);
    }
}

/// Waits until `fd` is ready for `events` (poll flags) or a signal awaits
/// the interpreter (false), for at most `timeout_ms` (-1: no limit).
pub fn wait_fd(fd: libc::c_int, events: libc::c_short, timeout_ms: i32) -> bool {
    let wake = WAKE_READ.load(Ordering::SeqCst);
    if anything_pending() {
        return false;
    }
    let mut fds = [
        libc::pollfd {
            fd,
            events,
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
        if libc::poll(fds.as_mut_ptr(), count, timeout_ms) < 0 {
            return false;
        }
        if count == 2 && fds[1].revents != 0 {
            let mut buf = [0u8; 64];
            while libc::read(wake, buf.as_mut_ptr().cast(), buf.len()) > 0 {}
        }
    }
    fds[0].revents != 0 && !anything_pending()
}

/// Empties the wake pipe, for a wait that polls it beside other
/// descriptors (`wake_fd`).
pub fn drain_wake() {
    let fd = WAKE_READ.load(Ordering::SeqCst);
    if fd >= 0 {
        let mut buf = [0u8; 64];
        // SAFETY: reads into a local buffer from a non-blocking pipe.
        while unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
    }
}

/// Blocks the catchable signals in the calling thread, which only waits
/// for the interpreter's: a signal the process sends itself (`os.kill`)
/// then reaches the interpreter's thread before the call returns, as it
/// reaches CPython's only thread, and its handler runs at once.
pub fn leave_to_other_threads() {
    // SAFETY: sigfillset/pthread_sigmask on a local set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for sync in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL] {
            libc::sigdelset(&mut set, sync);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}
