//! The `subprocess` module: `py/subprocess.py` (Popen, run and friends)
//! over these natives, which start a program with its standard streams
//! redirected, wait for it, and move bytes through pipes without
//! deadlocking (`Popen._communicate` in CPython polls the pipes the same
//! way). Every call that starts or signals a process needs the Processes
//! capability.

use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::interp::capabilities::Capability;
use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("subprocess", name, func);
    super::exec_module_source(
        vm,
        "subprocess",
        include_str!("py/subprocess.py"),
        vec![
            n("_spawn", spawn),
            n("_wait", wait),
            n("_communicate", communicate),
            n("_pipe", pipe),
            n("_devnull", devnull),
            n("_read", read),
            n("_write", write),
            n("_close", close),
            n("_kill", super::signal::kill),
            n("_now", now),
        ],
    )
}

fn os_error(e: &std::io::Error, filename: Option<&str>) -> Box<PyErr> {
    PyErr::from_io(e, filename.map(Value::str))
}

fn last_error() -> Box<PyErr> {
    os_error(&std::io::Error::last_os_error(), None)
}

fn int_at(args: &Args, i: usize) -> i64 {
    match args.positional.get(i) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        _ => -1,
    }
}

fn str_at(args: &Args, i: usize) -> Option<Rc<str>> {
    match args.positional.get(i) {
        Some(Value::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

fn bytes_at(args: &Args, i: usize) -> Rc<[u8]> {
    match args.positional.get(i) {
        Some(Value::Bytes(b)) => b.clone(),
        _ => Rc::from(&b""[..]),
    }
}

fn strings(v: Option<&Value>) -> PyResult<Option<Vec<Rc<str>>>> {
    let items = match v {
        None | Some(Value::None) => return Ok(None),
        Some(Value::List(l)) => l.borrow().clone(),
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "_spawn: expected a list, not {}",
                other.type_name()
            )))
        }
    };
    items
        .into_iter()
        .map(|v| match v {
            Value::Str(s) if !s.contains('\0') => Ok(s),
            Value::Str(_) => Err(PyErr::value_error("embedded null byte")),
            other => Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            ))),
        })
        .collect::<PyResult<Vec<_>>>()
        .map(Some)
}

/// A child's end of a redirected stream: a copy of `fd` (the caller keeps
/// and closes its own), or the parent's stream for -1.
fn child_stdio(fd: i64) -> PyResult<std::process::Stdio> {
    if fd < 0 {
        return Ok(std::process::Stdio::inherit());
    }
    // SAFETY: dup of a descriptor number; the copy is owned from here on.
    let copy = unsafe { libc::fcntl(fd as i32, libc::F_DUPFD_CLOEXEC, 3) };
    if copy < 0 {
        return Err(last_error());
    }
    // SAFETY: `copy` is a fresh descriptor nothing else owns.
    Ok(std::process::Stdio::from(unsafe {
        OwnedFd::from_raw_fd(copy)
    }))
}

/// `_spawn(argv, executable, cwd, env, stdin, stdout, stderr,
/// start_new_session)`: starts the program and returns its pid. `env` is
/// a list of `(name, value)` pairs or None; a stream is a descriptor the
/// child gets as its own, or -1 for the parent's. A program that cannot
/// be run is the OSError CPython raises, naming the program (or `cwd`
/// when that directory is the problem).
fn spawn(vm: &Vm, args: Args) -> PyResult {
    let Some(argv) = strings(args.positional.first())? else {
        return Err(PyErr::type_error("_spawn: argv must be a list"));
    };
    let executable = str_at(&args, 1);
    let cwd = str_at(&args, 2);
    let program = executable.clone().or_else(|| argv.first().cloned());
    let Some(program) = program else {
        return Err(PyErr::value_error("empty command"));
    };
    vm.require(
        Capability::Processes,
        &format!("subprocess: running {program:?}"),
    )?;
    if let Some(dir) = &cwd {
        match std::fs::metadata(&**dir) {
            Err(e) => return Err(os_error(&e, Some(dir))),
            Ok(m) if !m.is_dir() => {
                return Err(os_error(
                    &std::io::Error::from_raw_os_error(libc::ENOTDIR),
                    Some(dir),
                ))
            }
            Ok(_) => {}
        }
    }
    let mut command = std::process::Command::new(&*program);
    if executable.is_some() {
        if let Some(first) = argv.first() {
            command.arg0(&**first);
        }
    }
    command.args(argv.iter().skip(1).map(|a| &**a));
    if let Some(dir) = &cwd {
        command.current_dir(&**dir);
    }
    if let Some(Value::List(pairs)) = args.positional.get(3) {
        command.env_clear();
        for pair in pairs.borrow().iter() {
            if let Value::Tuple(kv) = pair {
                if let [Value::Str(k), Value::Str(v)] = &kv[..] {
                    command.env(&**k, &**v);
                }
            }
        }
    }
    command.stdin(child_stdio(int_at(&args, 4))?);
    command.stdout(child_stdio(int_at(&args, 5))?);
    command.stderr(child_stdio(int_at(&args, 6))?);
    if int_at(&args, 7) == 1 {
        // SAFETY: setsid(2) is async-signal-safe.
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                Ok(())
            });
        }
    }
    match command.spawn() {
        Ok(child) => Ok(Value::Int(child.id() as i64)),
        Err(e) => Err(os_error(&e, Some(&program))),
    }
}

/// The return code of a wait status: the exit status, or minus the
/// signal that killed the process.
fn returncode(status: libc::c_int) -> i64 {
    if libc::WIFSIGNALED(status) {
        -(libc::WTERMSIG(status) as i64)
    } else if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status) as i64
    } else {
        status as i64
    }
}

/// `waitpid` without blocking: the return code once the child ended.
fn try_wait(pid: i32) -> PyResult<Option<i64>> {
    let mut status = 0;
    // SAFETY: waitpid into a local.
    let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
    match r {
        0 => Ok(None),
        r if r == pid => Ok(Some(returncode(status))),
        _ => {
            let e = std::io::Error::last_os_error();
            match e.raw_os_error() {
                // Reaped elsewhere: CPython reports 0 as well.
                Some(libc::ECHILD) => Ok(Some(0)),
                Some(libc::EINTR) => Ok(None),
                _ => Err(os_error(&e, None)),
            }
        }
    }
}

/// `_wait(pid, timeout)`: the return code, or None when `timeout` seconds
/// (None: forever) passed first. Signals are handled while it waits.
fn wait(vm: &Vm, args: Args) -> PyResult {
    let pid = int_at(&args, 0) as i32;
    let deadline = match args.positional.get(1) {
        Some(Value::Float(t)) => Some(Instant::now() + Duration::from_secs_f64(t.max(0.0))),
        Some(Value::Int(t)) => Some(Instant::now() + Duration::from_secs((*t).max(0) as u64)),
        _ => None,
    };
    let mut delay: f64 = 0.0005;
    loop {
        if let Some(code) = try_wait(pid)? {
            return Ok(Value::Int(code));
        }
        super::signal::check(vm)?;
        let mut pause = delay;
        if let Some(deadline) = deadline {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(Value::None);
            }
            pause = pause.min(left.as_secs_f64());
        }
        crate::signals::wait_for_wake(Some(pause));
        delay = (delay * 2.0).min(0.02);
    }
}

pub fn pipe(vm: &Vm, _args: Args) -> PyResult {
    vm.require(Capability::Processes, "subprocess: a pipe")?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 into a local array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_error());
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

/// `_devnull(writable)`: a descriptor of `/dev/null`.
fn devnull(_vm: &Vm, args: Args) -> PyResult {
    let flags = if int_at(&args, 0) == 1 {
        libc::O_WRONLY
    } else {
        libc::O_RDONLY
    };
    // SAFETY: open with a constant NUL-terminated path.
    let fd = unsafe { libc::open(c"/dev/null".as_ptr(), flags | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(last_error());
    }
    Ok(Value::Int(fd as i64))
}

/// `_read(fd, n)`: up to `n` bytes (b'' at the end), waiting for them
/// while handling signals.
pub fn read(vm: &Vm, args: Args) -> PyResult {
    let fd = int_at(&args, 0) as i32;
    let n = int_at(&args, 1).clamp(0, 1 << 24) as usize;
    let mut buf = vec![0u8; n];
    loop {
        if !crate::signals::wait_fd(fd, libc::POLLIN, -1) {
            super::signal::check(vm)?;
            continue;
        }
        // SAFETY: read into a buffer of `n` bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(Value::Bytes(Rc::from(buf)));
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINTR) | Some(libc::EAGAIN) => super::signal::check(vm)?,
            _ => return Err(os_error(&e, None)),
        }
    }
}

/// `_write(fd, data)`: writes all of `data`.
pub fn write(vm: &Vm, args: Args) -> PyResult {
    let fd = int_at(&args, 0) as i32;
    let data = bytes_at(&args, 1);
    let mut done = 0;
    while done < data.len() {
        // SAFETY: write from a live slice.
        let r = unsafe { libc::write(fd, data[done..].as_ptr().cast(), data.len() - done) };
        if r >= 0 {
            done += r as usize;
            continue;
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINTR) => super::signal::check(vm)?,
            _ => return Err(os_error(&e, None)),
        }
    }
    Ok(Value::Int(done as i64))
}

pub fn close(_vm: &Vm, args: Args) -> PyResult {
    let fd = int_at(&args, 0) as i32;
    // SAFETY: closes a descriptor the caller owns.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_error());
    }
    Ok(Value::None)
}

/// What `_communicate` moved: one direction's progress.
struct Stream {
    fd: i32,
    data: Vec<u8>,
    open: bool,
}

/// `_communicate(stdin, input, stdout, stderr, timeout)`: writes `input`
/// to `stdin` (closing it once all is written, or when the child stopped
/// reading), and reads `stdout` and `stderr` until both end, all at once
/// so that no pipe fills up. Returns `(written, out, err, finished)`;
/// `finished` is false when `timeout` seconds passed first (the pipes
/// stay open, the caller keeps what was moved).
fn communicate(vm: &Vm, args: Args) -> PyResult {
    let input = bytes_at(&args, 1);
    let mut stdin = Stream {
        fd: int_at(&args, 0) as i32,
        data: Vec::new(),
        open: int_at(&args, 0) >= 0,
    };
    let mut written = 0usize;
    let mut readers = [
        Stream {
            fd: int_at(&args, 2) as i32,
            data: Vec::new(),
            open: int_at(&args, 2) >= 0,
        },
        Stream {
            fd: int_at(&args, 3) as i32,
            data: Vec::new(),
            open: int_at(&args, 3) >= 0,
        },
    ];
    let deadline = match args.positional.get(4) {
        Some(Value::Float(t)) => Some(Instant::now() + Duration::from_secs_f64(t.max(0.0))),
        Some(Value::Int(t)) => Some(Instant::now() + Duration::from_secs((*t).max(0) as u64)),
        _ => None,
    };
    if stdin.open && input.is_empty() {
        // SAFETY: closes the descriptor the caller handed over.
        unsafe { libc::close(stdin.fd) };
        stdin.open = false;
    }
    let mut buf = vec![0u8; 32768];
    let finished = loop {
        if !stdin.open && readers.iter().all(|r| !r.open) {
            break true;
        }
        let mut fds = Vec::new();
        if stdin.open {
            fds.push(libc::pollfd {
                fd: stdin.fd,
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for r in readers.iter().filter(|r| r.open) {
            fds.push(libc::pollfd {
                fd: r.fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let wake = crate::signals::wake_fd().unwrap_or(-1);
        if wake >= 0 {
            fds.push(libc::pollfd {
                fd: wake,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let ms = match deadline {
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    break false;
                }
                (left.as_secs_f64() * 1e3).ceil().min(i32::MAX as f64) as i32
            }
            None => -1,
        };
        // SAFETY: `fds` is a live vector of pollfds.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
        if r < 0 {
            super::signal::check(vm)?;
            continue;
        }
        super::signal::check(vm)?;
        for p in &fds {
            if p.revents == 0 {
                continue;
            }
            if p.fd == wake {
                crate::signals::drain_wake();
                continue;
            }
            if stdin.open && p.fd == stdin.fd {
                // PIPE_BUF bytes never block once the pipe is writable.
                let end = (written + 512).min(input.len());
                // SAFETY: write from a live slice.
                let n = unsafe {
                    libc::write(stdin.fd, input[written..end].as_ptr().cast(), end - written)
                };
                if n >= 0 {
                    written += n as usize;
                } else if std::io::Error::last_os_error().raw_os_error() == Some(libc::EPIPE) {
                    // The child stopped reading: what is left is dropped,
                    // as CPython ignores BrokenPipeError here.
                    written = input.len();
                }
                if written >= input.len() {
                    // SAFETY: closes the descriptor the caller handed over.
                    unsafe { libc::close(stdin.fd) };
                    stdin.open = false;
                }
                continue;
            }
            for reader in readers.iter_mut().filter(|r| r.open && r.fd == p.fd) {
                // SAFETY: read into the local buffer.
                let n = unsafe { libc::read(reader.fd, buf.as_mut_ptr().cast(), buf.len()) };
                if n > 0 {
                    reader.data.extend_from_slice(&buf[..n as usize]);
                } else if n == 0 {
                    reader.open = false;
                }
            }
        }
    };
    let [out, err] = readers;
    Ok(Value::tuple(vec![
        Value::Int(written as i64),
        Value::Bytes(Rc::from(out.data)),
        Value::Bytes(Rc::from(err.data)),
        Value::Bool(finished),
    ]))
}

/// `_now()`: real monotonic seconds, whatever the interpreter's clock (a
/// child process runs in real time).
fn now(_vm: &Vm, _args: Args) -> PyResult {
    use std::sync::OnceLock;
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    Ok(Value::Float(
        ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64(),
    ))
}
