//! The loop's selector: file descriptors watched for reading and writing,
//! each with the handle to queue when it is ready
//! (`selector_events.BaseSelectorEventLoop._add_reader` / `_process_events`).
//!
//! On Linux this is epoll, as CPython's `selectors.DefaultSelector` is there,
//! so descriptors that become ready together are reported in the kernel's
//! order, the order CPython sees. Level-triggered, like `EpollSelector`.
//! Elsewhere it falls back to `poll(2)` in registration order.
//!
//! The wake pipe of `crate::signals` is watched too, so that Ctrl-C ends a
//! wait on I/O as it ends a wait on timers.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::events::Handle;

/// What is registered for one descriptor: the handles to queue when it can
/// be read or written (`key.data` = `(reader, writer)`).
#[derive(Default, Clone)]
pub struct Registration {
    pub reader: Option<Rc<Handle>>,
    pub writer: Option<Rc<Handle>>,
}

/// One ready descriptor: which of the registered events fired.
pub struct Ready {
    pub fd: i32,
    pub readable: bool,
    pub writable: bool,
}

/// The key under which the wake pipe is registered.
const WAKE_KEY: u64 = u64::MAX;

pub struct Selector {
    /// The epoll descriptor, made on first registration (-1 until then).
    #[cfg(target_os = "linux")]
    epfd: Cell<i32>,
    keys: RefCell<HashMap<i32, Registration>>,
    /// For the poll(2) fallback: registration order.
    #[cfg(not(target_os = "linux"))]
    order: RefCell<Vec<i32>>,
    closed: Cell<bool>,
}

impl Default for Selector {
    fn default() -> Self {
        Selector::new()
    }
}

fn last_error() -> std::io::Error {
    std::io::Error::last_os_error()
}

impl Selector {
    pub fn new() -> Selector {
        Selector {
            #[cfg(target_os = "linux")]
            epfd: Cell::new(-1),
            keys: RefCell::new(HashMap::new()),
            #[cfg(not(target_os = "linux"))]
            order: RefCell::new(Vec::new()),
            closed: Cell::new(false),
        }
    }

    /// Nothing is watched: the loop waits on timers alone.
    pub fn is_empty(&self) -> bool {
        self.keys.borrow().is_empty()
    }

    /// The handles registered for `fd` (`selector.get_key(fd).data`).
    pub fn get(&self, fd: i32) -> Option<Registration> {
        self.keys.borrow().get(&fd).cloned()
    }

    /// Watches `fd` for reading (`read`) or writing with `handle`; the
    /// handle it replaces, which the caller cancels.
    pub fn add(
        &self,
        fd: i32,
        read: bool,
        handle: Rc<Handle>,
    ) -> std::io::Result<Option<Rc<Handle>>> {
        let mut keys = self.keys.borrow_mut();
        let existing = keys.get(&fd).cloned();
        let mut reg = existing.clone().unwrap_or_default();
        let old = if read {
            reg.reader.replace(handle)
        } else {
            reg.writer.replace(handle)
        };
        self.os_register(fd, &reg, existing.is_some())?;
        keys.insert(fd, reg);
        #[cfg(not(target_os = "linux"))]
        if existing.is_none() {
            self.order.borrow_mut().push(fd);
        }
        Ok(old)
    }

    /// Stops watching `fd` for reading (`read`) or writing; the handle that
    /// was registered, which the caller cancels.
    pub fn remove(&self, fd: i32, read: bool) -> Option<Rc<Handle>> {
        let mut keys = self.keys.borrow_mut();
        let reg = keys.get_mut(&fd)?;
        let old = if read {
            reg.reader.take()
        } else {
            reg.writer.take()
        };
        let reg = reg.clone();
        if reg.reader.is_none() && reg.writer.is_none() {
            keys.remove(&fd);
            self.os_unregister(fd);
            #[cfg(not(target_os = "linux"))]
            self.order.borrow_mut().retain(|&f| f != fd);
        } else {
            // A descriptor closed meanwhile makes this fail; the entry is
            // then stale, as it would be in CPython's selector.
            let _ = self.os_register(fd, &reg, true);
        }
        old
    }

    /// `selector.close()` (the loop is closing): every registration goes.
    pub fn close(&self) {
        let keys = std::mem::take(&mut *self.keys.borrow_mut());
        self.closed.set(true);
        #[cfg(target_os = "linux")]
        {
            let fd = self.epfd.replace(-1);
            if fd >= 0 {
                // SAFETY: closing the epoll descriptor this selector owns.
                unsafe { libc::close(fd) };
            }
        }
        drop(keys);
    }

    /// Waits at most `timeout` seconds (None: until something is ready or
    /// the wake pipe is written) and appends what is ready to `out`.
    pub fn select(&self, timeout: Option<f64>, out: &mut Vec<Ready>) {
        let ms = match timeout {
            None => -1,
            Some(t) if t <= 0.0 => 0,
            Some(t) => (t * 1e3).ceil().min(i32::MAX as f64) as i32,
        };
        self.os_select(ms, out);
    }
}

fn drain_wake(fd: i32) {
    let mut buf = [0u8; 64];
    // SAFETY: reads into a local buffer from the non-blocking wake pipe.
    while unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
}

#[cfg(target_os = "linux")]
impl Selector {
    fn epoll(&self) -> std::io::Result<i32> {
        if self.epfd.get() >= 0 {
            return Ok(self.epfd.get());
        }
        // SAFETY: plain system calls.
        let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        if fd < 0 {
            return Err(last_error());
        }
        self.epfd.set(fd);
        if let Some(wake) = crate::signals::wake_fd() {
            let mut ev = libc::epoll_event {
                events: libc::EPOLLIN as u32,
                u64: WAKE_KEY,
            };
            // SAFETY: a valid epoll descriptor and event.
            unsafe { libc::epoll_ctl(fd, libc::EPOLL_CTL_ADD, wake, &mut ev) };
        }
        Ok(fd)
    }

    fn os_register(&self, fd: i32, reg: &Registration, modify: bool) -> std::io::Result<()> {
        let epfd = self.epoll()?;
        let mut events = 0u32;
        if reg.reader.is_some() {
            events |= libc::EPOLLIN as u32;
        }
        if reg.writer.is_some() {
            events |= libc::EPOLLOUT as u32;
        }
        let mut ev = libc::epoll_event {
            events,
            u64: fd as u64,
        };
        let op = if modify {
            libc::EPOLL_CTL_MOD
        } else {
            libc::EPOLL_CTL_ADD
        };
        // SAFETY: a valid epoll descriptor and event.
        if unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) } < 0 {
            let err = last_error();
            // The descriptor was closed while registered and its number
            // reused: epoll forgot it, so add it afresh.
            if modify && err.raw_os_error() == Some(libc::ENOENT) {
                // SAFETY: as above.
                if unsafe { libc::epoll_ctl(epfd, libc::EPOLL_CTL_ADD, fd, &mut ev) } == 0 {
                    return Ok(());
                }
            }
            return Err(last_error());
        }
        Ok(())
    }

    fn os_unregister(&self, fd: i32) {
        let epfd = self.epfd.get();
        if epfd >= 0 {
            let mut ev = libc::epoll_event { events: 0, u64: 0 };
            // SAFETY: a valid epoll descriptor; a closed fd only fails.
            unsafe { libc::epoll_ctl(epfd, libc::EPOLL_CTL_DEL, fd, &mut ev) };
        }
    }

    fn os_select(&self, ms: i32, out: &mut Vec<Ready>) {
        let Ok(epfd) = self.epoll() else { return };
        let max = (self.keys.borrow().len() + 1).clamp(1, 4096);
        let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; max];
        // SAFETY: `events` has room for `max` entries.
        let n = unsafe { libc::epoll_wait(epfd, events.as_mut_ptr(), max as i32, ms) };
        if n <= 0 {
            // EINTR (Ctrl-C): the loop checks the flag.
            return;
        }
        for ev in &events[..n as usize] {
            let key = ev.u64;
            if key == WAKE_KEY {
                if let Some(wake) = crate::signals::wake_fd() {
                    drain_wake(wake);
                }
                continue;
            }
            let bits = ev.events;
            // `EpollSelector.select`: an error or hang-up counts as both.
            out.push(Ready {
                fd: key as i32,
                readable: bits & !(libc::EPOLLOUT as u32) != 0,
                writable: bits & !(libc::EPOLLIN as u32) != 0,
            });
        }
    }
}

#[cfg(not(target_os = "linux"))]
impl Selector {
    fn os_register(&self, _fd: i32, _reg: &Registration, _modify: bool) -> std::io::Result<()> {
        Ok(())
    }

    fn os_unregister(&self, _fd: i32) {}

    fn os_select(&self, ms: i32, out: &mut Vec<Ready>) {
        let keys = self.keys.borrow();
        let order = self.order.borrow();
        let mut fds: Vec<libc::pollfd> = order
            .iter()
            .map(|fd| {
                let reg = &keys[fd];
                let mut events = 0;
                if reg.reader.is_some() {
                    events |= libc::POLLIN;
                }
                if reg.writer.is_some() {
                    events |= libc::POLLOUT;
                }
                libc::pollfd {
                    fd: *fd,
                    events,
                    revents: 0,
                }
            })
            .collect();
        drop((keys, order));
        let wake = crate::signals::wake_fd();
        if let Some(w) = wake {
            fds.push(libc::pollfd {
                fd: w,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        // SAFETY: `fds` holds valid pollfds.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as _, ms) };
        if n <= 0 {
            return;
        }
        for p in fds {
            if p.revents == 0 {
                continue;
            }
            if Some(p.fd) == wake {
                drain_wake(p.fd);
                continue;
            }
            out.push(Ready {
                fd: p.fd,
                readable: p.revents & !libc::POLLOUT != 0,
                writable: p.revents & !libc::POLLIN != 0,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asyncio::events::Callback;

    fn handle() -> Rc<Handle> {
        Handle::new(Callback::Native(Rc::new(|_| Ok(()))))
    }

    fn pipe() -> (i32, i32) {
        let mut fds = [0; 2];
        // SAFETY: a local array for the two descriptors.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        (fds[0], fds[1])
    }

    #[test]
    fn reports_what_is_ready_and_forgets_what_is_removed() {
        let sel = Selector::new();
        let (r, w) = pipe();
        assert!(sel.is_empty());
        assert!(sel.add(r, true, handle()).unwrap().is_none());
        assert!(sel.add(w, false, handle()).unwrap().is_none());
        let mut out = Vec::new();
        sel.select(Some(0.0), &mut out);
        // Only the write end is ready: the pipe is empty.
        assert_eq!(out.len(), 1);
        assert!(out[0].fd == w && out[0].writable);
        // SAFETY: writes one byte from a static buffer.
        unsafe { libc::write(w, b"x".as_ptr().cast(), 1) };
        out.clear();
        sel.select(Some(1.0), &mut out);
        assert!(out.iter().any(|e| e.fd == r && e.readable));
        // Replacing a reader hands back the old handle.
        assert!(sel.add(r, true, handle()).unwrap().is_some());
        assert!(sel.remove(r, true).is_some());
        assert!(sel.remove(r, true).is_none());
        assert!(sel.remove(w, false).is_some());
        assert!(sel.is_empty());
        sel.close();
        // SAFETY: closing the pipe made above.
        unsafe {
            libc::close(r);
            libc::close(w);
        }
    }

    #[test]
    fn a_descriptor_that_is_not_open_is_refused() {
        let sel = Selector::new();
        assert!(sel.add(1_000_000, true, handle()).is_err());
        assert!(sel.is_empty());
    }
}
