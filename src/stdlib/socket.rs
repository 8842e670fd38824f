//! The `socket` and `selectors` modules: `socket.py`/`selectors.py` (in
//! `py/`) hold the classes; this file holds the system calls they make on
//! file descriptors, as CPython's `socket.py` sits over `_socket`.
//!
//! Blocking follows the socket's timeout, as `sock_call_ex` in CPython's
//! `Modules/socketmodule.c` does: None blocks (the descriptor is in
//! blocking mode), 0.0 never waits (BlockingIOError), a positive timeout
//! waits that long for readiness and then raises TimeoutError('timed out').
//! Every wait also watches the wake pipe, so Ctrl-C ends it.
//!
//! Host names are resolved by the Python side before an address reaches
//! these functions: here a host is always a numeric address.

use std::mem::{size_of, zeroed};
use std::net::{Ipv4Addr, Ipv6Addr};
use std::rc::Rc;

use crate::interp::capabilities::Capability;
use crate::interp::Vm;
use crate::object::bytes::{bytes_like, new_bytes};
use crate::object::{types, Args, Globals, PyErr, PyResult, Value};

pub fn make_socket(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "socket",
        include_str!("py/socket.py"),
        natives("socket"),
    )
}

pub fn make_selectors(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "selectors",
        include_str!("py/selectors.py"),
        vec![super::native("selectors", "_poll", poll)],
    )
}

fn natives(m: &'static str) -> Vec<(&'static str, Value)> {
    let n = |name, f| super::native(m, name, f);
    vec![
        n("_open", open),
        n("_info", info),
        n("_close", close),
        n("_dup", dup),
        n("_set_blocking", set_blocking),
        n("_bind", bind),
        n("_listen", listen),
        n("_accept", accept),
        n("_connect", connect),
        n("_send", send),
        n("_sendall", sendall),
        n("_sendto", sendto),
        n("_recv", recv),
        n("_recvfrom", recvfrom),
        n("_shutdown", shutdown),
        n("_getsockname", getsockname),
        n("_getpeername", getpeername),
        n("_setsockopt", setsockopt),
        n("_getsockopt", getsockopt),
        n("_socketpair", socketpair),
        n("_getaddrinfo", getaddrinfo),
        n("_gai_strerror", gai_strerror),
        n("_gethostname", gethostname),
        n("_strerror", strerror),
        n("_is_socket_file", is_socket_file),
    ]
}

fn network(vm: &Vm, what: &str) -> PyResult<()> {
    vm.require(Capability::Network, what)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn os_error(errno: i32) -> Box<PyErr> {
    PyErr::from_io(&std::io::Error::from_raw_os_error(errno), None)
}

fn arg(args: &Args, i: usize) -> PyResult<&Value> {
    args.positional
        .get(i)
        .ok_or_else(|| PyErr::type_error("socket: missing argument"))
}

fn int(args: &Args, i: usize) -> PyResult<i64> {
    index(arg(args, i)?)
}

/// An int argument, an `IntEnum` member (`AF_INET`) included.
fn index(v: &Value) -> PyResult<i64> {
    crate::object::methods::as_index(crate::object::class::payload(v).unwrap_or(v))
}

fn fd(args: &Args) -> PyResult<i32> {
    let fd = int(args, 0)?;
    if fd < 0 {
        // What a call on a closed socket raises ([Errno 9] Bad file descriptor).
        return Err(os_error(libc::EBADF));
    }
    Ok(fd as i32)
}

/// A socket's timeout argument: None (block) or seconds.
fn timeout(args: &Args, i: usize) -> PyResult<Option<f64>> {
    match arg(args, i)? {
        Value::None => Ok(None),
        v => crate::object::ops::to_f64(v)
            .map(Some)
            .ok_or_else(|| PyErr::type_error("timeout must be a number")),
    }
}

fn data(v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => b,
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))),
    }
}

/// Waits until `fd` can be read (or written), as `sock_call_ex` does
/// before retrying a call that would block: not at all for a non-blocking
/// socket, at most `timeout` seconds for a timed one. Ctrl-C ends it.
fn wait_fd(vm: &Vm, fd: i32, write: bool, timeout: Option<f64>) -> PyResult<()> {
    if timeout == Some(0.0) {
        return Ok(());
    }
    let deadline =
        timeout.map(|t| std::time::Instant::now() + std::time::Duration::from_secs_f64(t.max(0.0)));
    let wake = crate::signals::wake_fd();
    loop {
        vm.check_interrupt()?;
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    return Err(PyErr::new(&types::TIMEOUT_ERROR, "timed out"));
                }
                (left.as_secs_f64() * 1e3).ceil().min(i32::MAX as f64) as i32
            }
        };
        let mut fds = [
            libc::pollfd {
                fd,
                events: if write { libc::POLLOUT } else { libc::POLLIN },
                revents: 0,
            },
            libc::pollfd {
                fd: wake.unwrap_or(-1),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let count = if wake.is_some() { 2 } else { 1 };
        // SAFETY: `fds` holds `count` valid pollfds.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), count, ms) };
        if n < 0 {
            continue;
        }
        if fds[0].revents != 0 {
            return Ok(());
        }
        if count == 2 && fds[1].revents != 0 {
            let mut buf = [0u8; 64];
            // SAFETY: drains the non-blocking wake pipe into a local buffer.
            while unsafe { libc::read(fds[1].fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
        }
    }
}

/// Runs `call` until it stops failing with EINTR or (for a socket with a
/// timeout) with EAGAIN, waiting for readiness first.
fn io_call(
    vm: &Vm,
    fd: i32,
    write: bool,
    timeout: Option<f64>,
    mut call: impl FnMut() -> isize,
) -> PyResult<isize> {
    loop {
        wait_fd(vm, fd, write, timeout)?;
        let r = call();
        if r >= 0 {
            return Ok(r);
        }
        let e = errno();
        if e == libc::EINTR {
            vm.check_interrupt()?;
            continue;
        }
        if (e == libc::EAGAIN || e == libc::EWOULDBLOCK) && timeout != Some(0.0) {
            continue;
        }
        return Err(os_error(e));
    }
}

// ---------------------------------------------------------------------------
// Addresses.

/// A `sockaddr` for `family` from a Python address whose host is numeric.
fn sockaddr(family: i32, addr: &Value) -> PyResult<(libc::sockaddr_storage, libc::socklen_t)> {
    // SAFETY: an all-zero sockaddr_storage is a valid empty address.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    match family {
        libc::AF_INET | libc::AF_INET6 => {
            let Value::Tuple(t) = addr else {
                return Err(PyErr::type_error("address must be a tuple"));
            };
            let host = match t.first() {
                Some(Value::Str(s)) => s.to_string(),
                _ => return Err(PyErr::type_error("str expected for the host")),
            };
            let port = index(t.get(1).unwrap_or(&Value::None))?;
            let port = u16::try_from(port)
                .map_err(|_| PyErr::new(&types::OVERFLOW_ERROR, "port must be 0-65535."))?;
            if family == libc::AF_INET {
                let ip: Ipv4Addr = host
                    .parse()
                    .map_err(|_| gai_error_value(libc::EAI_NONAME))?;
                // SAFETY: sockaddr_storage is large enough for sockaddr_in.
                let sin = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_in) };
                sin.sin_family = libc::AF_INET as libc::sa_family_t;
                sin.sin_port = port.to_be();
                sin.sin_addr.s_addr = u32::from(ip).to_be();
                Ok((storage, size_of::<libc::sockaddr_in>() as libc::socklen_t))
            } else {
                let host = host.split('%').next().unwrap_or("").to_string();
                let ip: Ipv6Addr = host
                    .parse()
                    .map_err(|_| gai_error_value(libc::EAI_NONAME))?;
                let flow = match t.get(2) {
                    Some(v) => index(v)? as u32,
                    None => 0,
                };
                let scope = match t.get(3) {
                    Some(v) => index(v)? as u32,
                    None => 0,
                };
                // SAFETY: sockaddr_storage is large enough for sockaddr_in6.
                let sin6 = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_in6) };
                sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                sin6.sin6_port = port.to_be();
                sin6.sin6_addr.s6_addr = ip.octets();
                sin6.sin6_flowinfo = flow;
                sin6.sin6_scope_id = scope;
                Ok((storage, size_of::<libc::sockaddr_in6>() as libc::socklen_t))
            }
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = match addr {
                Value::Str(s) => s.as_bytes().to_vec(),
                other => match bytes_like(other) {
                    Some(b) => b?,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            other.type_name()
                        )))
                    }
                },
            };
            // SAFETY: sockaddr_storage is large enough for sockaddr_un.
            let sun = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(PyErr::new(&types::OS_ERROR, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (dst, src) in sun.sun_path.iter_mut().zip(&path) {
                *dst = *src as libc::c_char;
            }
            let base = size_of::<libc::sa_family_t>();
            // An abstract name (leading NUL) is exactly its length; a path
            // ends with its NUL.
            let len = if path.first() == Some(&0) {
                base + path.len()
            } else {
                base + path.len() + 1
            };
            Ok((storage, len as libc::socklen_t))
        }
        _ => Err(PyErr::new(&types::OS_ERROR, "unsupported address family")),
    }
}

/// The Python form of a `sockaddr` (`makesockaddr`).
fn address(storage: &libc::sockaddr_storage, len: libc::socklen_t) -> Value {
    match storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says it is a sockaddr_in.
            let sin = unsafe { &*(storage as *const _ as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Value::tuple(vec![
                Value::str(&ip.to_string()),
                Value::Int(u16::from_be(sin.sin_port) as i64),
            ])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says it is a sockaddr_in6.
            let sin6 = unsafe { &*(storage as *const _ as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            Value::tuple(vec![
                Value::str(&ip.to_string()),
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(sin6.sin6_flowinfo as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says it is a sockaddr_un.
            let sun = unsafe { &*(storage as *const _ as *const libc::sockaddr_un) };
            let base = size_of::<libc::sa_family_t>();
            let n = (len as usize).saturating_sub(base).min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            if raw.first() == Some(&0) {
                return new_bytes(raw);
            }
            let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
            Value::str(&String::from_utf8_lossy(&raw[..end]))
        }
        // An unconnected socket of a family with no address yet.
        0 => Value::None,
        other => Value::tuple(vec![Value::Int(other as i64), new_bytes(Vec::new())]),
    }
}

/// `socket.gaierror(code, message)` raised from Rust: a plain OSError
/// with the gaierror's errno and message, which the Python side turns
/// into a `gaierror`.
fn gai_error_value(code: i32) -> Box<PyErr> {
    PyErr::with_args(
        &types::OS_ERROR,
        vec![Value::Int(code as i64), Value::str(&gai_message(code))],
    )
}

fn gai_message(code: i32) -> String {
    // SAFETY: gai_strerror returns a static message for any code.
    unsafe { std::ffi::CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned()
}

// ---------------------------------------------------------------------------
// The calls.

fn open(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.socket()")?;
    let (family, kind, proto) = (int(&args, 0)?, int(&args, 1)?, int(&args, 2)?);
    // SAFETY: plain system call.
    let fd = unsafe {
        libc::socket(
            family as i32,
            kind as i32 | libc::SOCK_CLOEXEC,
            proto as i32,
        )
    };
    if fd < 0 {
        return Err(os_error(errno()));
    }
    Ok(Value::Int(fd as i64))
}

fn sockopt_int(fd: i32, level: i32, opt: i32) -> Result<i32, i32> {
    let mut v: libc::c_int = 0;
    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` has room for an int.
    let r = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            (&mut v as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    if r < 0 {
        Err(errno())
    } else {
        Ok(v)
    }
}

/// `_info(fd)`: `(family, type, proto)` of an existing socket descriptor.
fn info(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.socket(fileno=...)")?;
    let fd = fd(&args)?;
    let kind = sockopt_int(fd, libc::SOL_SOCKET, libc::SO_TYPE).map_err(os_error)?;
    #[cfg(target_os = "linux")]
    let (family, proto) = (
        sockopt_int(fd, libc::SOL_SOCKET, libc::SO_DOMAIN).map_err(os_error)?,
        sockopt_int(fd, libc::SOL_SOCKET, libc::SO_PROTOCOL).map_err(os_error)?,
    );
    #[cfg(not(target_os = "linux"))]
    let (family, proto) = {
        // SAFETY: an all-zero storage is valid for getsockname to fill.
        let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
        let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        unsafe {
            libc::getsockname(
                fd,
                (&mut storage as *mut _ as *mut libc::sockaddr),
                &mut len,
            )
        };
        (storage.ss_family as i32, 0)
    };
    Ok(Value::tuple(vec![
        Value::Int(family as i64),
        Value::Int(kind as i64),
        Value::Int(proto as i64),
    ]))
}

fn close(_vm: &Vm, args: Args) -> PyResult {
    let fd = int(&args, 0)?;
    if fd >= 0 {
        // SAFETY: closing a descriptor the socket object owns.
        if unsafe { libc::close(fd as i32) } < 0 {
            let e = errno();
            // ECONNRESET on close is ignored, as CPython does.
            if e != libc::ECONNRESET && e != libc::EINTR {
                return Err(os_error(e));
            }
        }
    }
    Ok(Value::None)
}

fn dup(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.dup()")?;
    let fd = fd(&args)?;
    // SAFETY: plain system call.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(os_error(errno()));
    }
    Ok(Value::Int(new as i64))
}

fn set_blocking(_vm: &Vm, args: Args) -> PyResult {
    let fd = fd(&args)?;
    let blocking = matches!(arg(&args, 1)?, Value::Bool(true));
    // SAFETY: plain fcntl calls.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            return Err(os_error(errno()));
        }
        let flags = if blocking {
            flags & !libc::O_NONBLOCK
        } else {
            flags | libc::O_NONBLOCK
        };
        if libc::fcntl(fd, libc::F_SETFL, flags) < 0 {
            return Err(os_error(errno()));
        }
    }
    Ok(Value::None)
}

fn bind(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.bind()")?;
    let fd = fd(&args)?;
    let (sa, len) = sockaddr(int(&args, 1)? as i32, arg(&args, 2)?)?;
    // SAFETY: `sa` is a valid address of `len` bytes.
    if unsafe { libc::bind(fd, (&sa as *const libc::sockaddr_storage).cast(), len) } < 0 {
        return Err(os_error(errno()));
    }
    Ok(Value::None)
}

fn listen(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.listen()")?;
    let fd = fd(&args)?;
    let backlog = int(&args, 1)?.clamp(0, i32::MAX as i64) as i32;
    // SAFETY: plain system call.
    if unsafe { libc::listen(fd, backlog) } < 0 {
        return Err(os_error(errno()));
    }
    Ok(Value::None)
}

/// `_accept(fd, timeout)`: `(new_fd, address)`.
fn accept(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.accept()")?;
    let fd = fd(&args)?;
    let timeout = timeout(&args, 1)?;
    // SAFETY: an all-zero storage is valid for accept to fill.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let new = io_call(vm, fd, false, timeout, || {
        len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `storage` has room for `len` bytes.
        unsafe {
            libc::accept4(
                fd,
                (&mut storage as *mut libc::sockaddr_storage).cast(),
                &mut len,
                libc::SOCK_CLOEXEC,
            ) as isize
        }
    })?;
    Ok(Value::tuple(vec![
        Value::Int(new as i64),
        address(&storage, len),
    ]))
}

/// `_connect(fd, family, address, timeout)`: 0 or the errno the connection
/// failed with (`connect_ex`); a timed socket waits for the connection.
fn connect(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.connect()")?;
    let fd = fd(&args)?;
    let (sa, len) = sockaddr(int(&args, 1)? as i32, arg(&args, 2)?)?;
    let timeout = timeout(&args, 3)?;
    // SAFETY: `sa` is a valid address of `len` bytes.
    let r = unsafe { libc::connect(fd, (&sa as *const libc::sockaddr_storage).cast(), len) };
    if r == 0 {
        return Ok(Value::Int(0));
    }
    let e = errno();
    let in_progress = e == libc::EINPROGRESS || e == libc::EINTR;
    if !in_progress || timeout == Some(0.0) {
        return Ok(Value::Int(e as i64));
    }
    // A blocking connect interrupted, or a timed one under way: wait for
    // it to end, then read its outcome.
    wait_fd(vm, fd, true, timeout)?;
    let e = sockopt_int(fd, libc::SOL_SOCKET, libc::SO_ERROR).map_err(os_error)?;
    Ok(Value::Int(e as i64))
}

/// `_send(fd, data, flags, timeout)`: the count sent.
fn send(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.send()")?;
    let fd = fd(&args)?;
    let buf = data(arg(&args, 1)?)?;
    let flags = int(&args, 2)? as i32 | libc::MSG_NOSIGNAL;
    let timeout = timeout(&args, 3)?;
    let n = io_call(vm, fd, true, timeout, || {
        // SAFETY: `buf` is valid for its length.
        unsafe { libc::send(fd, buf.as_ptr().cast(), buf.len(), flags) }
    })?;
    Ok(Value::Int(n as i64))
}

/// `_sendall(fd, data, flags, timeout)`: sends everything, waiting as
/// needed (the timeout applies to the whole call, as in CPython).
fn sendall(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.sendall()")?;
    let fd = fd(&args)?;
    let buf = data(arg(&args, 1)?)?;
    let flags = int(&args, 2)? as i32 | libc::MSG_NOSIGNAL;
    let timeout = timeout(&args, 3)?;
    let start = std::time::Instant::now();
    let mut sent = 0;
    while sent < buf.len() {
        let left = match timeout {
            Some(t) if t > 0.0 => {
                let left = t - start.elapsed().as_secs_f64();
                if left <= 0.0 {
                    return Err(PyErr::new(&types::TIMEOUT_ERROR, "timed out"));
                }
                Some(left)
            }
            other => other,
        };
        let rest = &buf[sent..];
        let n = io_call(vm, fd, true, left, || {
            // SAFETY: `rest` is valid for its length.
            unsafe { libc::send(fd, rest.as_ptr().cast(), rest.len(), flags) }
        })?;
        sent += n as usize;
    }
    Ok(Value::None)
}

/// `_sendto(fd, data, flags, family, address, timeout)`.
fn sendto(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.sendto()")?;
    let fd = fd(&args)?;
    let buf = data(arg(&args, 1)?)?;
    let flags = int(&args, 2)? as i32 | libc::MSG_NOSIGNAL;
    let (sa, len) = sockaddr(int(&args, 3)? as i32, arg(&args, 4)?)?;
    let timeout = timeout(&args, 5)?;
    let n = io_call(vm, fd, true, timeout, || {
        // SAFETY: `buf` and `sa` are valid for their lengths.
        unsafe {
            libc::sendto(
                fd,
                buf.as_ptr().cast(),
                buf.len(),
                flags,
                (&sa as *const libc::sockaddr_storage).cast(),
                len,
            )
        }
    })?;
    Ok(Value::Int(n as i64))
}

fn recv_size(args: &Args) -> PyResult<usize> {
    let n = int(args, 1)?;
    if n < 0 {
        return Err(PyErr::value_error("negative buffersize in recv"));
    }
    Ok(n as usize)
}

/// `_recv(fd, bufsize, flags, timeout)`: the bytes read (b'' at end of
/// stream).
fn recv(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.recv()")?;
    let fd = fd(&args)?;
    let size = recv_size(&args)?;
    let flags = int(&args, 2)? as i32;
    let timeout = timeout(&args, 3)?;
    let mut buf = Vec::new();
    crate::object::alloc::reserve(&mut buf, size)?;
    buf.resize(size, 0);
    let n = io_call(vm, fd, false, timeout, || {
        // SAFETY: `buf` has room for `size` bytes.
        unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), size, flags) }
    })?;
    buf.truncate(n as usize);
    Ok(new_bytes(buf))
}

/// `_recvfrom(fd, bufsize, flags, timeout)`: `(bytes, address)`.
fn recvfrom(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.recvfrom()")?;
    let fd = fd(&args)?;
    let size = recv_size(&args)?;
    let flags = int(&args, 2)? as i32;
    let timeout = timeout(&args, 3)?;
    let mut buf = vec![0u8; size];
    // SAFETY: an all-zero storage is valid for recvfrom to fill.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let n = io_call(vm, fd, false, timeout, || {
        len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `buf` and `storage` have room for their lengths.
        unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr().cast(),
                size,
                flags,
                (&mut storage as *mut libc::sockaddr_storage).cast(),
                &mut len,
            )
        }
    })?;
    buf.truncate(n as usize);
    Ok(Value::tuple(vec![new_bytes(buf), address(&storage, len)]))
}

fn shutdown(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.shutdown()")?;
    let fd = fd(&args)?;
    let how = int(&args, 1)? as i32;
    // SAFETY: plain system call.
    if unsafe { libc::shutdown(fd, how) } < 0 {
        return Err(os_error(errno()));
    }
    Ok(Value::None)
}

fn name_of(
    args: &Args,
    call: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult {
    let fd = fd(args)?;
    // SAFETY: an all-zero storage is valid for the call to fill.
    let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: `storage` has room for `len` bytes.
    if unsafe {
        call(
            fd,
            (&mut storage as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    } < 0
    {
        return Err(os_error(errno()));
    }
    Ok(address(&storage, len))
}

fn getsockname(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.getsockname()")?;
    name_of(&args, libc::getsockname)
}

fn getpeername(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.getpeername()")?;
    name_of(&args, libc::getpeername)
}

/// `_setsockopt(fd, level, option, value)`: an int or a bytes-like value.
fn setsockopt(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.setsockopt()")?;
    let fd = fd(&args)?;
    let (level, opt) = (int(&args, 1)? as i32, int(&args, 2)? as i32);
    let value = arg(&args, 3)?;
    let bytes = match index(value) {
        Ok(v) => (v as libc::c_int).to_ne_bytes().to_vec(),
        Err(_) => data(value)?,
    };
    // SAFETY: `bytes` is valid for its length.
    let r = unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            bytes.as_ptr().cast(),
            bytes.len() as libc::socklen_t,
        )
    };
    if r < 0 {
        return Err(os_error(errno()));
    }
    Ok(Value::None)
}

/// `_getsockopt(fd, level, option, buflen)`: an int, or with a buflen the
/// raw bytes.
fn getsockopt(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.getsockopt()")?;
    let fd = fd(&args)?;
    let (level, opt) = (int(&args, 1)? as i32, int(&args, 2)? as i32);
    match arg(&args, 3)? {
        Value::None => sockopt_int(fd, level, opt)
            .map(|v| Value::Int(v as i64))
            .map_err(os_error),
        n => {
            let n = index(n)?;
            if !(0..=1024).contains(&n) {
                return Err(os_error(libc::EINVAL));
            }
            let mut buf = vec![0u8; n as usize];
            let mut len = n as libc::socklen_t;
            // SAFETY: `buf` has room for `len` bytes.
            if unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) } < 0 {
                return Err(os_error(errno()));
            }
            buf.truncate(len as usize);
            Ok(new_bytes(buf))
        }
    }
}

fn socketpair(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.socketpair()")?;
    let (family, kind, proto) = (int(&args, 0)?, int(&args, 1)?, int(&args, 2)?);
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for two descriptors.
    let r = unsafe {
        libc::socketpair(
            family as i32,
            kind as i32 | libc::SOCK_CLOEXEC,
            proto as i32,
            fds.as_mut_ptr(),
        )
    };
    if r < 0 {
        return Err(os_error(errno()));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

/// `_getaddrinfo(host, port, family, type, proto, flags)`: the list of
/// `(family, type, proto, canonname, address)`, or an int: the gai error
/// code, for the Python side to raise as `gaierror`.
fn getaddrinfo(vm: &Vm, args: Args) -> PyResult {
    network(vm, "socket.getaddrinfo()")?;
    let host = match arg(&args, 0)? {
        Value::None => None,
        Value::Str(s) => Some(
            std::ffi::CString::new(s.as_bytes())
                .map_err(|_| PyErr::value_error("embedded null character"))?,
        ),
        other => {
            return Err(PyErr::type_error(format!(
                "getaddrinfo() argument 1 must be string or None, not {}",
                other.type_name()
            )))
        }
    };
    let port = match arg(&args, 1)? {
        Value::None => None,
        Value::Int(n) => Some(std::ffi::CString::new(n.to_string()).expect("digits")),
        Value::Str(s) => Some(
            std::ffi::CString::new(s.as_bytes())
                .map_err(|_| PyErr::value_error("embedded null character"))?,
        ),
        _ => return Err(PyErr::new(&types::OS_ERROR, "Int or String expected")),
    };
    // SAFETY: an all-zero addrinfo is a valid empty hints structure.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = int(&args, 2)? as i32;
    hints.ai_socktype = int(&args, 3)? as i32;
    hints.ai_protocol = int(&args, 4)? as i32;
    hints.ai_flags = int(&args, 5)? as i32;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid C strings (or null) and hints; `res` is freed below.
    let code = unsafe {
        libc::getaddrinfo(
            host.as_ref().map_or(std::ptr::null(), |h| h.as_ptr()),
            port.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if code != 0 {
        return Ok(Value::Int(code as i64));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` walks the list getaddrinfo returned.
        let ai = unsafe { &*p };
        // SAFETY: an all-zero storage, then the entry's address copied in.
        let mut storage: libc::sockaddr_storage = unsafe { zeroed() };
        let len = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        unsafe {
            std::ptr::copy_nonoverlapping(
                ai.ai_addr as *const u8,
                (&mut storage as *mut libc::sockaddr_storage).cast::<u8>(),
                len,
            );
        }
        let canon = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated name from getaddrinfo.
            unsafe { std::ffi::CStr::from_ptr(ai.ai_canonname) }
                .to_string_lossy()
                .into_owned()
        };
        out.push(Value::tuple(vec![
            Value::Int(ai.ai_family as i64),
            Value::Int(ai.ai_socktype as i64),
            Value::Int(ai.ai_protocol as i64),
            Value::str(&canon),
            address(&storage, ai.ai_addrlen),
        ]));
        p = ai.ai_next;
    }
    // SAFETY: the list getaddrinfo allocated.
    unsafe { libc::freeaddrinfo(res) };
    Ok(Value::list(out))
}

fn gai_strerror(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::str(&gai_message(int(&args, 0)? as i32)))
}

fn strerror(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::str(&crate::object::exception::strerror(
        int(&args, 0)? as i32,
    )))
}

fn gethostname(vm: &Vm, _args: Args) -> PyResult {
    network(vm, "socket.gethostname()")?;
    let mut buf = [0u8; 256];
    // SAFETY: `buf` has room for its length.
    if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } < 0 {
        return Err(os_error(errno()));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Ok(Value::str(&String::from_utf8_lossy(&buf[..end])))
}

/// `selectors._poll([(fd, events), ...], timeout)`: `[(fd, revents), ...]`
/// for the ready ones, in the order given (poll(2); POLLIN = 1 and
/// POLLOUT = 4 on every system pyasync runs on). Ctrl-C ends the wait.
fn poll(vm: &Vm, args: Args) -> PyResult {
    let list = vm.collect(arg(&args, 0)?)?;
    let timeout = timeout(&args, 1)?;
    let mut fds = Vec::with_capacity(list.len() + 1);
    for item in &list {
        let pair = vm.collect(item)?;
        let (Some(fd), Some(ev)) = (pair.first(), pair.get(1)) else {
            return Err(PyErr::type_error("_poll() takes (fd, events) pairs"));
        };
        fds.push(libc::pollfd {
            fd: index(fd)? as i32,
            events: index(ev)? as i16,
            revents: 0,
        });
    }
    let wake = crate::signals::wake_fd();
    if let Some(w) = wake {
        fds.push(libc::pollfd {
            fd: w,
            events: libc::POLLIN,
            revents: 0,
        });
    }
    let ms = match timeout {
        None => -1,
        Some(t) if t <= 0.0 => 0,
        Some(t) => (t * 1e3).ceil().min(i32::MAX as f64) as i32,
    };
    vm.check_interrupt()?;
    // SAFETY: `fds` holds valid pollfds.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as _, ms) };
    if n < 0 && errno() != libc::EINTR {
        return Err(os_error(errno()));
    }
    if wake.is_some() {
        let w = fds.pop().expect("pushed above");
        if w.revents != 0 {
            let mut buf = [0u8; 64];
            // SAFETY: drains the non-blocking wake pipe into a local buffer.
            while unsafe { libc::read(w.fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
        }
    }
    vm.check_interrupt()?;
    let mut out = Vec::new();
    if n > 0 {
        for p in fds {
            if p.revents != 0 {
                out.push(Value::tuple(vec![
                    Value::Int(p.fd as i64),
                    Value::Int(p.revents as i64),
                ]));
            }
        }
    }
    Ok(Value::list(out))
}

/// `_is_socket_file(path)`: whether `path` names a Unix socket (a stale
/// one is replaced by `create_unix_server`; nothing else ever is).
fn is_socket_file(vm: &Vm, args: Args) -> PyResult {
    use std::os::unix::fs::FileTypeExt;
    vm.require(Capability::Files, "create_unix_server()")?;
    let Value::Str(path) = arg(&args, 0)? else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(
        std::fs::symlink_metadata(&**path).is_ok_and(|m| m.file_type().is_socket()),
    ))
}
