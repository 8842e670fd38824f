//! Ctrl-C: a SIGINT handler that sets a flag the interpreter checks at
//! safe points (calls, loop iterations, the event loop's wait), where it
//! raises KeyboardInterrupt, and a wake pipe that ends a wait at once.
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static WAKE_READ: AtomicI32 = AtomicI32::new(-1);
static WAKE_WRITE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_sigint(_: libc::c_int) {
    if INTERRUPTED.swap(true, Ordering::SeqCst) {
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
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
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

/// A blocking sleep of `secs` seconds (`time.sleep`) that Ctrl-C ends
/// early, as a signal interrupts CPython's; the caller then raises
/// KeyboardInterrupt where it checks.
pub fn sleep_unless_interrupted(secs: f64) {
    let start = std::time::Instant::now();
    let total = secs.min(1e9);
    loop {
        let left = total - start.elapsed().as_secs_f64();
        if left <= 0.0 || interrupt_pending() {
            return;
        }
        wait_for_wake(Some(left));
    }
}
