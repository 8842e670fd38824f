//! The event loop's processes, pipes and signals: `asyncio.subprocess`
//! (`py/subprocess.py`: pipe transports, the subprocess transport,
//! `Process`, `create_subprocess_exec/shell`, and the loop's
//! `subprocess_exec/shell`, `connect_read/write_pipe` and
//! `add/remove_signal_handler`), over the loop's `add_reader`/`add_writer`
//! and the natives below. A child's exit is noticed through a pidfd,
//! readable once the child ended, so the loop's selector waits for it.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| crate::stdlib::native("asyncio.subprocess", name, func);
    crate::stdlib::exec_module_source(
        vm,
        "asyncio.subprocess",
        include_str!("py/subprocess.py"),
        vec![
            n("_pidfd_open", pidfd_open),
            n("_set_nonblocking", set_nonblocking),
            n("_read_some", read_some),
            n("_write_some", write_some),
        ],
    )
}

/// A loop method written in Python: `name(loop, *args, **kwargs)` in
/// `asyncio.subprocess`.
pub fn loop_method(vm: &Vm, me: &Value, mut args: Args, name: &str) -> PyResult {
    let module = crate::stdlib::import(vm, "asyncio.subprocess")?;
    let func = vm.get_attr(&module, name)?;
    args.positional.insert(0, me.clone());
    vm.call(&func, args)
}

/// A module-level function of `asyncio.subprocess` (`asyncio.X`).
pub fn module_function(vm: &Vm, args: Args, name: &str) -> PyResult {
    let module = crate::stdlib::import(vm, "asyncio.subprocess")?;
    let func = vm.get_attr(&module, name)?;
    vm.call(&func, args)
}

fn int_at(args: &Args, i: usize) -> i64 {
    match args.positional.get(i) {
        Some(Value::Int(n)) => *n,
        _ => -1,
    }
}

fn last_error() -> Box<PyErr> {
    PyErr::from_io(&std::io::Error::last_os_error(), None)
}

/// `_pidfd_open(pid)`: a descriptor readable once the child ended, or
/// None where the kernel has no pidfds.
fn pidfd_open(_vm: &Vm, args: Args) -> PyResult {
    let pid = int_at(&args, 0);
    // SAFETY: the pidfd_open system call with a pid and no flags.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) };
    if fd < 0 {
        return Ok(Value::None);
    }
    // SAFETY: marks the fresh descriptor close-on-exec.
    unsafe { libc::fcntl(fd as i32, libc::F_SETFD, libc::FD_CLOEXEC) };
    Ok(Value::Int(fd))
}

fn set_nonblocking(_vm: &Vm, args: Args) -> PyResult {
    let fd = int_at(&args, 0) as i32;
    // SAFETY: fcntl on a descriptor number.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 || libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) < 0 {
            return Err(last_error());
        }
    }
    Ok(Value::None)
}

/// `_read_some(fd, n)`: what a non-blocking read gives: bytes, b'' at the
/// end, None when nothing is there yet.
fn read_some(_vm: &Vm, args: Args) -> PyResult {
    let fd = int_at(&args, 0) as i32;
    let n = int_at(&args, 1).clamp(1, 1 << 20) as usize;
    let mut buf = vec![0u8; n];
    // SAFETY: read into a buffer of `n` bytes.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return match e.raw_os_error() {
            Some(libc::EAGAIN) | Some(libc::EINTR) => Ok(Value::None),
            _ => Err(PyErr::from_io(&e, None)),
        };
    }
    buf.truncate(r as usize);
    Ok(Value::Bytes(Rc::from(buf)))
}

/// `_write_some(fd, data)`: how much a non-blocking write took (0 when
/// the pipe is full).
fn write_some(_vm: &Vm, args: Args) -> PyResult {
    let fd = int_at(&args, 0) as i32;
    let data: Rc<[u8]> = match args.positional.get(1) {
        Some(Value::Bytes(b)) => b.clone(),
        _ => return Err(PyErr::type_error("_write_some() needs bytes")),
    };
    // SAFETY: write from a live slice.
    let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return match e.raw_os_error() {
            Some(libc::EAGAIN) | Some(libc::EINTR) => Ok(Value::Int(0)),
            _ => Err(PyErr::from_io(&e, None)),
        };
    }
    Ok(Value::Int(r as i64))
}
